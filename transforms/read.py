"""Reading messages from files: the source of the embedded default and of file backfills.

A file holds one or more messages: HL7 v2 files (MLLP-framed or plain, one or many MSH-led
messages), NDJSON (one FHIR resource per line) or one JSON document. Each becomes a `Message` whose
coordinates (file, item index) are stable, so a re-run produces the same note ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.transforms.window import TimestampedValue

from emr_deid.schemas import Message, SourceCoordinates

MESSAGE_SUFFIXES = (".hl7", ".er7", ".json", ".ndjson", ".jsonl")
_MLLP_START, _MLLP_END = b"\x0b", b"\x1c"
# An HL7 v2 message starts with an MSH segment at the start of the data or of a segment line.
# CR and LF never occur inside a multi-byte EUC-KR, CP949 or GB18030 character, so this is safe
# before decoding.
_MSH_START = re.compile(rb"(?:^|(?<=[\r\n]))(?=MSH)")


def split_file_items(path: str, data: bytes) -> Iterator[tuple[int, bytes]]:
    """(item index, bytes) for each message in a file; blank items are not messages."""
    suffix = Path(path).suffix.lower()
    if suffix in (".ndjson", ".jsonl"):
        for number, line in enumerate(data.split(b"\n"), start=1):
            if line.strip():
                yield number, line.rstrip(b"\r")
    elif suffix == ".json":
        if data.strip():
            yield 1, data
    elif _MLLP_START in data:
        frames = (frame.split(_MLLP_END, 1)[0] for frame in data.split(_MLLP_START)[1:])
        yield from ((i, f) for i, f in enumerate(frames, start=1) if f.strip())
    else:
        parts = [part for part in _MSH_START.split(data) if part.strip()]
        # Bytes before the first MSH are kept as an item of their own: the parser dead-letters them.
        yield from enumerate(parts, start=1)


def message_files(paths: list[str]) -> list[str]:
    """Files named by `paths`: files as given, folders searched for message files, sorted."""
    files: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in MESSAGE_SUFFIXES)
        elif path.is_file():
            files.append(str(path))
        else:
            raise FileNotFoundError(f"input {raw} is neither a file nor a folder")
    if not files:
        raise FileNotFoundError(f"no message files ({', '.join(MESSAGE_SUFFIXES)}) under {paths}")
    return files


class _SplitIntoMessages(beam.DoFn):
    """A file's messages, timestamped with the file's modification time: its arrival, as a Kafka
    record's timestamp is; the same files replayed keep the same timestamps."""

    def process(self, readable_file: fileio.ReadableFile) -> Iterator[TimestampedValue]:
        path = readable_file.metadata.path
        arrived = readable_file.metadata.last_updated_in_seconds
        for index, payload in split_file_items(path, readable_file.read()):
            message = Message(
                payload=payload, source=SourceCoordinates(file=path, line=index), timestamp_ms=int(arrived * 1000)
            )
            yield TimestampedValue(message, arrived)


class ReadMessagesFromFiles(beam.PTransform):
    """Files or folders -> `Message`s, one per HL7 v2 message, NDJSON line or JSON document."""

    def __init__(self, paths: list[str]):
        super().__init__()
        self._files = message_files(paths)

    def expand(self, pbegin):
        return (
            pbegin
            | "ListFiles" >> beam.Create(self._files)
            | "MatchFiles" >> fileio.MatchAll()
            | "OpenFiles" >> fileio.ReadMatches()
            | "SplitIntoMessages" >> beam.ParDo(_SplitIntoMessages())
        )
