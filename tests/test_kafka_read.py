"""The Kafka source against the real broker: bounded on the DirectRunner, unbounded on Prism."""

from __future__ import annotations

import functools
import json
import os
import time
import uuid
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import FixedWindows
from confluent_kafka import Consumer, Producer, TopicPartition

from emr_deid.schemas import Message, SourceCoordinates
from emr_deid.transforms.kafka_read import ReadMessagesFromKafka, consumer_settings, list_partitions
from emr_deid.transforms.read import split_file_items

pytestmark = pytest.mark.kafka

WINDOW_S = 60


def _sample_records(samples_dir: Path) -> list[dict]:
    """Every bundled HL7 v2 and FHIR sample message, keyed and with headers like a hospital feed."""
    records = []
    for path in sorted(samples_dir.rglob("*")):
        if path.suffix not in (".hl7", ".json", ".ndjson"):
            continue
        kind = b"hl7v2" if path.suffix == ".hl7" else b"fhir"
        for index, payload in split_file_items(str(path), path.read_bytes()):
            records.append({"key": f"{path.stem}:{index}".encode(), "value": payload, "headers": [("kind", kind)]})
    return records


def _produce(bootstrap: str, topic: str, records: list[dict]) -> list[Message]:
    """Produces `records` and returns the `Message` each must be read back as."""
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True})
    expected = []

    def on_delivery(sent: dict, error, delivered) -> None:
        assert error is None, error
        expected.append(
            Message(
                payload=sent["value"],
                source=SourceCoordinates(topic=topic, partition=delivered.partition(), offset=delivered.offset()),
                key=sent["key"],
                headers=tuple(sent.get("headers", ())),
                timestamp_ms=delivered.timestamp()[1],
            )
        )

    for record in records:
        producer.produce(topic, on_delivery=functools.partial(on_delivery, record), **record)
    assert producer.flush(30) == 0
    assert len(expected) == len(records)
    return expected


def _committed(bootstrap: str, group_id: str, topic: str, partitions: int) -> dict[int, int]:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group_id})
    try:
        offsets = consumer.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=30)
    finally:
        consumer.close()
    return {tp.partition: tp.offset for tp in offsets}


def _end_offsets(messages: list[Message]) -> dict[int, int]:
    ends: dict[int, int] = {}
    for message in messages:
        ends[message.source.partition] = max(ends.get(message.source.partition, 0), message.source.offset + 1)
    return ends


def _with_element_timestamp(message: Message, timestamp=beam.DoFn.TimestampParam) -> tuple[Message, int]:
    return message, timestamp.micros // 1000


def test_bounded_read_returns_each_record_once_and_commits_the_group_offsets(kafka_bootstrap, kafka_topic, samples_dir):
    topic = kafka_topic(partitions=2)
    sent = _produce(kafka_bootstrap, topic, _sample_records(samples_dir))
    assert {m.source.partition for m in sent} == {0, 1}, "the keys must spread over both partitions"
    group_id = f"deid-{uuid.uuid4().hex[:8]}"

    with beam.Pipeline(options=PipelineOptions(flags=[], runner="DirectRunner")) as pipeline:
        read = pipeline | ReadMessagesFromKafka(kafka_bootstrap, [topic], group_id, bounded=True)
        # Coordinates, keys, headers and bytes as produced; element timestamps are the Kafka timestamps.
        assert_that(read | beam.Map(_with_element_timestamp), equal_to([(m, m.timestamp_ms) for m in sent]))

    assert _committed(kafka_bootstrap, group_id, topic, 2) == _end_offsets(sent)

    with beam.Pipeline(options=PipelineOptions(flags=[], runner="DirectRunner")) as pipeline:
        again = pipeline | ReadMessagesFromKafka(kafka_bootstrap, [topic], group_id, bounded=True)
        assert_that(again, equal_to([]), label="NothingNew")


