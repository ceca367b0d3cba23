"""Korean passport numbers (여권번호)."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers.country_specific.korea import KrPassportRecognizer

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko.base import MIXED_LABEL_GAP, after_context
from emr_deid.schemas.entity import EntityType

_CURRENT = r"[MSRODmsrod]\d{3}[A-Za-z]\d{4}"  # since 2021: M123A4567
_PREVIOUS = r"[MSRODmsrod]\d{8}"  # until 2020: M12345678
_FOREIGN = r"[A-Za-z]{1,2}\d{6,8}"  # a foreign patient's passport, after its label only
_BOUNDED = r"(?<![A-Za-z0-9])(?P<phi>{})(?![A-Za-z0-9])"


class KoreanPassportRecognizer(SpanPatternRecognizer):
    """The post-2021 format is distinctive enough alone; the older and foreign ones need a label
    (여권, 여권번호, passport). Presidio's formats and context words, self-sufficient here."""

    CONTEXT = [*KrPassportRecognizer.CONTEXT, "여권번호", "여권 번호", "Passport No", "passport no", "PP No"]
    PATTERNS = [
        Pattern("current format", _BOUNDED.format(_CURRENT), 0.6),
        Pattern(
            "after its label",
            after_context(CONTEXT, f"(?:{_CURRENT}|{_PREVIOUS}|{_FOREIGN})", gap=MIXED_LABEL_GAP, ignore_case=True)
            + r"(?![A-Za-z0-9])",
            0.9,
        ),
    ]

    ENTITY = EntityType.PASSPORT.value
    LANGUAGE = "ko"
