"""A parsed message: its notes and FHIR resources, kept together from parsing to the FHIR rebuild."""

from __future__ import annotations

from dataclasses import dataclass, field

from emr_deid.schemas.note import Note


@dataclass(frozen=True)
class ParsedMessage:
    """What parsing makes of one message, as one element through detection and masking.

    The masked resources need every masked note of their message; carrying notes and resources in one
    element lets the rebuild follow masking directly, with no grouping by message id (a shuffle on a
    cluster, a wait for the window to close on a stream, a stage on its own at the end of a bounded run).
    """

    message_id: str
    notes: tuple[Note, ...]
    resources: list[dict] = field(default_factory=list, hash=False)  # FHIR R4 (HL7 v2: mapped)
    patient_key: str | None = None  # the message's one patient, if it has exactly one (per-patient masking)
