"""A message: one Kafka record or one input-file item, raw bytes plus where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceCoordinates:
    """Where a message was read: Kafka (topic, partition, offset) or a file (path, item index).

    Coordinates are stable across replays, so ids derived from them are too.
    """

    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        if self.topic is not None:
            return f"kafka:{self.topic}/{self.partition}@{self.offset}"
        return f"file:{self.file}#{self.line}"

    def to_dict(self) -> dict:
        return {
            "topic": self.topic,
            "partition": self.partition,
            "offset": self.offset,
            "file": self.file,
            "line": self.line,
        }


@dataclass(frozen=True)
class Message:
    """Raw bytes as received; nothing is decoded here, so nothing can be lost here."""

    payload: bytes
    source: SourceCoordinates
    key: bytes | None = None
    headers: tuple[tuple[str, bytes | None], ...] = field(default_factory=tuple)
    timestamp_ms: int | None = None
