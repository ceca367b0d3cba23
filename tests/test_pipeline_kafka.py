"""The whole pipeline reading the real broker: bounded in-process, unbounded on Prism."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid

import pyarrow.parquet as pq
import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from test_pipeline import PLANTED_PHI, _decoded, _lake_files

from emr_deid.pipelines.deid_pipeline import run
from emr_deid.transforms.parse.fhir import validate
from emr_deid.transforms.read import message_files, split_file_items

pytestmark = pytest.mark.kafka


def _sample_payloads(samples_dir) -> list[tuple[str, bytes]]:
    """(kind, bytes) of every bundled sample message: KO/ZH/EN, legacy encodings, two malformed."""
    payloads = []
    for path in message_files([str(samples_dir)]):
        kind = "hl7" if path.endswith(".hl7") else "fhir"
        with open(path, "rb") as handle:
            payloads += [(kind, payload) for _, payload in split_file_items(path, handle.read())]
    return payloads


def _produce(bootstrap: str, topics: dict[str, str], payloads) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True})
    for index, (kind, payload) in enumerate(payloads):
        producer.produce(topics[kind], key=f"m{index}".encode(), value=payload)
    assert producer.flush(30) == 0


def _committed(bootstrap: str, group: str, topics: list[str], partitions: int) -> int:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False})
    try:
        wanted = [TopicPartition(t, p) for t in topics for p in range(partitions)]
        return sum(max(tp.offset, 0) for tp in consumer.committed(wanted, timeout=30))
    finally:
        consumer.close()


def stop_pipeline(pipeline: subprocess.Popen, grace_s: float = 30) -> None:
    """Stops an unbounded run started in a session of its own, with its runner's processes."""
    if pipeline.poll() is None:
        os.killpg(pipeline.pid, signal.SIGTERM)
        try:
            pipeline.wait(grace_s)
        except subprocess.TimeoutExpired:
            os.killpg(pipeline.pid, signal.SIGKILL)
            pipeline.wait()


def _read_topic(bootstrap: str, topic: str, expected: int) -> list[str]:
    consumer = Consumer(
        {"bootstrap.servers": bootstrap, "group.id": f"reader-{uuid.uuid4().hex[:8]}", "auto.offset.reset": "earliest"}
    )
    consumer.subscribe([topic])
    values: list[str] = []
    try:
        for _ in range(150):
            if len(values) >= expected:
                break
            record = consumer.poll(0.2)
            if record is not None and record.error() is None:
                values.append(record.value().decode("utf-8"))
    finally:
        consumer.close()
    return values


def _assert_lake_is_masked_and_valid(lake) -> None:
    for path in _lake_files(lake):
        if path.suffix == ".parquet":
            content = json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False, default=str)
        else:
            content = path.read_text("utf-8")
            for line in content.splitlines():
                validate(json.loads(line))
        leaked = [value for value in PLANTED_PHI if value in _decoded(content)]
        assert not leaked, f"{path.relative_to(lake)} still holds {len(leaked)} planted identifier(s)"


