"""Local runner choice: never a download from GitHub."""

from __future__ import annotations

import pytest

from emr_deid.pipelines import runners
from emr_deid.pipelines.runners import RunnerError, with_local_runner


@pytest.fixture
def no_prism(monkeypatch, tmp_path):
    monkeypatch.delenv(runners.PRISM_ENV, raising=False)
    monkeypatch.setattr(runners, "_REPO_PRISM", tmp_path / "absent")


@pytest.fixture
def no_flink_job_server(monkeypatch, tmp_path):
    monkeypatch.delenv(runners.FLINK_JOB_SERVER_ENV, raising=False)
    monkeypatch.setattr(runners, "_REPO_FLINK_JOB_SERVER", tmp_path / "absent.jar")


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


def test_explicit_choices_are_left_alone(no_prism, no_flink_job_server):
    flink = [
        "--runner=FlinkRunner",
        "--flink_job_server_jar=/opt/js.jar",
        "--streaming",
        "--checkpointing_interval=5000",
        "--finish_bundle_before_checkpointing",
    ]
    assert with_local_runner(flink, unbounded=True) == flink
    assert with_local_runner(["--runner=DataflowRunner"], unbounded=True) == ["--runner=DataflowRunner"]
    assert with_local_runner(["--prism_location=/p"], unbounded=True) == ["--prism_location=/p"]


def test_no_silent_download(no_prism):
    with pytest.raises(RunnerError, match="needs a streaming runner"):
        with_local_runner([], unbounded=True)
    with pytest.raises(RunnerError, match="never downloads Prism from GitHub"):
        with_local_runner(["--runner", "DirectRunner"], unbounded=False)


def test_flink_gets_our_job_server_and_loopback_workers_when_embedded(monkeypatch):
    monkeypatch.setenv(runners.FLINK_JOB_SERVER_ENV, "/opt/js.jar")
    assert with_local_runner(["--runner=FlinkRunner", "--flink_master=[local]"], unbounded=False) == [
        "--runner=FlinkRunner",
        "--flink_master=[local]",
        "--flink_job_server_jar=/opt/js.jar",
        "--environment_type=LOOPBACK",
    ]
    # A real cluster runs its own SDK workers (the worker pool of deploy/flink/flinkdeployment.yaml).
    cluster = ["--runner=FlinkRunner", "--flink_master=flink-jobmanager:8081", "--environment_type=EXTERNAL"]
    assert with_local_runner(cluster, unbounded=False) == [*cluster, "--flink_job_server_jar=/opt/js.jar"]


def test_unbounded_flink_runs_checkpoint_so_that_offsets_are_committed(monkeypatch):
    monkeypatch.setenv(runners.FLINK_JOB_SERVER_ENV, "/opt/js.jar")
    cluster = ["--runner=FlinkRunner", "--flink_master=flink-jobmanager:8081", "--environment_type=EXTERNAL"]
    assert with_local_runner(cluster, unbounded=True) == [
        *cluster,
        "--flink_job_server_jar=/opt/js.jar",
        "--checkpointing_interval=60000",
        "--finish_bundle_before_checkpointing",
    ]
    own_choice = [*cluster, "--checkpointing_interval", "5000", "--finish_bundle_before_checkpointing"]
    assert with_local_runner(own_choice, unbounded=True) == [*own_choice, "--flink_job_server_jar=/opt/js.jar"]


def test_flink_without_a_job_server_says_how_to_build_one(no_flink_job_server):
    with pytest.raises(RunnerError, match=r"deploy/flink/build\.sh"):
        with_local_runner(["--runner=FlinkRunner"], unbounded=False)
