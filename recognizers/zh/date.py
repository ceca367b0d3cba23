"""Dates in the forms Chinese clinical notes write them."""

from __future__ import annotations

from presidio_analyzer import Pattern

from emr_deid.recognizers.ko.base import SpanPatternRecognizer
from emr_deid.recognizers.ko.date import is_calendar_date
from emr_deid.schemas.entity import EntityType

_YEAR = r"(?:19|20)\d{2}"
_CN_DIGIT = "〇零一二三四五六七八九"
_CN_YEAR = f"[{_CN_DIGIT}]{{4}}年"
_CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])月"
_CN_DAY = f"(?:三十一?|二十[{_CN_DIGIT[2:]}]?|十[{_CN_DIGIT[2:]}]?|[{_CN_DIGIT[2:]}])[日号]"


class ChineseDateRecognizer(SpanPatternRecognizer):
    """2024年3月5日, 2024年3月, 3月5日/号, 2024-03-05, 2024/3/5, 2024.3.5, 20240305, and dates in
    Chinese numerals (二〇二四年三月五日). Each is checked to be a real calendar day."""

    PATTERNS = [
        Pattern(
            "year month day", r"(?<!\d)(?:" + _YEAR + r"\s?年\s?)?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号])?(?!\d)", 0.85
        ),
        Pattern("year and month", r"(?<!\d)" + _YEAR + r"\s?年(?=\s?(?:初|底|末|中))", 0.5),
        Pattern("numeric y-m-d", r"(?<![\d.\-/])" + _YEAR + r"([.\-/])\d{1,2}\1\d{1,2}(?![\d])", 0.8),
        Pattern(
            "compact yyyymmdd",
            r"(?<![\dA-Za-z\-])" + _YEAR + r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d\-])",
            0.5,
        ),
        Pattern("numeric year-month", r"(?<![\d.\-/])" + _YEAR + r"([.\-/])(?:0?[1-9]|1[0-2])(?![\d]|\1\d)", 0.6),
        Pattern("chinese numerals", f"(?:{_CN_YEAR})?{_CN_MONTH}(?:{_CN_DAY})?", 0.7),
    ]
    CONTEXT = ["日期", "入院日期", "出院日期", "手术日期", "出生日期", "就诊日期", "时间"]

    def __init__(self, supported_language: str = "zh", supported_entity: str = EntityType.DATE.value, **kwargs) -> None:
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or self.PATTERNS,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        if not any(ch.isdigit() and ch.isascii() for ch in pattern_text):
            return None  # Chinese numerals: the pattern admits only real months and days
        return None if is_calendar_date(pattern_text) else False
