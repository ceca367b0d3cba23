"""Korean driver's licence numbers (운전면허번호)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers.country_specific.korea import KrDriverLicenseRecognizer

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko.base import after_context
from emr_deid.schemas.entity import EntityType

# Before 2011 the region was written as a name: 서울 12-345678-90.
_REGION_NAMES = r"(?:서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|경기남부|경기북부)"
_HYPHENATED = r"\d{2}-\d{2}-\d{6}-\d{2}"


class KoreanDriverLicenseRecognizer(SpanPatternRecognizer):
    """12 digits AA-BB-CCCCCC-DD whose region code AA is real (Presidio's list). The hyphenated
    form stands alone; undivided digits need a label (운전면허, 면허번호)."""

    CONTEXT = KrDriverLicenseRecognizer.CONTEXT
    # After its label a number with an unlisted region code is still a licence (a typo, or a new code).
    LABELLED_PATTERNS = frozenset({"after its label"})
    PATTERNS = [
        Pattern("hyphenated", r"(?<![\d-])(?P<phi>" + _HYPHENATED + r")(?![\d-])", 0.7),
        Pattern("region name", r"(?P<phi>" + _REGION_NAMES + r"[ ]?\d{2}-\d{6}-\d{2})(?![\d-])", 0.8),
        Pattern("after its label", after_context(CONTEXT, r"\d{2}[- ]?\d{2}[- ]?\d{6}[- ]?\d{2}") + r"(?![\d-])", 0.9),
    ]

    ENTITY = EntityType.DRIVER_LICENSE.value
    LANGUAGE = "ko"

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = EntityRecognizer.sanitize_value(pattern_text, [("-", ""), (" ", "")])
        if not digits.isdigit():  # the region is a name
            return None
        return None if digits[:2] in KrDriverLicenseRecognizer.REGION_CODES else False
