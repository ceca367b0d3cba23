"""Ages of 90 and over (HIPAA Safe Harbor): 만 92세, 92세, 92 yo, F/92, 나이: 92."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko.base import after_context
from emr_deid.schemas.entity import EntityType

AGE_OVER_89 = r"(?:9\d|1[0-2]\d)"
_NOT_QUANTITY_AFTER = r"(?![\d.]|[ \t]?(?:%|mg|kg|cm|mmHg|회|bpm|/min|ml|mL|세대|대))"


class KoreanAgeOver89Recognizer(SpanPatternRecognizer):
    """The number alone is the span (92 in "만 92세", "92 y/o"): the unit and "만" (full years) are no PHI."""

    CONTEXT = ["나이", "연령", "만", "age", "Age"]
    PATTERNS = [
        Pattern("age in 세/살", r"(?<![\d.])(?P<phi>" + AGE_OVER_89 + r")[ \t]?(?:세|살)(?!대)", 0.85),
        Pattern(
            "age in English",
            r"(?<![\d.])(?P<phi>" + AGE_OVER_89 + r")[ \t]?(?:yo|y/o|y\.o\.|yrs?|years?[ -]old|-year-old|YO|Y|y)\b",
            0.85,
        ),
        Pattern("sex/age", r"(?<![A-Za-z])(?:[MF]|남|여)[ \t]?/[ \t]?(?P<phi>" + AGE_OVER_89 + r")(?!\d)", 0.8),
        Pattern("age/sex", r"(?<![\d.])(?P<phi>" + AGE_OVER_89 + r")[ \t]?/[ \t]?(?:[MF]|남|여)(?![A-Za-z])", 0.8),
        # Banners run age and sex together: "최영철(91남)", "권예진 / 93여", "92M"; not 90Fr or 90여 명 ("some 90").
        Pattern(
            "age and sex run together",
            r"(?<![\d.])(?P<phi>" + AGE_OVER_89 + r")(?:[MF]|남|여)(?![A-Za-z가-힣]|[ \t]?(?:명|개|건|회|곳|가지))",
            0.8,
        ),
        Pattern(
            "after its label", after_context(["나이", "연령", "Age", "age"], AGE_OVER_89) + _NOT_QUANTITY_AFTER, 0.8
        ),
    ]

    ENTITY = EntityType.AGE_OVER_89.value
    LANGUAGE = "ko"
