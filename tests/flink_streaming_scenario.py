"""An unbounded Kafka run on embedded Flink, from broker to committed offsets; run by tests/test_flink.py.

    python tests/flink_streaming_scenario.py LAKE KEY_FILE

Beam's Flink job server binds its gRPC ports on every interface, so the test runs this script in a network
namespace of its own (`unshare -rn`), where a broker on the host's loopback cannot be reached: the script
starts its own broker there (`LocalBroker`: deploy/kafka/kafka.sh on free ports) and stops it at the end.
It produces the bundled samples into two topics of two partitions each, half before the pipeline starts
and half while it runs, waits until the lake holds every note and dead letter and until the consumer
group has committed every offset, then stops the pipeline and prints what it saw as one JSON line. The
lake is left for the test to read.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pyarrow.parquet as pq
from confluent_kafka.admin import AdminClient, NewTopic
from test_pipeline_kafka import _committed, _produce, _sample_payloads, stop_pipeline

from emr_deid.pipelines.bench_command import LocalBroker

REPO = Path(__file__).resolve().parent.parent
# Shorter than emr-deid's default minute, so that the test waits seconds for its commits, and short enough
# that the first checkpoint often falls in the one bundle of the stage listing the partitions: before
# emr-deid passed --finish_bundle_before_checkpointing (pipelines/runners.py), four runs in seven read
# nothing at 2 s; with it, four in four under a loaded CPU read everything.
CHECKPOINTING_INTERVAL_MS = 2_000
EXPECTED_NOTES, EXPECTED_DEAD_LETTERS = 19, 2


def _rows(folder: Path) -> int:
    return sum(pq.read_metadata(path).num_rows for path in folder.rglob("*.parquet")) if folder.exists() else 0


def _until(condition, seconds: float, alive) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and alive():
        if condition():
            return True
        time.sleep(1)
    return condition()


def scenario(bootstrap: str, lake: Path, key_file: str) -> dict:
    topics = {"hl7": f"flink-hl7-{uuid.uuid4().hex[:8]}", "fhir": f"flink-fhir-{uuid.uuid4().hex[:8]}"}
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for future in admin.create_topics([NewTopic(t, 2, 1) for t in topics.values()]).values():
        future.result(60)
    payloads = _sample_payloads(REPO / "samples")
    _produce(bootstrap, topics, payloads[::2])
    group = f"emr-deid-flink-{uuid.uuid4().hex[:8]}"
    command = [
        sys.executable, "-m", "emr_deid.pipelines.cli", "run", f"--bootstrap-servers={bootstrap}",
        f"--topics={topics['hl7']},{topics['fhir']}", f"--group_id={group}", f"--output={lake}",
        "--window_seconds=5", "--profile=research", f"--key_file={key_file}",
        "--runner=FlinkRunner", "--flink_master=[local]", f"--checkpointing_interval={CHECKPOINTING_INTERVAL_MS}",
    ]  # fmt: skip
    with tempfile.TemporaryFile("w+") as log:
        pipeline = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=REPO)

        def alive() -> bool:
            return pipeline.poll() is None

        try:
            time.sleep(5)  # the rest arrives while the pipeline runs
            _produce(bootstrap, topics, payloads[1::2])
            started = time.monotonic()
            _until(lambda: _rows(lake / "notes") >= EXPECTED_NOTES, 300, alive)
            _until(lambda: _rows(lake / "dead_letters") >= EXPECTED_DEAD_LETTERS, 60, alive)
            lake_seconds = time.monotonic() - started
            committed = 0

            def all_committed() -> bool:
                nonlocal committed
                committed = _committed(bootstrap, group, list(topics.values()), partitions=2)
                return committed == len(payloads)

            _until(all_committed, 60, alive)
            running = alive()
        finally:
            stop_pipeline(pipeline, grace_s=60)
        log.seek(0)
        return {
            "messages": len(payloads),
            "notes": _rows(lake / "notes"),
            "dead_letters": _rows(lake / "dead_letters"),
            "committed": committed,
            "running_until_stopped": running,
            "seconds_to_lake": round(lake_seconds, 1),
            "log_tail": log.read()[-3000:],
        }


def main(lake: str, key_file: str) -> None:
    with LocalBroker() as bootstrap:
        report = scenario(bootstrap, Path(lake), key_file)
    print(json.dumps(report))


if __name__ == "__main__":
    main(*sys.argv[1:3])
