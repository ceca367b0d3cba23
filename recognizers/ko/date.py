"""Dates in the forms Korean clinical notes write them."""

from __future__ import annotations

import datetime as dt
import re

from presidio_analyzer import Pattern

from emr_deid.recognizers.ko.base import SpanPatternRecognizer
from emr_deid.schemas.entity import EntityType

_YEAR = r"(?:19|20)\d{2}"
_MONTH_NAMES = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Words after a bare month/day ("3/5 내원") that make it a date and not a score or ratio ("power 3/5").
_EVENT_AFTER = (
    r"(?=\s?(?:일|경|에|부터|까지|~|-\s?\d|내원|입원|퇴원|수술|시행|방문|외래|응급|재원|검사|진료|f/u|F/U|OP|op|ER|"
    r"admission|discharge|visit|\())"
)


class KoreanDateRecognizer(SpanPatternRecognizer):
    """2024년 3월 5일, '24년 3월, 3월 5일, 2024.03.05, 2024. 3. 5., 24.03.05, 2024-03-05, 2024/3/5,
    20240305, Mar 5, 2024, and a bare 3/5 when an event word follows it. Each date is checked to be
    a real calendar day (a month alone gets day 1), so 13/45 or 2024.02.30 are not dates."""

    PATTERNS = [
        Pattern(
            "hangul units",
            r"(?<!\d)(?:(?:" + _YEAR + r"|'?\d{2})\s?년\s?)?\d{1,2}\s?월(?:\s?\d{1,2}\s?일)?(?!\d)",
            0.85,
        ),
        Pattern("year and month", r"(?<!\d)" + _YEAR + r"\s?년(?=\s?(?:도|초|말|경))", 0.5),
        Pattern(
            "numeric y.m.d", r"(?<![\d.\-/])(?:" + _YEAR + r"|'?\d{2})([.\-/])\s?\d{1,2}\1\s?\d{1,2}\.?(?![\d])", 0.8
        ),
        Pattern(
            "compact yyyymmdd",
            r"(?<![\dA-Za-z\-])" + _YEAR + r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d\-])",
            0.5,
        ),
        Pattern("numeric year-month", r"(?<![\d.\-/])" + _YEAR + r"([.\-/])(?:0?[1-9]|1[0-2])(?![\d]|\1\d)", 0.6),
        Pattern("month/day before an event", r"(?<![\d/.:])(?<!/ )\d{1,2}/\d{1,2}(?![\d/])" + _EVENT_AFTER, 0.6),
        Pattern(
            "english",
            r"\b(?:"
            + _MONTH_NAMES
            + r"\s\d{1,2}(?:st|nd|rd|th)?,?\s"
            + _YEAR
            + r"|\d{1,2}\s"
            + _MONTH_NAMES
            + r",?\s"
            + _YEAR
            + r")\b",
            0.8,
        ),
    ]
    CONTEXT = ["일자", "날짜", "내원일", "입원일", "퇴원일", "수술일", "생년월일", "검사일", "date"]

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.DATE.value, **kwargs) -> None:
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or self.PATTERNS,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if is_calendar_date(pattern_text) else False


_NUMBER = re.compile(r"\d+")
_MONTH_WORD = re.compile(r"[A-Za-z]{3,}")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def is_calendar_date(text: str) -> bool:
    """Whether the numbers of a matched date (year first when it has four digits or a 년/年 unit,
    else month/day, or English month name) make a real day. Shared with the Chinese recognizer."""
    numbers = [int(n) for n in _NUMBER.findall(text)]
    month_word = _MONTH_WORD.search(text)
    if month_word:
        month = _MONTHS.index(month_word.group()[:3].lower()) + 1
        day, year = [*numbers, 2000][:2]
        return _exists(year, month, day)
    if len(numbers) == 1 and len(str(numbers[0])) == 8:  # 20240305
        n = numbers[0]
        return _exists(n // 10000, n // 100 % 100, n % 100)
    has_year = "년" in text or "年" in text or len(numbers) == 3 or (numbers and numbers[0] > 31)
    if has_year:
        year, month, day = [*numbers, 1, 1][:3]
        if year < 100:
            year += 2000
        return _exists(year, month, day)
    month, day = [*numbers, 1][:2]
    return _exists(2000, month, day)


def _exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2099
