"""HL7 v2 and FHIR messages through the real broker: bytes, keys, headers and offsets survive."""

from __future__ import annotations

import uuid
from collections import defaultdict

import pytest
from confluent_kafka import Consumer, Producer

from emr_deid.transforms.read import split_file_items

pytestmark = pytest.mark.kafka


def _sample_messages(samples_dir):
    """Every bundled sample message, as raw bytes, with a key and headers like a hospital feed."""
    messages = []
    for path in sorted(samples_dir.rglob("*")):
        if path.suffix not in (".hl7", ".json", ".ndjson"):
            continue
        kind = "hl7v2" if path.suffix == ".hl7" else "fhir"
        for index, payload in split_file_items(str(path), path.read_bytes()):
            messages.append(
                {
                    "key": f"{path.stem}:{index}".encode(),
                    "value": payload,
                    "headers": [("content-type", kind.encode()), ("source-file", path.name.encode())],
                }
            )
    return messages


def _produce(bootstrap, topic, messages):
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "linger.ms": 5})
    delivered = []

    def on_delivery(error, record):
        assert error is None, error
        delivered.append(record)

    for message in messages:
        producer.produce(topic, on_delivery=on_delivery, **message)
    assert producer.flush(30) == 0
    return delivered


def _consume(bootstrap, topic, expected):
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"test-{uuid.uuid4().hex[:8]}",
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    consumer.subscribe([topic])
    records = []
    try:
        for _ in range(300):
            if len(records) >= expected:
                break
            record = consumer.poll(0.2)
            if record is None:
                continue
            assert record.error() is None, record.error()
            records.append(record)
    finally:
        consumer.close()
    return records


def test_hl7v2_and_fhir_round_trip_through_the_broker(kafka_bootstrap, kafka_topic, samples_dir):
    topic = kafka_topic(partitions=2)
    messages = _sample_messages(samples_dir)
    assert any(b"KS X 1001" in m["value"] for m in messages), "the EUC-KR sample must be among them"
    delivered = _produce(kafka_bootstrap, topic, messages)
    assert len(delivered) == len(messages)

    records = _consume(kafka_bootstrap, topic, expected=len(messages))
    assert len(records) == len(messages)

    sent_by_key = {m["key"]: m for m in messages}
    for record in records:
        sent = sent_by_key[record.key()]
        assert record.value() == sent["value"]  # raw bytes, legacy encodings untouched
        assert record.headers() == sent["headers"]

    # Offsets per partition are dense from 0, in production order, and match the delivery reports.
    delivered_offsets = {(r.partition(), r.offset()): r.key() for r in delivered}
    consumed_offsets = defaultdict(list)
    for record in records:
        assert delivered_offsets[(record.partition(), record.offset())] == record.key()
        consumed_offsets[record.partition()].append(record.offset())
    for offsets in consumed_offsets.values():
        assert offsets == list(range(len(offsets)))
    assert sum(len(o) for o in consumed_offsets.values()) == len(messages)
