"""The audit record of one masked note: what was masked where and how, never a raw value.

One record per note: the note id, the patient's pseudonym, the policy (profile and version), the
detection model versions, counts by entity type and by operator, and every masked span's offsets in
the original and in the masked text. `AUDIT_SCHEMA` is the Arrow schema of the lake's audit table.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa


@dataclass(frozen=True)
class AuditSpan:
    """One masked span: offsets into the original text and into the masked text (end exclusive)."""

    type: str
    operator: str
    start: int
    end: int
    new_start: int
    new_end: int
    flagged: bool = False  # kept or masked, but marked sensitive by the profile (tier 3 in research)
    fallback: bool = False  # the profile's operator could not handle the span; its fallback did

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "operator": self.operator,
            "start": self.start,
            "end": self.end,
            "new_start": self.new_start,
            "new_end": self.new_end,
            "flagged": self.flagged,
            "fallback": self.fallback,
        }


@dataclass(frozen=True)
class AuditRecord:
    note_id: str
    patient_pseudonym: str | None
    profile: str
    policy_version: str
    spans: tuple[AuditSpan, ...] = ()
    model_versions: tuple[tuple[str, str], ...] = field(default=())  # (component, version), sorted

    @property
    def counts_by_type(self) -> dict[str, int]:
        return dict(sorted(Counter(span.type for span in self.spans).items()))

    @property
    def counts_by_operator(self) -> dict[str, int]:
        return dict(sorted(Counter(span.operator for span in self.spans).items()))

    def to_dict(self) -> dict:
        """A row of the audit table (AUDIT_SCHEMA); maps are lists of (key, value) pairs, sorted."""
        return {
            "note_id": self.note_id,
            "patient_pseudonym": self.patient_pseudonym,
            "profile": self.profile,
            "policy_version": self.policy_version,
            "model_versions": list(self.model_versions),
            "counts_by_type": list(self.counts_by_type.items()),
            "counts_by_operator": list(self.counts_by_operator.items()),
            "fallbacks": sum(span.fallback for span in self.spans),
            "flagged": sum(span.flagged for span in self.spans),
            "spans": [span.to_dict() for span in self.spans],
        }


AUDIT_SCHEMA = pa.schema(
    [
        pa.field("note_id", pa.string(), nullable=False),
        pa.field("patient_pseudonym", pa.string()),
        pa.field("profile", pa.string(), nullable=False),
        pa.field("policy_version", pa.string(), nullable=False),
        pa.field("model_versions", pa.map_(pa.string(), pa.string())),
        pa.field("counts_by_type", pa.map_(pa.string(), pa.int32())),
        pa.field("counts_by_operator", pa.map_(pa.string(), pa.int32())),
        pa.field("fallbacks", pa.int32(), nullable=False),
        pa.field("flagged", pa.int32(), nullable=False),
        pa.field(
            "spans",
            pa.list_(
                pa.struct(
                    [
                        pa.field("type", pa.string()),
                        pa.field("operator", pa.string()),
                        pa.field("start", pa.int32()),
                        pa.field("end", pa.int32()),
                        pa.field("new_start", pa.int32()),
                        pa.field("new_end", pa.int32()),
                        pa.field("flagged", pa.bool_()),
                        pa.field("fallback", pa.bool_()),
                    ]
                )
            ),
        ),
    ]
)
