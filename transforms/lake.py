"""The research lake: masked notes, audit records, masked FHIR resources and dead letters.

    <lake>/notes/source=<topic|files>/date=YYYY-MM-DD/hour=HH/part-*.parquet
    <lake>/audit/profile=<profile>/date=YYYY-MM-DD/hour=HH/part-*.parquet
    <lake>/fhir/resource_type=<Patient|DocumentReference|...>/part-*.ndjson
    <lake>/dead_letters/stage=<parse|mask|write>/date=YYYY-MM-DD/hour=HH/part-*.parquet

Dates and hours are those of the message's arrival (its element timestamp: the Kafka record's
timestamp, or a file's modification time), never of its clinical content.
"""

from __future__ import annotations

import contextlib
from functools import lru_cache
from pathlib import Path

import apache_beam as beam
from apache_beam.utils.timestamp import MIN_TIMESTAMP, Timestamp

from emr_deid.schemas.audit import AUDIT_SCHEMA, AuditRecord
from emr_deid.schemas.dead_letter import DeadLetter
from emr_deid.schemas.lake import DEAD_LETTERS_SCHEMA, NOTES_SCHEMA, dead_letter_to_row, note_to_row
from emr_deid.transforms.mask.rebuild import MaskedNote
from emr_deid.transforms.write import WriteNdjsonFiles, WriteParquetTable, hive_partition

_MICROS_PER_HOUR = 3_600_000_000


def arrival_partition(timestamp) -> dict[str, str]:
    if timestamp <= MIN_TIMESTAMP:
        return {"date": "undated", "hour": "undated"}
    return dict(_hour_partition(timestamp.micros // _MICROS_PER_HOUR))


@lru_cache(maxsize=256)  # a stream's records arrive within a few hours: each hour's names are formatted once
def _hour_partition(hour: int) -> tuple[tuple[str, str], ...]:
    arrived = Timestamp(micros=hour * _MICROS_PER_HOUR).to_utc_datetime()
    return ("date", arrived.strftime("%Y-%m-%d")), ("hour", arrived.strftime("%H"))


def _note_row(masked: MaskedNote, timestamp=beam.DoFn.TimestampParam):
    source = masked.note.source.topic or "files"
    row = note_to_row(masked.note, profile=masked.profile, policy_version=masked.policy_version)
    return hive_partition(source=source, **arrival_partition(timestamp)), row


def _audit_row(audit: AuditRecord, timestamp=beam.DoFn.TimestampParam):
    return hive_partition(profile=audit.profile, **arrival_partition(timestamp)), audit.to_dict()


def _dead_letter_row(dead_letter: DeadLetter, timestamp=beam.DoFn.TimestampParam):
    return hive_partition(stage=dead_letter.stage, **arrival_partition(timestamp)), dead_letter_to_row(dead_letter)


def _fhir_row(resource: dict):
    return hive_partition(resource_type=resource["resourceType"]), resource


def _dead_letter_order(row: dict):
    return (row["source_topic"] or "", row["source_partition"] or 0, row["source_offset"] or 0,
            row["source_file"] or "", row["source_line"] or 0, row["stage"], row["reason"])  # fmt: skip


def remove_empty_temp_folders(lake: str | Path) -> None:
    """Removes the temporary folders fileio leaves in each table once it has moved every file out.

    A folder still holding files (a move that failed, which fileio only logs) stays, for inspection.
    """
    for folder in Path(lake).glob("*/.temp*"):
        with contextlib.suppress(OSError):  # not empty
            folder.rmdir()


class WriteLake(beam.PTransform):
    """{"notes", "audit", "fhir", "dead_letters"} -> the lake's four tables under `path`.

    Files are written per window of their input: one set for a bounded run, one per window of a stream.
    """

    def __init__(self, path: str):
        super().__init__()
        self._path = path.rstrip("/")

    def expand(self, tables: dict):
        return {
            "notes": tables["notes"]
            | "NoteRows" >> beam.Map(_note_row)
            | "WriteNotes" >> WriteParquetTable(f"{self._path}/notes", NOTES_SCHEMA, lambda r: r["note_id"]),
            "audit": tables["audit"]
            | "AuditRows" >> beam.Map(_audit_row)
            | "WriteAudit" >> WriteParquetTable(f"{self._path}/audit", AUDIT_SCHEMA, lambda r: r["note_id"]),
            "fhir": tables["fhir"]
            | "FhirRows" >> beam.Map(_fhir_row)
            | "WriteFhir" >> WriteNdjsonFiles(f"{self._path}/fhir", lambda r: r.get("id") or ""),
            "dead_letters": tables["dead_letters"]
            | "DeadLetterRows" >> beam.Map(_dead_letter_row)
            | "WriteDeadLetters"
            >> WriteParquetTable(f"{self._path}/dead_letters", DEAD_LETTERS_SCHEMA, _dead_letter_order),
        }
