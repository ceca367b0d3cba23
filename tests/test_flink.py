"""The pipeline on embedded Flink: Beam's FlinkRunner with the job server deploy/flink/build.sh assembles
from Maven Central, LOOPBACK SDK workers, over the bundled samples: bounded from files, and unbounded
from Kafka with checkpoints, which commit the consumer group's offsets.

Beam's job server binds its gRPC ports on every interface, so the run happens in a network namespace of
its own (`unshare -rn`) whose only interface is loopback: nothing it opens can be reached from outside.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_pipeline_kafka import _assert_lake_is_masked_and_valid

from emr_deid.pipelines.deid_pipeline import run

REPO = Path(__file__).resolve().parent.parent
# What differs between two runs of the same input: where the lake is and how long it took.
_RUN_FIELDS = {"lake", "seconds"}


@pytest.fixture(scope="module")
def flink_lake(tmp_path_factory, flink_job_server, key_file):
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        pytest.fail("the Flink test needs unshare and ip (util-linux, iproute2) to keep the job server off the network")
    lake = tmp_path_factory.mktemp("flink-lake")
    # As a user types it: emr-deid adds the job server deploy/flink/build.sh built and LOOPBACK workers.
    pipeline = [sys.executable, "-m", "emr_deid.pipelines.cli", "run", f"--output={lake}", "--profile=research",
                f"--key_file={key_file}", "--runner=FlinkRunner", "--flink_master=[local]"]  # fmt: skip
    isolated = ["unshare", "--map-root-user", "--net", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *pipeline]
    finished = subprocess.run(isolated, capture_output=True, text=True, timeout=600, cwd=REPO)
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert str(flink_job_server) in finished.stderr  # Beam logs the job server it starts
    return lake


@pytest.fixture(scope="module")
def in_process_lake(tmp_path_factory, key_file):
    lake = tmp_path_factory.mktemp("in-process-lake")
    assert run([f"--output={lake}", "--profile=research", f"--key_file={key_file}"]) == 0
    return lake


def _files(lake: Path) -> dict[Path, Path]:
    return {p.relative_to(lake): p for p in sorted(lake.rglob("*")) if p.is_file() and ".temp" not in str(p)}


def test_every_message_is_accounted_for_on_flink(flink_lake):
    summary = json.loads((flink_lake / "_run_summary.json").read_text())
    assert summary["messages_read"] == 16
    assert summary["messages_accounted"]
    assert summary["dead_letters"] == 2
    notes = sum(pq.read_metadata(p).num_rows for p in (flink_lake / "notes").rglob("*.parquet"))
    assert notes == summary["notes_masked"] == 19


def test_flink_writes_the_lake_the_in_process_runner_writes(flink_lake, in_process_lake):
    flink, local = _files(flink_lake), _files(in_process_lake)
    assert flink.keys() == local.keys()
    for relative, path in flink.items():
        if relative.name == "_run_summary.json":
            ours, theirs = (json.loads(p.read_text()) for p in (path, local[relative]))
            assert {k: v for k, v in ours.items() if k not in _RUN_FIELDS} == {
                k: v for k, v in theirs.items() if k not in _RUN_FIELDS
            }
        else:
            assert path.read_bytes() == local[relative].read_bytes(), relative


def test_an_unbounded_kafka_run_on_flink_fills_the_lake_and_commits_its_offsets(tmp_path, flink_job_server, key_file):
    # Its own broker, inside the job server's network namespace: see tests/flink_streaming_scenario.py.
    lake = tmp_path / "lake"
    scenario = [sys.executable, str(REPO / "tests" / "flink_streaming_scenario.py"), str(lake), str(key_file)]
    isolated = ["unshare", "--map-root-user", "--net", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *scenario]
    finished = subprocess.run(isolated, capture_output=True, text=True, timeout=900, cwd=REPO)
    assert finished.returncode == 0, finished.stderr[-3000:]
    report = json.loads(finished.stdout.strip().splitlines()[-1])
    assert report["running_until_stopped"], report["log_tail"]
    # Every message of the stream: 14 parsed into 19 notes, 2 dead letters.
    assert (report["messages"], report["notes"], report["dead_letters"]) == (16, 19, 2), report["log_tail"]
    # Flink finalizes a bundle, and emr-deid commits its offsets, once a checkpoint holds its outputs.
    assert report["committed"] == report["messages"], report["log_tail"]
    _assert_lake_is_masked_and_valid(lake)
