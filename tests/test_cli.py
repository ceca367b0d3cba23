"""The `emr-deid` command as a user runs it: a real subprocess, the real DirectRunner."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _emr_deid(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "emr_deid.pipelines.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


@pytest.mark.parametrize("command", ["mask", "eval", "bench"])
def test_every_subcommand_has_help(command):
    result = _emr_deid(command, "--help")
    assert result.returncode == 0
    assert f"emr-deid {command}" in result.stdout


def test_run_help_lists_pipeline_flags_and_beam_options():
    result = _emr_deid("run", "--help")
    assert result.returncode == 0
    for flag in ("--bootstrap-servers", "--topics", "--profile", "--key_file", "--output"):
        assert flag in result.stdout
    assert "--runner" in result.stdout


def test_module_entry_point_has_the_same_help():
    result = subprocess.run(
        [sys.executable, "-m", "emr_deid.pipelines.deid_pipeline", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "--bootstrap-servers" in result.stdout


def test_embedded_default_runs_on_the_direct_runner(tmp_path):
    lake = tmp_path / "lake"
    result = _emr_deid("run", f"--output={lake}", "--demo-key", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    summary = json.loads((lake / "_run_summary.json").read_text())
    assert summary["messages_read"] == 16
    assert summary["messages_accounted"] and summary["notes_masked"] > 0
    assert "messages read" in result.stdout and "16" in result.stdout
    assert "DEMO KEY IN USE" in result.stderr  # the public demo key is never used silently


def test_a_profile_that_needs_a_key_refuses_to_start_without_one(tmp_path):
    result = _emr_deid("run", f"--output={tmp_path / 'lake'}", "--profile=research", cwd=tmp_path)
    assert result.returncode == 2
    assert "key" in result.stderr.lower() and "Traceback" not in result.stderr
    assert not (tmp_path / "lake").exists()


def test_bad_configuration_is_a_clear_error(tmp_path):
    config = tmp_path / "bad.yaml"
    config.write_text("masking:\n  key_fle: x\n")
    result = _emr_deid("run", f"--config={config}", cwd=tmp_path)
    assert result.returncode == 2
    assert "masking.key_fle: unknown key" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_input_is_a_clear_error(tmp_path):
    result = _emr_deid("run", f"--input={tmp_path / 'nothing'}", "--demo-key", cwd=tmp_path)
    assert result.returncode == 2
    assert "neither a file nor a folder" in result.stderr
