"""Dates in the forms Korean clinical notes write them."""

from __future__ import annotations

import datetime as dt
import re

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.schemas.entity import EntityType

_YEAR = r"(?:19|20)\d{2}"
_MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# Tests, procedures and encounters that code-mixed notes date in passing: "3/5 CT상", "12.3 Bx 결과",
# "Echo 3.5: EF 55%", "11.27 OP 예정". Whole words only: "HER2", "CTx" are something else.
_PROCEDURES = (
    r"(?<![A-Za-z])(?:CT|MRI|MRA|CXR|EGD|CFS|ERCP|PCI|CAG|Bx|[Bb]iopsy|[Ee]cho|ECG|EKG|EEG|EMG|PET|PFT|USG?|[Ss]ono|"
    r"OP|op|ER|ED|[Ss]urgery|ESD|TACE|RFA|[Aa]dmit|[Aa]dmission|bx|[Ss]tent|[Oo]nset|C\d{1,2}D\d{1,2}|"
    # procedures named by their English endings: "appendectomy", "colonoscopy", "extubation", "C-line insertion"
    r"[a-z]+(?:ectomy|otomy|ostomy|scopy|plasty|graphy|ubation|ertion|moval))(?![A-Za-z])"
)
# Korean words that date what they follow: "3/5자 lab" (dated), "3/5 당시", "3/5 타원에서" (at another hospital).
_DATING_WORDS = r"(?:(?:자|당시|사망|진단|발병|발생)(?![가-힣])|타원(?:에서|에서의)?(?![가-힣]))"
# When a drug, a line or a symptom changed, and the time of day: "3.5 항생제 변경", "12/3 foley 제거", "3.5 오전".
_CHANGE_WORDS = r"(?:변경|중단|시작|삽입|제거|재입원|첫|처음|오전|오후|새벽|야간|부(?![가-힣]))"
# "Since" and "before" follow values too ("power 3/5 이후 호전", "Cr 1.2 이후 감소"): a date only without a word
# written before it.
_SINCE_WORDS = r"(?:이후|이전|전후)(?![가-힣])"
_MONTH_NAMES = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Words after a bare month/day ("3/5 내원") that make it a date and not a score or ratio ("power 3/5").
_EVENT_WORDS = (
    r"경|부터|까지|내원|입원|퇴원|전원|수술|시행|방문|외래|응급|재원|검사|진료|추적|재검|재진|예약|예정|출국|입국|항암|"
    r"f/u|F/U|OP\b|op\b|HD\b|ER\b|OPD|admission|discharge|visit|progress|note|with Dr|\d{1,2}:\d{2}|"
    r"\((?:월|화|수|목|금|토|일)\)|" + _PROCEDURES + "|" + _DATING_WORDS
)
_EVENT_AFTER = r"(?=[ \t]?(?:일|에|~|-[ \t]?\d|\(|" + _EVENT_WORDS + "))"
# After a dotted month.day only words that cannot follow a lab value: "lactate 2.1 f/u", "Cr 1.2 추적" are values.
_DOTTED_EVENT_WORDS = (
    r"경|부터|까지|내원|입원|퇴원|전원|수술|시행|방문|외래|응급|재원|진료|예약|초진|재진|출국|입국|항암|OPD|admission|discharge|"
    r"visit|progress|note|"
    r"\d{1,2}:\d{2}|\((?:월|화|수|목|금|토|일)\)"
)
# A month and day without a year: 3/5, 03/05, 3.5. The dotted form is also a decimal (Cr 1.2), so it is
# taken only with a clinical-event word before or after it, never with 일/에/( after it (2.5일, 1.2 (H)).
_MONTH_DAY = r"(?<!\d)(?<!\d[./:\-])(?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12]\d|3[01])(?![\d]|[./]\d)"
_NOT_QUANTITY = (
    r"(?![ \t]?(?:mg|g\b|kg|ml|mL|cc|cm|mm|%|(?:배|일간|시간|주|개월|회|점|정|알)(?![가-힣])|용량|days?|weeks?|"
    r"hrs?|L\b|"
    r"mEq|mmol|IU|tabs?\b|caps?\b|amps?\b|units?\b|"
    r"U\b|x\b|×))"
)
# Words that name a scale, a count or a pair of values before a slashed number: "power 3/5", "NRS 3/10",
# "Gr 2/6 murmur", "AST/ALT 12/10", "근력 4/5". Python's lookbehind has a fixed width, hence one per form.
_SCALE_WORDS = (
    "power", "motor", "strength", "grade", "gr", "nrs", "vas", "pain", "gcs", "score", "ratio", "reflex", "dtr",
    "murmur", "sensory", "cycle", "fraction", "session", "tab", "tabs", "dose", "ps", "ecog", "apgar", "mmt",
    "bp", "hr", "level", "stage", "rt", "lt", "rt.", "lt.", "both", "ln", "근력", "통증", "점수", "등급", "주기",
    "회차", "차수", "비율", "혈압", "용량",
)  # fmt: skip
_NOT_AFTER_A_SCALE = "".join(
    f"(?<!{re.escape(form)}{gap})"
    for word in _SCALE_WORDS
    for form in dict.fromkeys((word, word.capitalize(), word.upper()))  # in order: the same pattern every run
    for gap in ("", " ", ":", ": ")
) + "".join(f"(?<!/[A-Za-z]{{{n}}}{gap})" for n in range(1, 5) for gap in (" ", ": "))
# ... and after a spinal or nerve-root level, the power of its muscles: "C5 4/5 C6 4/5", "L4 5/5"
_NOT_AFTER_A_SCALE += r"(?<![A-Za-z]\d )(?<![A-Za-z]\d\d )"
# ... and a later value of a trend: "pain 3/10 → 1/10"
_NOT_AFTER_A_SCALE += r"(?<!→)(?<!→ )(?<!->)(?<!-> )"
# A month.day with no word written before it, nor a word and a colon: "Cr 1.2", "K:3.5" are values.
_NO_WORD_BEFORE = r"(?=\d)(?<![A-Za-z])(?<![A-Za-z][ \t])(?<![A-Za-z]:)(?<![A-Za-z]:[ \t])"
# Words before a date that say an event happens on it: "다음 방문 9.23", "다음 8/15", "예정일은 12.25",
# "Adm 12/20, D/C 1/2", "HD #3 12/08", "ICU day #6 (3/5)", and the date of a handover or a counselling
# session: "<인계> 6/13 나이트", "상담 4/11".
_EVENT_BEFORE = (
    r"(?:다음(?:[ \t]?(?:방문|외래|진료|내원))?|예정일[은는]?|방문|외래|내원|내일|입원|퇴원|수술|재검|재진|예약|추적|"
    r"진료일|회신|"
    r"입원기간|재원기간|(?:인계|상담|면담)[>\]]?|"
    r"Adm(?:ission|itted)?|D/C|DC|[Dd]ischarge[d]?|OPD|ER|f/u|F/U|FU|[Ff]ollow[- ]up|"
    r"[Nn]ext visit|[Vv]isit|[Ss]ince|[Ss]een|DOS|[Dd]ated?|(?:HD|POD|[Dd]ay)[ \t]?#[ \t]?\d{1,3}(?:[ \t]?\(|,)?|"
    # a test or procedure and its date, bracketed or not: "MRI (12/3)상", "s/p PCI (3/5)"; the day of an event;
    # a preposition of time: "on 11.27,", "until 3/5"
    + _PROCEDURES
    + r"|사망|진단|발병|(?<![A-Za-z])(?:[Dd]x|on|[Uu]ntil|[Tt]ill|as of|noticed|started|stopped)(?![A-Za-z])"
    + r"|s/p[ \t]?[A-Za-z][A-Za-z\-]{1,11}|과거|지난"
    # a line, tube or catheter and the day it went in, bracketed: "C-line (3.4)", "PCD (12/3)"
    + r"|(?:[A-Za-z]-?line|PICC|PCD|PTBD|[Cc]atheter|[Tt]ube|[Dd]rain)[ \t]?\()"
    # a particle or a bracket between the word and its date: "다음 외래는 3/5", "CT (3/5)"
    + r"(?:[은는이가]|에는)?(?:[ \t]?\()?"
)
# The other end of a range ("3/27~04/09", "10월 23일~10/30"); two dotted ends are a decimal range (1.2~1.5).
_UNDOTTED_DATE = (
    r"(?:\d{1,2}[ \t]?월[ \t]?\d{1,2}[ \t]?일|\d{1,2}/\d{1,2}|(?:19|20)?\d{2}[./\-]\d{1,2}[./\-]\d{1,2}"
    # an English short date: "12.6~22-Dec", "3.5~Mar 9"
    r"|\d{1,2}[- ]" + _MONTH_ABBREVIATION + "|" + _MONTH_ABBREVIATION + r"[a-z]*\.?[ \t]\d{1,2})"
)
_ANY_SHORT_DATE = r"(?:" + _UNDOTTED_DATE + r"|\d{1,2}\.\d{1,2})"
_SLASHED_MONTH_DAY = _MONTH_DAY.replace("[./]", "/", 1)
_DOTTED_MONTH_DAY = _MONTH_DAY.replace("[./]", r"\.", 1)
# Month names spelt out in full or abbreviated, and nothing else (not "Marks", "Mayo").
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)


