"""Writing records to Kafka with an idempotent confluent-kafka producer.

    (key, value, headers) ──► WriteToKafka ──► topic

One producer per DoFn instance (built in `setup`, flushed and closed in `teardown`). Records are
produced as they arrive and the bundle is flushed in `finish_bundle`: a bundle only completes once
the broker has acknowledged every one of its records (`acks=all`), and a record that cannot be
delivered fails the bundle, so the runner retries it. A retried bundle can write a record twice
(delivery is at least once across retries); within one producer session `enable.idempotence`
removes the duplicates that the producer's own retries would make. Consumers de-duplicate on the
note id carried in each record's headers.

Also here: the records of the pipeline's two optional topics, built from what the lake stores.
The masked-notes topic carries the lake's note rows; the dead-letter topic carries the lake's
dead-letter rows, original bytes included, so it needs the same access control as the lake's
dead-letter table.
"""

from __future__ import annotations

import json

import apache_beam as beam
from apache_beam.metrics import Metrics
from confluent_kafka import KafkaError, Producer

from emr_deid.schemas.dead_letter import DeadLetter
from emr_deid.schemas.lake import dead_letter_to_row, note_to_row
from emr_deid.transforms.mask.rebuild import MaskedNote

_NAMESPACE = "emr_deid.kafka_write"
# What makes the topic a faithful copy: no duplicates from producer retries, every in-sync replica acknowledges.
_PRODUCER_GUARANTEES = {"enable.idempotence": True, "acks": "all"}
_ACKS_ALL = frozenset({"all", "-1", -1})
# How long finish_bundle waits for outstanding acknowledgements before failing the bundle.
_FLUSH_TIMEOUT_S = 120.0

Headers = list[tuple[str, bytes]]
Record = tuple[bytes | None, bytes, Headers]


class KafkaDeliveryError(RuntimeError):
    """Records of a bundle were not acknowledged by the broker; the message names the topic and the error only."""


def producer_settings(bootstrap_servers: str, producer_config: dict | None = None) -> dict:
    """The librdkafka settings of the sink's producers.

    The caller's settings (security.protocol, sasl.*, ssl.*, linger.ms, compression.type ...) pass
    through unchanged; a setting that would weaken idempotence or `acks=all` is refused.
    """
    settings = {**(producer_config or {}), "bootstrap.servers": bootstrap_servers}
    if str(settings.get("enable.idempotence", True)).lower() not in ("true", "1"):
        raise ValueError("WriteToKafka needs enable.idempotence=true; it cannot be turned off")
    if settings.get("acks", "all") not in _ACKS_ALL:
        raise ValueError("WriteToKafka needs acks=all; it cannot be lowered")
    return {**settings, **_PRODUCER_GUARANTEES}


class _ProduceDoFn(beam.DoFn):
    def __init__(self, bootstrap_servers: str, topic: str, producer_config: dict | None):
        self._settings = producer_settings(bootstrap_servers, producer_config)
        self._topic = topic
        self._producer: Producer | None = None
        self._failures: list[KafkaError] = []
        self.records_written = Metrics.counter(_NAMESPACE, "records_written")
        self.bytes_written = Metrics.counter(_NAMESPACE, "bytes_written")

    def setup(self):
        self._producer = Producer(self._settings)

    def start_bundle(self):
        self._failures = []

    def process(self, record: Record):
        key, value, headers = record
        while True:
            try:
                self._producer.produce(
                    self._topic, value=value, key=key, headers=headers, on_delivery=self._on_delivery
                )
                break
            except BufferError:  # the local queue is full: wait for acknowledgements to make room
                self._producer.poll(0.5)
        self._producer.poll(0)

    def _on_delivery(self, error: KafkaError | None, record) -> None:
        if error is not None:
            self._failures.append(error)
        else:
            self.records_written.inc()
            self.bytes_written.inc(len(record.value() or b""))

    def finish_bundle(self):
        outstanding = self._producer.flush(_FLUSH_TIMEOUT_S)
        if self._failures:
            first = self._failures[0]
            raise KafkaDeliveryError(
                f"{len(self._failures)} record(s) were not delivered to Kafka topic {self._topic!r}: "
                f"{first.name()} ({first.str()})"
            )
        if outstanding:
            raise KafkaDeliveryError(
                f"{outstanding} record(s) to Kafka topic {self._topic!r} were not acknowledged "
                f"within {_FLUSH_TIMEOUT_S:.0f} s"
            )

    def teardown(self):
        if self._producer is not None:
            self._producer.flush(_FLUSH_TIMEOUT_S)
            self._producer = None


class WriteToKafka(beam.PTransform):
    """(key: bytes | None, value: bytes, headers: [(str, bytes)]) records -> `topic`, idempotently, acks=all.

    `producer_config` holds extra confluent-kafka producer settings; it is never logged.
    """

    def __init__(self, bootstrap_servers: str, topic: str, producer_config: dict | None = None):
        super().__init__()
        self._bootstrap_servers = bootstrap_servers
        self._topic = topic
        self._producer_config = dict(producer_config or {})
        producer_settings(bootstrap_servers, self._producer_config)  # refuse bad settings at construction

    def expand(self, records):
        return records | "Produce" >> beam.ParDo(
            _ProduceDoFn(self._bootstrap_servers, self._topic, self._producer_config)
        )


def _json_bytes(row: dict) -> bytes:
    return json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8")


def masked_note_record(masked: MaskedNote) -> Record:
    """A masked note as a Kafka record: the lake's note row as JSON, keyed by the pseudonymised patient.

    Keying by patient keeps one patient's notes in one partition, in order.
    """
    note = masked.note
    row = note_to_row(note, profile=masked.profile, policy_version=masked.policy_version)
    key = note.patient_key.encode("utf-8") if note.patient_key else None
    headers = [
        ("profile", masked.profile.encode("utf-8")),
        ("policy_version", masked.policy_version.encode("utf-8")),
        ("note_id", note.note_id.encode("utf-8")),
    ]
    return key, _json_bytes(row), headers


def dead_letter_record(dead_letter: DeadLetter) -> Record:
    """A dead letter as a Kafka record: the lake's dead-letter row as JSON, with stage and error class as headers.

    It has no key: the source message's own key may be an identifier.
    """
    headers = [
        ("stage", str(dead_letter.stage).encode("utf-8")),
        ("error_class", dead_letter.error_class.encode("utf-8")),
    ]
    return None, _json_bytes(dead_letter_to_row(dead_letter)), headers
