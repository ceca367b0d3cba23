"""A note: one free-text unit extracted from a message, with what the later stages need.

The ingest stage fills it; detection reads `text`, `languages` and `known_phi`; masking reads
`patient_key` (per-patient keys and date shifts) and `fhir_context` (to rebuild a masked resource).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from emr_deid.schemas.message import SourceCoordinates


@dataclass(frozen=True)
class KnownPhi:
    """An identifier given in a structured field of the same message (PID, Patient, NK1 ...).

    `kind` is an EntityType value (PERSON, PHONE_NUMBER, ADDRESS, MEDICAL_RECORD_NUMBER, DATE ...);
    `role` says whose it is (patient, kin, clinician); `parts` holds name components where known
    (family, given, prefix, romanised) so detection can search for their variants.
    """

    kind: str
    value: str
    role: str = "patient"
    parts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Note:
    note_id: str  # stable: derived from source coordinates and position in the message
    source: SourceCoordinates
    message_type: str  # e.g. "ORU^R01", "MDM^T02", "Bundle/DocumentReference"
    text: str
    patient_key: str | None = None
    encounter_key: str | None = None
    note_type: str | None = None
    authored: str | None = None  # ISO 8601 as given by the source
    languages: tuple[str, ...] = ()  # by script: "ko", "zh", "en"
    known_phi: tuple[KnownPhi, ...] = ()
    fhir_context: dict = field(default_factory=dict, hash=False, compare=False)
    message_id: str | None = None  # stable id of the message the note came from (counts notes back per message)
