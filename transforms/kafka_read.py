"""Reading messages from Kafka with confluent-kafka, as a Splittable DoFn.

    Impulse ──► ListPartitions ──► ReadPartitions (SDF, one offset-range restriction per partition) ──► Message

Each topic-partition is one element whose restriction is an offset range: from the consumer group's
committed offset (or the earliest / latest offset, following `auto.offset.reset`) to the end offset
seen when the restriction is made (bounded mode) or to "forever" (unbounded mode). The restriction is
only ever split by checkpoints, so a partition is read in offset order by one consumer at a time.

Element timestamps are the Kafka record timestamps. The watermark of a partition follows the newest
record timestamp it has read and, while the partition is idle, moves on to the wall clock minus
`idle_watermark_lag_s`, so windows close even when a partition gets no traffic.

Offsets are committed to the consumer group in a bundle finalizer: the runner calls it only after it
has durably committed the bundle's outputs, so a committed offset never covers a message that could
still be lost (delivery is at least once; ids derived from the coordinates keep replays idempotent).

Runners: the bounded read runs anywhere (the DirectRunner included). The unbounded read needs a
streaming runner. On Prism (2.77) an SDF stage's output watermark is the estimate of the bundle that
finished last rather than the minimum over the partitions in flight, so with several partitions one
partition's watermark can overtake another's unread records, which then arrive late: the pipeline's
windows (`transforms/windowing.py`) write late records in late panes instead of dropping them.
"""

from __future__ import annotations

import functools
import logging
import sys
import time
from collections.abc import Iterator
from typing import NamedTuple

import apache_beam as beam
from apache_beam.io.restriction_trackers import OffsetRange, OffsetRestrictionTracker
from apache_beam.io.watermark_estimators import ManualWatermarkEstimator
from apache_beam.transforms.core import RestrictionProvider
from apache_beam.utils.timestamp import Duration, Timestamp
from confluent_kafka import (
    OFFSET_INVALID,
    TIMESTAMP_NOT_AVAILABLE,
    Consumer,
    KafkaError,
    KafkaException,
    TopicPartition,
)

from emr_deid.schemas import Message, SourceCoordinates

_LOG = logging.getLogger(__name__)

# The end of an unbounded restriction: no Kafka offset reaches it.
UNBOUNDED_END = sys.maxsize
# Settings the source owns: it assigns partitions itself and commits only in the bundle finalizer.
_SOURCE_SETTINGS = {"enable.auto.commit": False, "enable.auto.offset.store": False}
_LATEST_RESETS = frozenset({"latest", "largest", "end"})
_METADATA_TIMEOUT_S = 30.0
_TOPIC_WAIT_S = 10.0
# librdkafka does not flag these as retriable, yet they only mean the group coordinator is not ready
# (a new broker still loading __consumer_offsets, or a coordinator moving).
_COORDINATOR_NOT_READY = frozenset(
    {KafkaError.NOT_COORDINATOR, KafkaError.COORDINATOR_LOAD_IN_PROGRESS, KafkaError.COORDINATOR_NOT_AVAILABLE}
)
# The reader is its own restriction provider; it sets each partition's watermark itself.
_OWN_RESTRICTION = beam.DoFn.RestrictionParam()
_MANUAL_WATERMARK = beam.DoFn.WatermarkEstimatorParam(ManualWatermarkEstimator.default_provider())


class PartitionDescriptor(NamedTuple):
    """One topic-partition to read: the element the restrictions belong to."""

    topic: str
    partition: int


def consumer_settings(bootstrap_servers: str, group_id: str, consumer_config: dict | None) -> dict:
    """The librdkafka settings of every consumer of the source.

    The caller's settings (security.protocol, sasl.*, ssl.*, timeouts ...) pass through unchanged;
    only auto-commit is forced off, because offsets are committed after the outputs are durable.
    """
    settings = {**(consumer_config or {}), "bootstrap.servers": bootstrap_servers, "group.id": group_id}
    return {**settings, **_SOURCE_SETTINGS}


