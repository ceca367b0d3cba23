"""Local runner choice: never a download from GitHub."""

from __future__ import annotations

import pytest

from emr_deid.pipelines import runners
from emr_deid.pipelines.runners import RunnerError, with_local_runner


@pytest.fixture
def no_prism(monkeypatch, tmp_path):
    monkeypatch.delenv(runners.PRISM_ENV, raising=False)
    monkeypatch.setattr(runners, "_REPO_PRISM", tmp_path / "absent")


def test_bounded_runs_in_process_whether_or_not_prism_is_built(no_prism, monkeypatch):
    assert with_local_runner(["--output=x"], unbounded=False) == ["--output=x", "--runner=FnApiRunner"]
    monkeypatch.setenv(runners.PRISM_ENV, "/opt/prism")
    assert with_local_runner(["--output=x"], unbounded=False) == ["--output=x", "--runner=FnApiRunner"]


def test_our_prism_is_used_when_built(monkeypatch):
    monkeypatch.setenv(runners.PRISM_ENV, "/opt/prism")
    assert with_local_runner([], unbounded=True) == ["--prism_location=/opt/prism", "--runner=PrismRunner"]
    assert with_local_runner(["--runner=DirectRunner"], unbounded=False) == [
        "--runner=DirectRunner",
        "--prism_location=/opt/prism",
    ]


def test_explicit_choices_are_left_alone(no_prism):
    assert with_local_runner(["--runner=FlinkRunner"], unbounded=True) == ["--runner=FlinkRunner"]
    assert with_local_runner(["--prism_location=/p"], unbounded=True) == ["--prism_location=/p"]


def test_no_silent_download(no_prism):
    with pytest.raises(RunnerError, match="needs a streaming runner"):
        with_local_runner([], unbounded=True)
    with pytest.raises(RunnerError, match="never downloads Prism from GitHub"):
        with_local_runner(["--runner", "DirectRunner"], unbounded=False)
