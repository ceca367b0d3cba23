"""WriteToKafka against the real broker: exact records, headers, idempotence, delivery failures."""

from __future__ import annotations

import base64
import json
import uuid

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from confluent_kafka import Consumer, Producer

from emr_deid.schemas import DeadLetter, Note, SourceCoordinates, Stage
from emr_deid.schemas.lake import NOTES_SCHEMA
from emr_deid.transforms.kafka_write import (
    KafkaDeliveryError,
    WriteToKafka,
    dead_letter_record,
    masked_note_record,
    producer_settings,
)
from emr_deid.transforms.mask.rebuild import MaskedNote

pytestmark = pytest.mark.kafka

RECORDS = [
    (b"patient-1", "환자 [PERSON] 내원".encode(), [("note_id", b"n1"), ("profile", b"research")]),
    (None, "患者[PERSON]入院".encode(), [("note_id", b"n2")]),
    (b"patient-1", b"Pt [PERSON] seen on [DATE]", []),
]


def _read_back(bootstrap: str, topic: str, count: int) -> list:
    consumer = Consumer(
        {"bootstrap.servers": bootstrap, "group.id": f"read-{uuid.uuid4().hex[:8]}", "auto.offset.reset": "earliest"}
    )
    consumer.subscribe([topic])
    records = []
    try:
        for _ in range(60):
            for record in consumer.consume(num_messages=count, timeout=1.0):
                assert record.error() is None, record.error()
                records.append(record)
            if len(records) >= count:
                break
    finally:
        consumer.close()
    return records


def _write(records, bootstrap: str, topic: str, producer_config: dict | None = None) -> None:
    with TestPipeline() as pipeline:
        _ = pipeline | beam.Create(records) | WriteToKafka(bootstrap, topic, producer_config)


def test_records_are_written_exactly_with_their_keys_and_headers(kafka_bootstrap, kafka_topic):
    topic = kafka_topic(partitions=1)
    _write(RECORDS, kafka_bootstrap, topic)
    written = _read_back(kafka_bootstrap, topic, len(RECORDS))
    got = sorted(((r.key(), r.value(), r.headers() or []) for r in written), key=repr)
    assert got == sorted(RECORDS, key=repr)  # nothing lost, nothing duplicated, bytes unchanged


def test_producer_settings_pass_through_and_keep_idempotence(kafka_bootstrap):
    settings = producer_settings(kafka_bootstrap, {"linger.ms": 5, "compression.type": "zstd"})
    assert settings == {
        "bootstrap.servers": kafka_bootstrap,
        "linger.ms": 5,
        "compression.type": "zstd",
        "enable.idempotence": True,
        "acks": "all",
    }
    with pytest.raises(ValueError, match=r"enable\.idempotence"):
        producer_settings(kafka_bootstrap, {"enable.idempotence": False})
    with pytest.raises(ValueError, match="acks=all"):
        WriteToKafka(kafka_bootstrap, "any", {"acks": "1"})


def test_the_broker_assigns_the_sinks_producer_an_idempotent_producer_id(kafka_bootstrap, kafka_topic):
    # librdkafka reports its idempotence state in its statistics: an id assigned by the broker means
    # the broker de-duplicates this producer's retries.
    topic = kafka_topic(partitions=1)
    statistics: list[dict] = []
    settings = producer_settings(kafka_bootstrap, {"statistics.interval.ms": 100})
    producer = Producer({**settings, "stats_cb": lambda raw: statistics.append(json.loads(raw))})
    producer.produce(topic, value=b"x")
    assert producer.flush(30) == 0
    for _ in range(50):
        if any(s.get("eos", {}).get("idemp_state") == "Assigned" for s in statistics):
            break
        producer.poll(0.1)
    assigned = [s["eos"] for s in statistics if s.get("eos", {}).get("idemp_state") == "Assigned"]
    assert assigned and assigned[-1]["producer_id"] >= 0


def test_an_undeliverable_record_fails_the_bundle_naming_the_topic_not_the_payload(kafka_bootstrap):
    missing = f"missing-{uuid.uuid4().hex[:12]}"  # the broker does not auto-create topics
    payload = b"secret payload 900101-1234568"
    fast_failure = {"topic.metadata.propagation.max.ms": 1000, "message.timeout.ms": 5000}
    with pytest.raises(Exception, match=missing) as raised:
        _write([(None, payload, [])], kafka_bootstrap, missing, fast_failure)
    assert "900101-1234568" not in str(raised.value)
    assert "KafkaDeliveryError" in str(raised.value) or isinstance(raised.value, KafkaDeliveryError)


def _masked_note() -> MaskedNote:
    note = Note(
        note_id="note-1",
        source=SourceCoordinates(topic="hl7", partition=0, offset=7),
        message_type="ORU^R01",
        text="환자 [PERSON] 2024년 3월 5일 내원",
        patient_key="pseudo-patient-key",
        languages=("ko",),
        message_id="message-1",
    )
    return MaskedNote(note, (), profile="research", policy_version="2")


def test_a_masked_note_record_is_the_lakes_note_row_keyed_by_the_pseudonymised_patient():
    key, value, headers = masked_note_record(_masked_note())
    row = json.loads(value)
    assert key == b"pseudo-patient-key"
    assert set(row) == set(NOTES_SCHEMA.names)
    assert row["text"] == "환자 [PERSON] 2024년 3월 5일 내원" and row["source_offset"] == 7
    assert dict(headers) == {"profile": b"research", "policy_version": b"2", "note_id": b"note-1"}


def test_a_dead_letter_record_keeps_the_original_bytes_and_names_stage_and_error():
    dead = DeadLetter(
        stage=Stage.PARSE,
        error_class="TruncatedSegment",
        reason="segment 4 (OBX) is truncated",
        source=SourceCoordinates(topic="hl7", partition=1, offset=3),
        original_b64=base64.b64encode(b"MSH|^~\\&|").decode(),
    )
    key, value, headers = dead_letter_record(dead)
    row = json.loads(value)
    assert key is None
    assert base64.b64decode(row["original_b64"]) == b"MSH|^~\\&|"
    assert (row["stage"], row["source_partition"], row["source_offset"]) == ("parse", 1, 3)
    assert dict(headers) == {"stage": b"parse", "error_class": b"TruncatedSegment"}


def test_masked_notes_and_dead_letters_round_trip_through_the_broker(kafka_bootstrap, kafka_topic):
    topic = kafka_topic(partitions=2)
    dead = DeadLetter(Stage.MASK, "ValueError", "masking the note failed with ValueError", SourceCoordinates(), "")
    records = [masked_note_record(_masked_note()), dead_letter_record(dead)]
    _write(records, kafka_bootstrap, topic)
    written = _read_back(kafka_bootstrap, topic, len(records))
    assert sorted(((r.key(), r.value(), r.headers()) for r in written), key=repr) == sorted(records, key=repr)