def test_security_settings_pass_through_and_auto_commit_stays_off():
    secure = {
        "security.protocol": "SASL_SSL",
        "sasl.mechanism": "SCRAM-SHA-512",
        "sasl.username": "deid",
        "sasl.password": "not-a-real-secret",
        "ssl.ca.location": "/etc/kafka/ca.pem",
        "enable.auto.commit": True,
    }
    settings = consumer_settings("broker:9093", "deid", secure)
    assert {k: settings[k] for k in secure if k != "enable.auto.commit"} == {
        k: v for k, v in secure.items() if k != "enable.auto.commit"
    }
    assert settings["enable.auto.commit"] is False
    assert (settings["bootstrap.servers"], settings["group.id"]) == ("broker:9093", "deid")


def test_a_missing_topic_is_a_clear_error(kafka_bootstrap, kafka_topic):
    topic = kafka_topic(partitions=3)
    consumer = Consumer(consumer_settings(kafka_bootstrap, "deid", None))
    try:
        assert [d.partition for d in list_partitions(consumer, [topic])] == [0, 1, 2]
        with pytest.raises(ValueError, match="no-such-topic"):
            list_partitions(consumer, ["no-such-topic"], wait_s=1)
    finally:
        consumer.close()


class _WriteWindowCount(beam.DoFn):
    """Writes each window's count to `<folder>/<window start>.json`, atomically."""

    def __init__(self, folder: str):
        self._folder = folder

    def process(self, count: int, window=beam.DoFn.WindowParam):
        path = Path(self._folder) / f"{int(window.start)}.json"
        partial = path.with_suffix(".partial")
        partial.write_text(json.dumps({"window_start": int(window.start), "count": count}))
        os.replace(partial, path)


def _window_counts(folder: Path) -> dict[int, int]:
    return {
        record["window_start"]: record["count"] for record in (json.loads(p.read_text()) for p in folder.glob("*.json"))
    }


def test_unbounded_read_on_prism_closes_windows_and_commits_offsets(
    kafka_bootstrap, kafka_topic, prism_binary, tmp_path
):
    # One partition: Prism 2.77 takes an SDF stage's output watermark from the bundle that finished
    # last, not the minimum over the partitions in flight, so one partition's watermark could overtake
    # another's unread records (they would arrive late).
    topic = kafka_topic(partitions=1)
    # Two past windows: the first records all fall in the first one, the rest in the second, so each
    # partition's timestamps rise with its offsets and no record is behind the watermark.
    first_window = (int(time.time()) // WINDOW_S - 5) * WINDOW_S
    records = [
        {"key": f"patient-{i}".encode(), "value": f"MSH|^~\\&|{i}".encode(), "timestamp": first_window * 1000 + i}
        for i in range(12)
    ] + [
        {
            "key": f"patient-{i}".encode(),
            "value": f"MSH|^~\\&|{i}".encode(),
            "timestamp": (first_window + WINDOW_S) * 1000 + i,
        }
        for i in range(12, 20)
    ]
    sent = _produce(kafka_bootstrap, topic, records)
    group_id = f"deid-{uuid.uuid4().hex[:8]}"
    output = tmp_path / "counts"
    output.mkdir()

    options = PipelineOptions(
        flags=[],
        runner="PrismRunner",
        prism_location=str(prism_binary),
        streaming=True,
        environment_type="LOOPBACK",
        # The DirectRunner tries a Prism it downloads first; a shared Prism job server would keep that one.
        experiments=["disable_prism_server_singleton"],
    )
    pipeline = beam.Pipeline(options=options)
    (
        pipeline
        | ReadMessagesFromKafka(kafka_bootstrap, [topic], group_id, idle_watermark_lag_s=1.0)
        | beam.WindowInto(FixedWindows(WINDOW_S))
        | beam.combiners.Count.Globally().without_defaults()
        | beam.ParDo(_WriteWindowCount(str(output)))
    )
    result = pipeline.run()
    try:
        deadline = time.monotonic() + 180
        expected_offsets = _end_offsets(sent)
        while time.monotonic() < deadline:
            if sum(_window_counts(output).values()) >= len(sent) and (
                _committed(kafka_bootstrap, group_id, topic, 1) == expected_offsets
            ):
                break
            time.sleep(1)
    finally:
        result.cancel()

    assert _window_counts(output) == {first_window: 12, first_window + WINDOW_S: 8}
    assert _committed(kafka_bootstrap, group_id, topic, 1) == expected_offsets