def list_partitions(consumer: Consumer, topics: list[str], wait_s: float = _TOPIC_WAIT_S) -> list[PartitionDescriptor]:
    """Every partition of `topics`, from the cluster's metadata.

    A topic unknown for `wait_s` is an error; the wait covers a topic created just before the read,
    which the broker's metadata may not show yet.
    """
    descriptors = []
    for topic in topics:
        deadline = time.monotonic() + wait_s
        while True:
            metadata = consumer.list_topics(topic, timeout=_METADATA_TIMEOUT_S).topics.get(topic)
            if metadata is not None and metadata.error is None and metadata.partitions:
                break
            if time.monotonic() > deadline:
                reason = metadata.error if metadata is not None and metadata.error else "no partitions"
                raise ValueError(f"Kafka topic {topic!r} cannot be read: {reason}")
            time.sleep(0.2)
        descriptors += [PartitionDescriptor(topic, p) for p in sorted(metadata.partitions)]
    return descriptors


def retrying(call, timeout_s: float = _METADATA_TIMEOUT_S):
    """`call()`, retried while it fails with a retriable Kafka error (e.g. while the group's coordinator moves)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return call()
        except KafkaException as error:
            kafka_error = error.args[0]
            transient = kafka_error.retriable() or kafka_error.code() in _COORDINATOR_NOT_READY
            if not transient or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def start_offset(consumer: Consumer, descriptor: PartitionDescriptor, reset: str) -> int:
    """Where the group resumes: its committed offset, else the earliest (or latest) offset kept."""
    low, high = consumer.get_watermark_offsets(
        TopicPartition(descriptor.topic, descriptor.partition), timeout=_METADATA_TIMEOUT_S
    )
    [committed] = retrying(
        lambda: consumer.committed(
            [TopicPartition(descriptor.topic, descriptor.partition)], timeout=_METADATA_TIMEOUT_S
        )
    )
    if committed.error is not None:
        raise KafkaException(committed.error)
    if committed.offset == OFFSET_INVALID:
        return high if reset in _LATEST_RESETS else low
    # Records below `low` were deleted by retention: resume at the oldest record still kept.
    return max(committed.offset, low)


def end_offset(consumer: Consumer, descriptor: PartitionDescriptor) -> int:
    """The offset the next record of the partition will get: the end of a bounded read."""
    _, high = consumer.get_watermark_offsets(
        TopicPartition(descriptor.topic, descriptor.partition), timeout=_METADATA_TIMEOUT_S
    )
    return high


def to_message(record) -> Message:
    """A confluent-kafka record as a `Message`; bytes, key and headers are kept as received."""
    timestamp_type, timestamp_ms = record.timestamp()
    return Message(
        payload=record.value() if record.value() is not None else b"",
        source=SourceCoordinates(topic=record.topic(), partition=record.partition(), offset=record.offset()),
        key=record.key(),
        headers=tuple((name, value) for name, value in (record.headers() or ())),
        timestamp_ms=None if timestamp_type == TIMESTAMP_NOT_AVAILABLE else timestamp_ms,
    )


class _InOrderOffsetTracker(OffsetRestrictionTracker):
    """An offset-range tracker that splits only at checkpoints.

    Refusing dynamic splits keeps a partition's records in one reader, in offset order, so the
    offsets committed by successive bundles only ever move forward.
    """

    def try_split(self, fraction_of_remainder):
        if fraction_of_remainder != 0:
            return None
        return super().try_split(fraction_of_remainder)

    def is_bounded(self):
        return self.current_restriction().stop != UNBOUNDED_END


def _event_time(message: Message) -> Timestamp:
    """The Kafka timestamp; a record without one (pre-0.10 message format) gets its read time."""
    if message.timestamp_ms is None:
        return Timestamp.now()
    return Timestamp(micros=message.timestamp_ms * 1000)


def _position(consumer: Consumer, descriptor: PartitionDescriptor, next_offset: int) -> int:
    """How far the consumer has read; past `next_offset` when the last offsets held no records to return
    (transaction markers, compacted records)."""
    [position] = consumer.position([TopicPartition(descriptor.topic, descriptor.partition)])
    return max(next_offset, position.offset)


def _advance(estimator: ManualWatermarkEstimator, watermark: Timestamp) -> None:
    current = estimator.current_watermark()
    if current is None or watermark > current:
        estimator.set_watermark(watermark)


class _ListPartitions(beam.DoFn):
    def __init__(self, settings: dict, topics: list[str]):
        self._settings = settings
        self._topics = topics

    def process(self, _impulse) -> Iterator[PartitionDescriptor]:
        consumer = Consumer(self._settings)
        try:
            yield from list_partitions(consumer, self._topics)
        finally:
            consumer.close()


class _ReadPartitions(beam.DoFn, RestrictionProvider):
    """Reads the claimed offsets of one partition per call; one cached consumer per partition.

    It is its own restriction provider: a partition's restriction is an offset range from where the
    group resumes to the end offset seen now (bounded) or to `UNBOUNDED_END`.

    Bounded restrictions are read to their end in one call. Unbounded ones return after at most
    `max_records_per_call` records or `max_call_s` seconds, or when the partition is idle, and resume
    from a checkpoint: each call's bundle can then complete, its outputs become durable and its
    offsets are committed.
    """

    def __init__(
        self,
        settings: dict,
        bounded: bool,
        commit_offsets: bool,
        poll_timeout_s: float,
        idle_watermark_lag_s: float,
        max_records_per_call: int = 10_000,
        max_call_s: float = 5.0,
    ):
        self._settings = settings
        self._bounded = bounded
        self._commit_offsets = commit_offsets
        self._poll_timeout_s = poll_timeout_s
        self._idle_watermark_lag = Duration.of(idle_watermark_lag_s)
        self._max_records_per_call = max_records_per_call
        self._max_call_s = max_call_s
        self._consumers: dict[PartitionDescriptor, Consumer] = {}
        self._next_offsets: dict[PartitionDescriptor, int] = {}
        self._committed: dict[PartitionDescriptor, int] = {}

    def initial_restriction(self, descriptor: PartitionDescriptor) -> OffsetRange:
        consumer = Consumer(self._settings)
        try:
            start = start_offset(consumer, descriptor, str(self._settings.get("auto.offset.reset", "earliest")))
            stop = end_offset(consumer, descriptor) if self._bounded else UNBOUNDED_END
        finally:
            consumer.close()
        return OffsetRange(start, max(start, stop))

    def create_tracker(self, restriction: OffsetRange) -> _InOrderOffsetTracker:
        return _InOrderOffsetTracker(restriction)

    def restriction_size(self, descriptor: PartitionDescriptor, restriction: OffsetRange) -> int:
        return restriction.size()

    def truncate(self, descriptor: PartitionDescriptor, restriction: OffsetRange):
        # On drain, an unbounded partition stops at its last checkpoint; a bounded one finishes.
        return restriction if restriction.stop != UNBOUNDED_END else None

    def setup(self):
        self._consumers, self._next_offsets, self._committed = {}, {}, {}

    def process(
        self,
        descriptor: PartitionDescriptor,
        # Beam passes the finalizer by position and the tracker and watermark by name: keep this order.
        finalizer=beam.DoFn.BundleFinalizerParam,
        tracker=_OWN_RESTRICTION,
        watermark=_MANUAL_WATERMARK,
    ):
        restriction = tracker.current_restriction()
        if restriction.start >= restriction.stop:
            return
        consumer = self._consumer_at(descriptor, restriction.start)
        deadline = time.monotonic() + self._max_call_s
        next_offset = restriction.start
        try:
            while True:
                records = consumer.consume(min(500, self._max_records_per_call), self._poll_timeout_s)
                for record in records:
                    if record.error() is not None:
                        raise KafkaException(record.error())
                    if not tracker.try_claim(record.offset()):
                        self._next_offsets.pop(descriptor, None)  # it read past the range: position unknown
                        return
                    message = to_message(record)
                    timestamp = _event_time(message)
                    _advance(watermark, timestamp)
                    next_offset = record.offset() + 1
                    self._next_offsets[descriptor] = next_offset
                    yield beam.window.TimestampedValue(message, timestamp)
                caught_up = not records and _position(consumer, descriptor, next_offset) >= end_offset(
                    consumer, descriptor
                )
                if self._bounded and caught_up:
                    # The rest of the range holds no records (e.g. transaction markers): it is done.
                    tracker.try_claim(tracker.current_restriction().stop)
                    return
                if self._bounded:
                    continue
                if caught_up:
                    # Idle, not just slow: the next records will carry about the current time.
                    _advance(watermark, Timestamp.now() - self._idle_watermark_lag)
                    tracker.defer_remainder(Duration.of(self._poll_timeout_s))
                    return
                if next_offset - restriction.start >= self._max_records_per_call or time.monotonic() > deadline:
                    tracker.defer_remainder()
                    return
        finally:
            # Registered even when nothing was read: Prism finalizes every bundle of the stage, and the
            # Python SDK keeps a bundle for finalization only when it registered a callback.
            if self._commit_offsets:
                finalizer.register(functools.partial(self._commit, descriptor, restriction.start, next_offset))

    def teardown(self):
        for consumer in self._consumers.values():
            consumer.close()
        self._consumers.clear()

    def _consumer_at(self, descriptor: PartitionDescriptor, offset: int) -> Consumer:
        """The partition's consumer, positioned at `offset` (re-assigned only when it is elsewhere)."""
        consumer = self._consumers.get(descriptor)
        if consumer is None:
            consumer = self._consumers[descriptor] = Consumer(self._settings)
        if self._next_offsets.get(descriptor) != offset:
            consumer.assign([TopicPartition(descriptor.topic, descriptor.partition, offset)])
            self._next_offsets[descriptor] = offset
        return consumer

    def _commit(self, descriptor: PartitionDescriptor, start: int, next_offset: int) -> None:
        """Commits `next_offset` for the group; called once the bundle's outputs are durable."""
        if next_offset <= max(start, self._committed.get(descriptor, -1)):
            return
        consumer = self._consumers.get(descriptor) or self._consumers.setdefault(descriptor, Consumer(self._settings))
        try:
            retrying(
                lambda: consumer.commit(
                    offsets=[TopicPartition(descriptor.topic, descriptor.partition, next_offset)], asynchronous=False
                )
            )
        except KafkaException as error:
            # Not fatal: the records are re-read from the last committed offset after a restart.
            _LOG.warning("committing offset of %s/%s failed: %s", descriptor.topic, descriptor.partition, error)
            return
        self._committed[descriptor] = next_offset