def test_bounded_run_over_kafka_accounts_commits_and_replays_safely(
    kafka_bootstrap, kafka_topic, samples_dir, tmp_path, key_file
):
    topics = {"hl7": kafka_topic(partitions=2), "fhir": kafka_topic(partitions=2)}
    payloads = _sample_payloads(samples_dir)
    _produce(kafka_bootstrap, topics, payloads)
    lake, group = tmp_path / "lake", f"emr-deid-test-{uuid.uuid4().hex[:8]}"
    masked_topic, dead_topic = kafka_topic(partitions=1), kafka_topic(partitions=1)
    args = [
        f"--bootstrap-servers={kafka_bootstrap}",
        f"--topics={topics['hl7']},{topics['fhir']}",
        f"--group_id={group}",
        "--bounded",
        f"--output={lake}",
        "--profile=research",
        f"--key_file={key_file}",
        f"--masked_topic={masked_topic}",
        f"--dead_letter_topic={dead_topic}",
    ]
    assert run(args) == 0
    summary = json.loads((lake / "_run_summary.json").read_text())
    assert summary["messages_read"] == len(payloads) == 16
    assert summary["messages_accounted"] and summary["dead_letters"] == 2
    assert sum(pq.read_metadata(p).num_rows for p in (lake / "notes").rglob("*.parquet")) == summary["notes_masked"]
    assert {p.parent.parent.parent.name for p in (lake / "notes").rglob("*.parquet")} == {
        f"source={topics['hl7']}",
        f"source={topics['fhir']}",
    }
    _assert_lake_is_masked_and_valid(lake)
    assert _committed(kafka_bootstrap, group, list(topics.values()), partitions=2) == len(payloads)
    masked_records = _read_topic(kafka_bootstrap, masked_topic, summary["notes_masked"])
    assert len(masked_records) == summary["notes_masked"]
    assert not [v for v in PLANTED_PHI if any(v in record for record in masked_records)]
    assert len(_read_topic(kafka_bootstrap, dead_topic, 2)) == 2

    before = {p: p.read_bytes() for p in _lake_files(lake)}
    assert run(args) == 0  # the same group again: nothing new to read, nothing rewritten
    assert json.loads((lake / "_run_summary.json").read_text())["messages_read"] == 0
    assert {p: p.read_bytes() for p in _lake_files(lake)} == before


@pytest.mark.parametrize("detect_processes", [1, 2])  # 2: detection forked from Prism's SDK worker
def test_unbounded_run_on_prism_keeps_the_lake_current(
    kafka_bootstrap, kafka_topic, samples_dir, tmp_path, key_file, prism_binary, detect_processes
):
    # Two partitions per topic and a backlog older than the idle-watermark lag: Prism (2.77) takes an SDF
    # stage's watermark from the bundle that finished last, so an idle partition's watermark overtakes the
    # other's unread backlog; those records arrive late and must still reach the lake (allowed lateness).
    topics = {"hl7": kafka_topic(partitions=2), "fhir": kafka_topic(partitions=2)}
    payloads = _sample_payloads(samples_dir)
    parsed_messages = len(payloads) - 2
    backlog, live = payloads[::2], payloads[1::2]
    _produce(kafka_bootstrap, topics, backlog)
    time.sleep(7)
    lake, group = tmp_path / "lake", f"emr-deid-test-{uuid.uuid4().hex[:8]}"
    command = [
        sys.executable, "-m", "emr_deid.pipelines.cli", "run",
        f"--bootstrap-servers={kafka_bootstrap}", f"--topics={topics['hl7']},{topics['fhir']}",
        f"--group_id={group}", f"--output={lake}", "--window_seconds=5", "--profile=research",
        f"--key_file={key_file}", f"--prism_location={prism_binary}", "--runner=PrismRunner",
        f"--detect_processes={detect_processes}",
    ]  # fmt: skip
    pipeline = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True, text=True
    )
    try:
        time.sleep(5)  # the rest arrives while the pipeline runs
        _produce(kafka_bootstrap, topics, live)
        deadline = time.monotonic() + 240
        notes = dead = 0
        while time.monotonic() < deadline and pipeline.poll() is None:
            notes = sum(pq.read_metadata(p).num_rows for p in (lake / "notes").rglob("*.parquet"))
            dead = sum(pq.read_metadata(p).num_rows for p in (lake / "dead_letters").rglob("*.parquet"))
            if notes >= 19 and dead >= 2:
                break
            time.sleep(2)
        assert pipeline.poll() is None, pipeline.communicate()[0][-4000:]
        assert (notes, dead) == (19, 2)  # every message of the stream: 14 parsed with 19 notes, 2 dead letters
        assert parsed_messages == 14
        _assert_lake_is_masked_and_valid(lake)
        committed = 0
        for _ in range(30):  # finalization commits after the bundle's outputs are durable
            committed = _committed(kafka_bootstrap, group, list(topics.values()), partitions=2)
            if committed == len(payloads):
                break
            time.sleep(1)
        assert committed == len(payloads)
    finally:
        stop_pipeline(pipeline)
