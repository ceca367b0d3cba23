"""Dead letters: what could not be processed, why, and the original bytes so nothing is lost."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from enum import StrEnum

from emr_deid.schemas.message import Message, SourceCoordinates


class Stage(StrEnum):
    READ = "read"
    PARSE = "parse"
    DETECT = "detect"
    MASK = "mask"
    WRITE = "write"


@dataclass(frozen=True)
class DeadLetter:
    """`reason` is a human message that must never quote PHI: it names what failed, not the value."""

    stage: Stage
    error_class: str
    reason: str
    source: SourceCoordinates
    original_b64: str

    @classmethod
    def from_message(cls, message: Message, stage: Stage, error_class: str, reason: str) -> DeadLetter:
        return cls(
            stage=stage,
            error_class=error_class,
            reason=reason,
            source=message.source,
            original_b64=base64.b64encode(message.payload).decode("ascii"),
        )

    def to_dict(self) -> dict:
        return {
            "stage": str(self.stage),
            "error_class": self.error_class,
            "reason": self.reason,
            "source": self.source.to_dict(),
            "original_b64": self.original_b64,
        }
