"""Parsing HL7 v2 and FHIR R4 messages into notes, FHIR resources and dead letters.

Pure functions (`parse_message`) first; `transform.ParseMessages` is the thin Beam side.
"""

from emr_deid.transforms.parse.message import ParseResult, message_id, note_id, parse_message

__all__ = ["ParseResult", "message_id", "note_id", "parse_message"]
