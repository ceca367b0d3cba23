"""Medical record numbers: only after a label, since a bare number may be anything."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from emr_deid.recognizers.en import ASCII_WORDS

_LABEL = (
    r"(?:MRN|MR\s?#|MR\s?No\.?|Med(?:ical)?\.?\s*Rec(?:ord)?s?\.?\s*(?:No\.?|Number|#)?|Chart\s*(?:No\.?|Number|#)"
    r"|Hospital\s*(?:No\.?|Number|#)|Unit\s*(?:No\.?|Number)|Patient\s*ID|Pt\.?\s*ID)"
)


class MedicalRecordNumberRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "labelled MRN",
            ASCII_WORDS
            + rf"\b{_LABEL}\s*[:#]?\s*(?:No\.?|#)?\s*\K(?=[A-Z]{{0,3}}-?\d)[A-Z]{{0,3}}-?\d(?:[\d-]{{3,14}}\d)\b",
            0.9,
        ),
    ]
    CONTEXT = ["mrn", "medical record", "chart", "record"]

    def __init__(self, supported_language: str = "en", supported_entity: str = "MEDICAL_RECORD_NUMBER", **kwargs):
        super().__init__(
            supported_entity=supported_entity,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            **kwargs,
        )
