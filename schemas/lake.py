"""Arrow schemas of the lake's (masked) notes and dead-letter tables, and the rows that fill them.

`fhir_context` is stored as JSON text: its shape depends on the note's source (see
`transforms/parse/message.py`), and the writer only hands it back to the FHIR rebuild.
"""

from __future__ import annotations

import json

import pyarrow as pa

from emr_deid.schemas.dead_letter import DeadLetter
from emr_deid.schemas.message import SourceCoordinates
from emr_deid.schemas.note import Note

_SOURCE_FIELDS = [
    pa.field("source_topic", pa.string()),
    pa.field("source_partition", pa.int32()),
    pa.field("source_offset", pa.int64()),
    pa.field("source_file", pa.string()),
    pa.field("source_line", pa.int64()),
]
NOTES_SCHEMA = pa.schema(
    [
        pa.field("note_id", pa.string(), nullable=False),
        pa.field("message_id", pa.string()),
        *_SOURCE_FIELDS,
        pa.field("message_type", pa.string(), nullable=False),
        pa.field("patient_key", pa.string()),
        pa.field("encounter_key", pa.string()),
        pa.field("note_type", pa.string()),
        pa.field("authored", pa.string()),
        pa.field("languages", pa.list_(pa.string())),
        pa.field("text", pa.string(), nullable=False),
        pa.field("fhir_context", pa.string()),
        pa.field("profile", pa.string(), nullable=False),
        pa.field("policy_version", pa.string(), nullable=False),
    ]
)
DEAD_LETTERS_SCHEMA = pa.schema(
    [
        pa.field("stage", pa.string(), nullable=False),
        pa.field("error_class", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        *_SOURCE_FIELDS,
        pa.field("original_b64", pa.string(), nullable=False),
    ]
)


def _source_columns(source: SourceCoordinates) -> dict:
    return {f"source_{key}": value for key, value in source.to_dict().items()}


def note_to_row(note: Note, *, profile: str, policy_version: str) -> dict:
    """A row of NOTES_SCHEMA: a masked note and the policy that masked it.

    Known PHI has no column: it is the raw identifiers of the source and never reaches the lake.
    """
    return {
        "note_id": note.note_id,
        "message_id": note.message_id,
        **_source_columns(note.source),
        "message_type": note.message_type,
        "patient_key": note.patient_key,
        "encounter_key": note.encounter_key,
        "note_type": note.note_type,
        "authored": note.authored,
        "languages": list(note.languages),
        "text": note.text,
        "fhir_context": json.dumps(note.fhir_context, ensure_ascii=False, sort_keys=True),
        "profile": profile,
        "policy_version": policy_version,
    }


def dead_letter_to_row(dead_letter: DeadLetter) -> dict:
    """A row of DEAD_LETTERS_SCHEMA."""
    return {
        "stage": str(dead_letter.stage),
        "error_class": dead_letter.error_class,
        "reason": dead_letter.reason,
        **_source_columns(dead_letter.source),
        "original_b64": dead_letter.original_b64,
    }