class KoreanDateRecognizer(SpanPatternRecognizer):
    """2024년 3월 5일, '24년 3월, 3월 5일, 2024.03.05, 2024. 3. 5., 24.03.05, 2024-03-05, 2024/3/5,
    20240305, Mar 5, 2024, and a bare 3/5 when an event word follows it. Each date is checked to be
    a real calendar day (a month alone gets day 1), so 13/45 or 2024.02.30 are not dates."""

    # Scanned several times faster by the other regex engine, same matches (see SpanPatternRecognizer.ON_RE).
    ON_REGEX = frozenset(
        {
            "hangul units",
            "month/day opening a range",
            "spaced month. day.",
            "month.day before an event",
            "compact yyyymmdd",
        }
    )

    PATTERNS = [
        Pattern(
            "hangul units",
            r"(?<!\d)(?:(?:" + _YEAR + r"|'?\d{2})[ \t]?년[ \t]?)?\d{1,2}[ \t]?월(?:[ \t]?\d{1,2}[ \t]?일)?(?!\d)",
            0.85,
        ),
        Pattern("year and month", r"(?<!\d)" + _YEAR + r"[ \t]?년(?=[ \t]?(?:도|초|말|경))", 0.5),
        Pattern(
            "numeric y.m.d",
            r"(?<![\d.\-/])(?:" + _YEAR + r"|'?\d{2})([.\-/])[ \t]?\d{1,2}\1[ \t]?\d{1,2}\.?(?![\d])",
            0.8,
        ),
        Pattern(
            "compact yyyymmdd",
            # "-20200703" after a title, but not inside "RA-20200703"
            r"(?:(?<![\dA-Za-z\-])|(?<=[ \t]-))" + _YEAR + r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d\-])",
            0.5,
        ),
        Pattern("numeric year-month", r"(?<![\d.\-/])" + _YEAR + r"([.\-/])(?:0?[1-9]|1[0-2])(?![\d]|\1\d)", 0.6),
        Pattern("month/day before an event", r"(?<![\d/.:])(?<!/ )\d{1,2}/\d{1,2}(?![\d/])" + _EVENT_AFTER, 0.6),
        Pattern("month.day before an event", _DOTTED_MONTH_DAY + r"(?=[ \t]?(?:" + _DOTTED_EVENT_WORDS + "))", 0.6),
        # Before a test, a procedure or a dating word a month.day is a date unless a word is written before it:
        # "Cr 1.2 CT 전 hydration", "K:3.5 이후" and "power 3/5 이후" are values, "L4/5 HNP" a spinal level.
        Pattern(
            "month/day before a procedure",
            _NO_WORD_BEFORE
            + _MONTH_DAY
            + r"(?=(?:에|에서)?[ \t]?(?:"
            + _PROCEDURES
            + "|"
            + _DATING_WORDS
            + "|"
            + _SINCE_WORDS
            + "|"
            + _CHANGE_WORDS
            + r"|(?:내원|입원|시행|방문)))",
            0.6,
        ),
        # Any procedure's acronym after a dotted date, guarded the same way: "4.17 CABG 시행", "1.12 C4 완료". Not
        # after a slashed one: "1/2 NS" is half-normal saline.
        Pattern(
            "month.day before an acronym",
            _NO_WORD_BEFORE + _DOTTED_MONTH_DAY + r"(?=[ \t][A-Z][A-Z\d]{1,5}(?![A-Za-z]))",
            0.6,
        ),
        # A dated entry: "11.27: 본원 ER 경유 입원" at the start of a line.
        Pattern(
            "month.day opening a line before a colon", r"^[ \t]*(?P<phi>" + _DOTTED_MONTH_DAY + r")(?=[ \t]?:)", 0.6
        ),
        # A bracketed date heading what follows it: "Lab (5.30): Na 134", "CXR (4/14): clear", "(3.5) Echo: EF 40%".
        Pattern(
            "bracketed month/day before a colon or a procedure",
            r"[(（](?P<phi>" + _MONTH_DAY + r")[)）][ \t]?(?::|(?=" + _PROCEDURES + "))",
            0.6,
        ),
        # A slashed month/day in running prose: a date, unless it is a score, a count or a pair of values. Those
        # follow a word that names the scale ("power 3/5", "NRS 3/10", "AST/ALT 12/10"), are the common fractions
        # (1/2, 2/3), run into letters ("L4/5", "x3/5") or precede a unit, a count or a murmur ("2/15 LN", "1/2 tab",
        # "2/6 systolic murmur").
        Pattern(
            "slashed month/day in prose",
            # the digit first: the many fixed-width lookbehinds are then tried only where a date can start
            r"(?=\d{1,2}/)"
            + _NOT_AFTER_A_SCALE
            + r"(?<![A-Za-z\d/.:#×*+\-'’])(?!(?:1/[234]|2/3|3/4)(?!\d))"
            + _SLASHED_MONTH_DAY
            + _NOT_QUANTITY
            + r"(?![ \t]?(?:정도|이상|이하|가량|미만|초과|만큼|씩|점|명|개|건|차|of\b|in\b|→|->|[-~+][ \t]?\d|"
            + r"\((?:[+-]|양성|음성)\)|(?i:LNs?|lymph|nodes?|bottles?|sets?|positive|negative|cores?|slides?"
            + r"|extremities|limbs|systolic|diastolic|holosystolic|murmur|SEM)\b))",
            0.6,
        ),
        # Zero-padded month/day anywhere: scores and ratios are never padded ("(03/05)", "01/12 f/u").
        Pattern(
            "padded month/day",
            r"(?<![\d/.:\-])(?:0[1-9]/(?:0[1-9]|[12]\d|3[01])|1[0-2]/0[1-9])(?![\d/]|\.\d)",
            0.6,
        ),
        # Month and day as "2024. 3. 5." writes them, without the year: "3. 5.(화) 외래". A numbered list
        # ("1. 2. 3.") has the same shape, so only before a weekday or an event word.
        Pattern(
            "spaced month. day.",
            r"(?<![\d.])(?:0?[1-9]|1[0-2])\.[ ](?:0?[1-9]|[12]\d|3[01])\.(?=[ \t]?(?:" + _DOTTED_EVENT_WORDS + "))",
            0.6,
        ),
        Pattern("month/day run into a sentence", _SLASHED_MONTH_DAY + r"(?=[ \t]?(?:" + _EVENT_WORDS + "))", 0.6),
        Pattern(
            "month/day after an event word",
            _EVENT_BEFORE
            + r"[ \t]?[:：]?[ \t]?(?P<phi>"
            + _MONTH_DAY
            + ")"
            + _NOT_QUANTITY
            + r"(?:(?![가-힣])|(?=오전|오후|부터|까지))",
            0.6,
        ),
        Pattern(
            "month.day closing a range after an event word",
            _EVENT_BEFORE
            + r"[ \t]?[:：]?[ \t]?"
            + _MONTH_DAY
            + r"[ \t]?[~〜][ \t]?(?P<phi>"
            + _MONTH_DAY
            + ")"
            + _NOT_QUANTITY,
            0.6,
        ),
        # An open range, "since": "3.5~ pip/tazo 사용 중", "12/3~ 입원 중"; a decimal range has a number after "~".
        Pattern("month/day opening an open range", r"(?P<phi>" + _MONTH_DAY + r")[ ]?[~〜](?![ \t]*[\d.])", 0.6),
        Pattern(
            "month/day closing a range", _ANY_SHORT_DATE + r"[ \t]?[~〜][ \t]?(?P<phi>" + _SLASHED_MONTH_DAY + ")", 0.6
        ),
        Pattern("month.day closing a range", _UNDOTTED_DATE + r"[ \t]?[~〜][ \t]?(?P<phi>" + _MONTH_DAY + ")", 0.6),
        Pattern(
            "month/day opening a range", r"(?P<phi>" + _SLASHED_MONTH_DAY + r")[ \t]?[~〜][ \t]?" + _ANY_SHORT_DATE, 0.6
        ),
        Pattern("month.day opening a range", r"(?P<phi>" + _MONTH_DAY + r")[ \t]?[~〜][ \t]?" + _UNDOTTED_DATE, 0.6),
        Pattern(
            "month/day in a heading",
            r"(?:^|\]|경과|기록|요청|progress|note)[ \t]*(?P<phi>" + _MONTH_DAY + r")[ \t]*$",
            0.6,
        ),
        # The first cell of a table row whose header names it a date column: "| 8.25 | 22 | 0.8 |". Only
        # where such a header is (see `_patterns_for`): elsewhere a number in a first cell is any value.
        Pattern("month/day in a date column", r"^\|[ \t]*(?P<phi>" + _MONTH_DAY + r")[ \t]*\|", 0.6),
        # A zero-padded month/day opening a line is a dated entry ("02/14 progress note"); scores are not padded.
        Pattern(
            "padded month/day opening a line",
            r"^[ \t]*(?P<phi>(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01]))(?=[ \t]+[^\d\s/])",
            0.6,
        ),
        Pattern(
            "day-month",
            r"(?<![\dA-Za-z])\d{1,2}[- ]" + _MONTH_WORD + r"(?:[- ](?:19|20)?\d{2})?(?![A-Za-z\d])",
            0.7,
        ),
        Pattern(
            "month name and day",
            r"(?<![A-Za-z])" + _MONTH_WORD + r"[ \t]\d{1,2}(?:st|nd|rd|th)?(?![\d:.,]\d|[ \t]?(?:mg|%|세))",
            0.6,
        ),
        Pattern(
            "english",
            r"\b(?:"
            + _MONTH_NAMES
            + r"[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t]"
            + _YEAR
            + r"|\d{1,2}[ \t]"
            + _MONTH_NAMES
            + r",?[ \t]"
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
        in_date_column = "month/day in a date column"
        self._date_column = [(p, regex) for p, regex in self._compiled if p.name == in_date_column]
        self._general = [(p, regex) for p, regex in self._compiled if p.name != in_date_column]
        self._without_ranges = [(p, regex) for p, regex in self._general if "range" not in p.name]

    def _patterns_for(self, text: str) -> list[tuple[Pattern, re.Pattern]]:
        """Range patterns only where there is a range: they start at every digit, and most notes have none;
        the date-column pattern only under a table header whose first cell names a date."""
        patterns = self._general if "~" in text or "〜" in text else self._without_ranges
        return patterns + self._date_column if _DATE_COLUMN_HEADER.search(text) else patterns

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if is_calendar_date(pattern_text) else False


# A table header row whose first cell names the column a date: "| date | ESR | CRP |", "| 검사일 | Hb |".
_DATE_COLUMN_HEADER = re.compile(
    r"^\|[ \t]*(?:(?i:date|day)|날짜|일자|일시|검사일|채혈일|방문일|시행일)[ \t]*\|", re.MULTILINE
)
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
