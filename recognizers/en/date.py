"""Dates as clinicians write them: 03/05/2024, 3/5/24, 5-Mar-2024, March 5, 2024, 2024-03-05."""

from __future__ import annotations

import datetime as dt
import re

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Day-first and compact forms are also written in capitals: "05-MAR-2024", "05MAR2024".
_MONTH_ANY_CASE = rf"(?:{_MONTH}|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ORDINAL = r"(?:st|nd|rd|th)"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
_DATE_WORD = (
    r"(?:on|admitted|admission|discharged?|dated?|since|DOS|DOB|seen|until|till|from|by|RTC|d/c|f/u|follow-up"
    r"|visit|appt|appointment|due|scheduled|note|through|thru|starting|effective|as[ \t]of|between)"
)
# Imaging and bedside studies, dated by the day they were done: "CXR 7/21", "TTE 3/5".
_STUDY = r"(?:CXR|KUB|CT|CTA|MRI|MRA|US|EKG|ECG|EEG|TTE|TEE|echo|EGD|PFTs?|cultures?|BCx|UCx)"
_CLOCK_TIME = r"(?:[01]?\d|2[0-3]):?[0-5]\d\b"
# A follow-up, a recheck or a visit planned on a month and day: "5.25 재검", "다음 10.18 f/u", "3.2复查".
_FOLLOW_UP = r"(?:f/u|F/U|follow-?up|recheck|re-check|재검|추적|외래|내원|复查|复诊|随访|门诊)"
_RANGE_MARK = r"[ \t]?(?:-|–|to|through|thru)[ \t]?"
_NOT_AFTER_SCORE = r"(?<![\d.,/])(?<!(?i:strength|power|motor|pain|score|ratio|reflexes|grade|murmur)\W{1,3})"
_NUMERIC_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%m/%d/%Y",
    "%m-%d-%Y",
    "%m/%d/%y",
    "%m-%d-%y",
    "%m.%d.%Y",
    "%d.%m.%Y",
)