class _ReadUnboundedPartitions(_ReadPartitions):
    @beam.DoFn.unbounded_per_element()
    def process(
        self,
        descriptor: PartitionDescriptor,
        # Beam passes the finalizer by position and the tracker and watermark by name: keep this order.
        finalizer=beam.DoFn.BundleFinalizerParam,
        tracker=_OWN_RESTRICTION,
        watermark=_MANUAL_WATERMARK,
    ):
        yield from super().process(descriptor, finalizer, tracker=tracker, watermark=watermark)


class ReadMessagesFromKafka(beam.PTransform):
    """Kafka topics -> `Message`s with (topic, partition, offset) coordinates and Kafka timestamps.

    `consumer_config` holds any further librdkafka consumer settings (security.protocol, sasl.*,
    ssl.*, ...): they are passed through unchanged and never logged. `bounded=True` stops at the end
    offsets seen at start (backfills, tests, the DirectRunner); otherwise the read never ends and
    needs a streaming runner (Prism, Flink). With `commit_offsets`, each partition's offset is
    committed to `group_id` once the outputs that depend on it are durable.
    """

    def __init__(
        self,
        bootstrap_servers: str,
        topics: list[str],
        group_id: str,
        consumer_config: dict | None = None,
        bounded: bool = False,
        commit_offsets: bool = True,
        poll_timeout_s: float = 1.0,
        idle_watermark_lag_s: float = 5.0,
    ):
        super().__init__()
        if not topics:
            raise ValueError("at least one Kafka topic is needed")
        self._topics = list(topics)
        self._settings = consumer_settings(bootstrap_servers, group_id, consumer_config)
        self._bounded = bounded
        self._commit_offsets = commit_offsets
        self._poll_timeout_s = poll_timeout_s
        self._idle_watermark_lag_s = idle_watermark_lag_s

    def expand(self, pbegin):
        read = (_ReadPartitions if self._bounded else _ReadUnboundedPartitions)(
            self._settings, self._bounded, self._commit_offsets, self._poll_timeout_s, self._idle_watermark_lag_s
        )
        return (
            pbegin
            | "Impulse" >> beam.Impulse()
            | "ListPartitions" >> beam.ParDo(_ListPartitions(self._settings, self._topics))
            | "ReadPartitions" >> beam.ParDo(read).with_input_types(PartitionDescriptor).with_output_types(Message)
        )
