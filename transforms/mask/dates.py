"""Dates as the detector finds them in Korean, Chinese and English notes: parse, shift, re-render.

A date is re-rendered in its own form: only the year, month and day fields of the span are replaced,
so separators, spacing, zero padding, two-digit years, month-name style and any time of day stay as
written (2024년 3월 5일 stays 2024년 3월 5일, 5-Mar-2024 stays 5-Mar-2024).

Forms without a year (3월 5일, 3/5, March 5) are placed in the note's authored year (else a leap
reference year) before shifting, so a patient's partial dates shift consistently too. Month-only forms
(2024년 3월, Mar 2024) shift their mid-month day and keep its month; year-only forms their mid-year day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from emr_deid.transforms.mask.keys import MaskingKey

_MONTH_NAME = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_LEAP_REFERENCE_YEAR = 2000  # any day/month written without a year is valid in it, 2/29 included
_MONTH_ANCHOR_DAY = 15
_YEAR_ANCHOR = (7, 2)


class Precision(Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class DateForm:
    name: str
    pattern: re.Pattern[str]
    precision: Precision
    year_suffix: str = ""  # how a year alone is written in this form's language: 년, 年 or nothing


def _form(name: str, regex: str, precision: Precision, year_suffix: str = "") -> DateForm:
    return DateForm(name, re.compile(regex, re.IGNORECASE), precision, year_suffix)


_DAY, _MONTH, _YEAR = Precision.DAY, Precision.MONTH, Precision.YEAR
# Tried in order; the first form that matches the whole span and gives a real date wins.
FORMS: tuple[DateForm, ...] = (
    _form("ko_ymd", r"(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일", _DAY, "년"),
    _form("ko_ym", r"(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월", _MONTH, "년"),
    _form("ko_md", r"(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일", _DAY, "년"),
    _form("ko_y", r"(?P<y>\d{4})\s*년", _YEAR, "년"),
    _form("zh_ymd", r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]", _DAY, "年"),
    _form("zh_ym", r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月", _MONTH, "年"),
    _form("zh_md", r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]", _DAY, "年"),
    _form("zh_y", r"(?P<y>\d{4})\s*年", _YEAR, "年"),
    # 2024-03-05, 2024.03.05, 2024. 3. 5., 2024/3/5, with an optional time of day
    _form("ymd", r"(?P<y>\d{4})\s*(?P<sep>[-./])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})\.?" + _TIME, _DAY),
    # HL7 v2 DT/DTM: 20240305, 202403051030, 20240305103000+0900
    _form("ymd_compact", r"(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\d{2,6}(?:\.\d+)?(?:[+-]\d{4})?)?", _DAY),
    _form("yy_md", r"(?P<y>\d{2})(?P<sep>[-.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\.?", _DAY),  # 24.03.05
    _form("ym", r"(?P<y>\d{4})(?P<sep>[-./])(?P<m>\d{1,2})", _MONTH),
    _form("mdy", r"(?P<m>\d{1,2})(?P<sep>[/-])(?P<d>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})" + _TIME, _DAY),
    _form("dmy", r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})", _DAY),  # 25/03/2024
    _form("md", r"(?P<m>\d{1,2})/(?P<d>\d{1,2})", _DAY),
    _form("en_mdy", _MONTH_NAME + r"\.?\s+(?P<d>\d{1,2})" + _ORDINAL + r",?\s+(?P<y>\d{4})", _DAY),
    _form("en_dmy", r"(?P<d>\d{1,2})" + _ORDINAL + r"(?:\s+|-)" + _MONTH_NAME + r"\.?,?(?:\s+|-)(?P<y>\d{4})", _DAY),
    _form("en_my", _MONTH_NAME + r"\.?,?\s+(?P<y>\d{4})", _MONTH),
    _form("en_md", _MONTH_NAME + r"\.?\s+(?P<d>\d{1,2})" + _ORDINAL, _DAY),
    _form("en_dm", r"(?P<d>\d{1,2})" + _ORDINAL + r"\s+" + _MONTH_NAME, _DAY),
    _form("y", r"(?P<y>(?:19|20)\d{2})", _YEAR),
)

_MONTHS_FULL = tuple(calendar.month_name[m] for m in range(1, 13))
_MONTH_BY_PREFIX = {name[:3].lower(): number for number, name in enumerate(_MONTHS_FULL, start=1)}


@dataclass(frozen=True)
class ParsedDate:
    """A date span understood: its form, the match (to re-render in place) and the date it names."""

    form: DateForm
    match: re.Match[str]
    date: dt.date  # for forms without a year, placed in the reference year
    has_year: bool


def _full_year(digits: str) -> int:
    if len(digits) == 4:
        return int(digits)
    return 2000 + int(digits) if int(digits) < 70 else 1900 + int(digits)  # POSIX %y pivot


def _month(match: re.Match[str]) -> int:
    if match.groupdict().get("mon"):
        return _MONTH_BY_PREFIX[match["mon"][:3].lower()]
    return int(match["m"])


def _anchor(form: DateForm, match: re.Match[str], year: int) -> dt.date:
    if form.precision is Precision.YEAR:
        return dt.date(year, *_YEAR_ANCHOR)
    day = int(match["d"]) if form.precision is Precision.DAY else _MONTH_ANCHOR_DAY
    return dt.date(year, _month(match), day)


def parse_date(span: str, reference_year: int | None = None) -> ParsedDate | None:
    """The date a detected span names, or None when no supported form reads it as a real date."""
    text = span.strip()
    for form in FORMS:
        match = form.pattern.fullmatch(text)
        if match is None:
            continue
        has_year = "y" in match.groupdict()
        years = [_full_year(match["y"])] if has_year else [reference_year or _LEAP_REFERENCE_YEAR, _LEAP_REFERENCE_YEAR]
        for year in years:
            try:
                return ParsedDate(form, match, _anchor(form, match, year), has_year)
            except ValueError:
                continue
    return None


def _month_name(original: str, month: int) -> str:
    full = _MONTHS_FULL[month - 1]
    is_full = original.lower() == _MONTHS_FULL[_MONTH_BY_PREFIX[original[:3].lower()] - 1].lower()
    name = full if is_full else ("Sept" if month == 9 and original.lower() == "sept" else full[:3])
    if original.isupper():
        return name.upper()
    return name.lower() if original.islower() else name


def _field(original: str, value: int) -> str:
    return f"{value:0{len(original)}d}" if len(original) == 2 else str(value)


def render(parsed: ParsedDate, new: dt.date) -> str:
    """The span rewritten in its own form with the fields of `new`."""
    match, text = parsed.match, parsed.match.string
    replacements = {"y": new.year % 100 if len(match["y"] or "") == 2 else new.year} if parsed.has_year else {}
    if parsed.form.precision is not Precision.YEAR:
        replacements["m"] = new.month
        replacements["mon"] = new.month
    if parsed.form.precision is Precision.DAY:
        replacements["d"] = new.day
    pieces, cursor = [], 0
    for group in sorted(
        (g for g in replacements if match.groupdict().get(g) is not None), key=lambda g: match.start(g)
    ):
        original = match[group]
        pieces.append(text[cursor : match.start(group)])
        pieces.append(_month_name(original, new.month) if group == "mon" else _field(original, replacements[group]))
        cursor = match.end(group)
    pieces.append(text[cursor:])
    return "".join(pieces)


def shift(parsed: ParsedDate, days: int) -> str:
    return render(parsed, parsed.date + dt.timedelta(days=days))


def year_only(parsed: ParsedDate) -> str | None:
    """Just the year, in the form's language (2024년, 2024年, 2024); None when the span has no year."""
    if not parsed.has_year:
        return None
    return f"{parsed.date.year}{parsed.form.year_suffix}"


def patient_offset_days(key: MaskingKey | None, patient_key: str | None, min_days: int, max_days: int) -> int:
    """The patient's shift, the same for every one of their dates; notes without a patient share one."""
    if min_days == max_days or key is None:
        return min_days
    digest = key.digest("date-shift", patient_key or "")
    return min_days + int.from_bytes(digest[:8], "big") % (max_days - min_days + 1)


def reference_year(authored: str | None) -> int | None:
    """The year of an ISO 8601 authored timestamp, which places dates written without a year."""
    if authored and re.match(r"\d{4}", authored):
        return int(authored[:4])
    return None