class ClinicalDateRecognizer(EnglishPatternRecognizer):
    """Calendar dates with a day; month names are matched case-sensitively so "may" stays a verb."""

    # Scanned several times faster by the other regex engine, same matches (see SpanPatternRecognizer.ON_RE).
    ON_RE = frozenset({"compact day-month-year", "day-month-year"})

    PATTERNS = [
        # "2024-03-05T10:30" is a date and a time; the date is the span, as the time is not identifying.
        Pattern("ISO date", ASCII_WORDS + rf"\b(?:19|20)\d{{2}}([-/.]){_MONTH_NUMBER}\1{_DAY}(?:\b|(?=T\d))", 0.9),
        # Day first with a four-digit year, as European and Asian charts write it: "05.03.2024".
        Pattern("dotted day.month.year", ASCII_WORDS + rf"(?<![\d.])\b{_DAY}\.{_DAY}\.(?:19|20)\d{{2}}\b(?!\.\d)", 0.8),
        Pattern("compact day-month-year", ASCII_WORDS + rf"\b{_DAY}{_MONTH_ANY_CASE}(?:19|20)?\d{{2}}\b", 0.85),
        Pattern(
            "day of month",
            ASCII_WORDS + rf"\b{_DAY}{_ORDINAL}[ \t]of[ \t]{_MONTH}\b(?:,?[ \t](?:19|20)\d{{2}}\b)?",
            0.8,
        ),
        Pattern(
            "ordinal day month",
            ASCII_WORDS + rf"\b{_DAY}{_ORDINAL}[ \t]{_MONTH}\b(?:\.?,?[ \t](?:19|20)\d{{2}}\b)?",
            0.75,
        ),
        Pattern("month and apostrophe year", ASCII_WORDS + rf"\b{_MONTH}\.?[ \t]?'\d{{2}}\b", 0.6),
        Pattern(
            "US numeric date", ASCII_WORDS + rf"\b{_MONTH_NUMBER}([/-]){_DAY}\1(?:(?:19|20)\d{{2}}|\d{{2}})\b", 0.85
        ),
        Pattern(
            "day-month-year",
            # "26-Aug 14:05" is a day and a time, not August 2014
            ASCII_WORDS + rf"\b{_DAY}[- \t]{_MONTH_ANY_CASE}\.?[- \t,][ \t]?(?:(?:19|20)\d{{2}}|\d{{2}})\b(?![:.]\d)",
            0.9,
        ),
        Pattern(
            "month day, year", ASCII_WORDS + rf"\b{_MONTH}\.?[ \t]{_DAY}(?:st|nd|rd|th)?,?[ \t](?:19|20)\d{{2}}\b", 0.9
        ),
        Pattern("month day", ASCII_WORDS + rf"\b{_MONTH}\.?[ \t]{_DAY}(?:st|nd|rd|th)?\b(?![:.]\d)", 0.6),
        Pattern("month year", ASCII_WORDS + rf"\b{_MONTH}\.?,?[ \t](?:19|20)\d{{2}}\b", 0.6),
        Pattern("day-month", ASCII_WORDS + rf"\b{_DAY}-{_MONTH}\b(?![-/]\d)", 0.7),
        # "on 5 March", "5 Mar"; not "5 May", where May may be the verb ("2 tabs. 5 May cause ...").
        Pattern("day and month name", ASCII_WORDS + rf"\b{_DAY}[ \t](?!May\b){_MONTH}\b\.?(?![-/]?\d)", 0.6),
        # "3/5" alone is a ratio or a blood pressure unless a date word comes right before it, or a time after it.
        Pattern("month/day before a time", ASCII_WORDS + rf"\b{_MONTH_NUMBER}/{_DAY}(?=[ \t]{_CLOCK_TIME})", 0.7),
        Pattern(
            "month/day before a follow-up word",
            ASCII_WORDS + rf"(?<![\d.,/])\b{_MONTH_NUMBER}/{_DAY}(?![\d.,/])(?=[ \t]?{_FOLLOW_UP})",
            0.7,
        ),
        # After an English word "2.1" is a value ("lactate 2.1 f/u"); Korean and Chinese notes write dates so.
        Pattern(
            "month.day before a follow-up word",
            ASCII_WORDS + rf"(?<![A-Za-z][ \t]?)(?<![\d.,/])\b{_MONTH_NUMBER}\.{_DAY}(?![\d.,/])(?=[ \t]?{_FOLLOW_UP})",
            0.7,
        ),
        # Both ends of a range of days: "3/5-3/9", "3/5 to 3/9". Scores run over one denominator ("strength
        # 4/5-5/5", "pain 3/10 to 5/10"), so ends with the same second number are not dates.
        Pattern(
            "month/day opening a range",
            ASCII_WORDS
            + rf"{_NOT_AFTER_SCORE}\b{_MONTH_NUMBER}/(?P<day>{_DAY})"
            + rf"(?={_RANGE_MARK}(?!{_MONTH_NUMBER}/(?P=day)\b){_MONTH_NUMBER}/{_DAY}\b(?![/.]\d))",
            0.7,
        ),
        Pattern(
            "month/day closing a range",
            ASCII_WORDS
            + rf"{_NOT_AFTER_SCORE}\b{_MONTH_NUMBER}/(?P<day>{_DAY}){_RANGE_MARK}"
            + rf"\K(?!{_MONTH_NUMBER}/(?P=day)\b){_MONTH_NUMBER}/{_DAY}\b(?![/.]\d)",
            0.7,
        ),
        # A day's entry in a progress note: "3/5: afebrile, ambulating".
        Pattern("month/day heading a line", ASCII_WORDS + rf"^[ \t]*\K{_MONTH_NUMBER}/{_DAY}(?=[ \t]?:[ \t])", 0.7),
        Pattern(
            "labelled month/day",
            ASCII_WORDS + rf"(?i:\b{_DATE_WORD}(?::[ \t]{{0,3}}|[ \t]{{1,3}}))\K{_MONTH_NUMBER}/{_DAY}\b(?!/)",
            0.75,
        ),
        # When a study was done or a procedure happened: "CXR 7/21 unchanged", "s/p TAVR 6/19", "PDMP checked 5/6".
        Pattern(
            "month/day after a study or procedure",
            ASCII_WORDS
            + rf"(?i:\b(?:{_STUDY}|s/p[ \t][A-Za-z]+"
            + r"|(?:checked|collected|drawn|performed|placed|obtained)(?:[ \t]on)?)[ \t])"
            + rf"\K{_MONTH_NUMBER}/{_DAY}\b(?![/.]?\d)",
            0.7,
        ),
        # The date of a previous result, in brackets after the value and its unit: "Hgb 9.8 g/dL (10/25)".
        Pattern(
            "month/day in brackets after a lab value",
            ASCII_WORDS + rf"(?<=\d(?:[ \t]?[A-Za-z%][A-Za-z%/]{{0,5}})?[ \t]\()(?-i:{_MONTH_NUMBER}/{_DAY})(?=\))",
            0.7,
        ),
    ]
    CONTEXT = ["admission", "admitted", "discharge", "dob", "birth", "date", "seen", "surgery", "visit"]
    ENTITY = "DATE"

    def validate_result(self, pattern_text: str) -> bool | None:
        """Numeric dates must exist in the calendar (no 02/30/2024); named-month forms are kept."""
        if not re.fullmatch(r"[\d/.-]+", pattern_text) or sum(map(pattern_text.count, "/-.")) < 2:
            return None
        for date_format in _NUMERIC_FORMATS:
            try:
                dt.datetime.strptime(pattern_text, date_format)
            except ValueError:
                continue
            return True
        return False
