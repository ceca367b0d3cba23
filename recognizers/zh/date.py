"""Dates in the forms Chinese clinical notes write them."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.ko.date import is_calendar_date
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer
from emr_deid.schemas.entity import EntityType

_YEAR = r"(?:19|20)\d{2}"
_CN_DIGIT = "〇零一二三四五六七八九"
_CN_YEAR = f"[{_CN_DIGIT}]{{4}}年"
_CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])月"
_CN_DAY = f"(?:三十一?|二十[{_CN_DIGIT[2:]}]?|十[{_CN_DIGIT[2:]}]?|[{_CN_DIGIT[2:]}])[日号]"

# A month and day without a year (6-7, 06-07, 6.7, 6/7) is also a ratio, a range, a value or a section
# number, so it counts as a date only with a cue: a word of time before it (于, 嘱, 自, 下次产检：) or
# after it (起, 复诊, 入院, a clock time), or its place at the head of a dated line ("04-09 主任查房").
_UNIT_AFTER = r"[ \t]?(?:[%A-Za-zμ×*℃]|[次度分天周月年岁个片粒支瓶袋级期项枚例倍]|小时)"  # 3-5天, 1.5mg: not dates
_SHORT = r"(?:0?[1-9]|1[0-2])([.\-/])(?:0?[1-9]|[12]\d|3[01])(?![\d.\-/]?\d|" + _UNIT_AFTER + ")"
# Not inside a longer number; "2.6-7" is list item 2 and the date 6-7.
_SHORT_START = r"(?<!第)(?:(?<![\d.\-/])|(?<=^\d\.)|(?<=[\s；;。，,]\d\.))"  # 第1-2行 is "lines 1-2"
# Words that make "3月" a count of months: 近3月 "the last 3 months", 约2月 "about 2 months".
_NOT_DURATION_BEFORE = r"(?<![近约共满逾历])"
_BEFORE_SHORT = (
    r"(?:于|嘱(?:患者|病人|其|家属)?|自|截至|定于|约于|预约|"
    r"(?:日期|时间|产检|复诊|复查|随访|就诊|手术|入院|出院|来院|门诊|检查)[ ]?[:：][ ]?)"
)
_AFTER_SHORT = (
    r"(?=[ ]?(?:[日号]?(?:起|开始|以来|至今|复诊|复查|随诊|随访|就诊|来院|入院|出院|返院|住院|手术|出现|发病|发现|"
    r"于|晨起|上午|下午|中午|凌晨|零时|夜间)|[ ]\d{1,2}[:：]\d{2}))"
)
# Words of a day's events after 3-5 or 3/5 ("3-5行PCI术", "3/5予抗感染", "6-6转来", "6-7从北京返回"); after 3.5
# they follow lab values as often ("血钾3.2予补钾"), so not there.
_EVENT_AFTER_UNDOTTED = r"(?=[ ]?(?:行|予|给予|在|患者|病人|查房|诉|主诉|晚|夜|转来|转入|转出|从))"
# Either end of a range of days: "3-5至3-10", "3月5日至3-10". Not with dots, which write reference
# ranges ("血钾3.5~5.5"), nor before a unit ("1-2至3-4级").
_RANGE_MARK = r"[ ]?(?:至|到|~|～|—|－)[ ]?"
_UNDOTTED_SHORT = r"(?:0?[1-9]|1[0-2])[\-/](?:0?[1-9]|[12]\d|3[01])"
_RANGE_END = r"(?:0?[1-9]|1[0-2])(?:[\-/]|月)(?:0?[1-9]|[12]\d|3[01])(?![\d.\-/]?\d|" + _UNIT_AFTER + ")"


class ChineseDateRecognizer(ChinesePatternRecognizer):
    """2024年3月5日, 2024年3月, 3月5日/号, 2024-03-05, 2024/3/5, 2024.3.5, 20240305, dates in Chinese
    numerals (二〇二四年三月五日), and 6-7, 6.7, 6/7 with a cue. Each is checked to be a real calendar day."""

    # Scanned several times faster by the other regex engine, same matches (see SpanPatternRecognizer.ON_RE).
    ON_REGEX = frozenset({"chinese numerals", "two-digit year with units"})

    PATTERNS = [
        Pattern(
            "year month day",
            # 3月5日10时; a month alone is no duration: 近3月来, 约2月, 3月余, 3月前 (months, not March)
            r"(?<!\d)(?:" + _YEAR + r"[ \t]?年[ \t]?\d{1,2}[ \t]?月(?:[ \t]?\d{1,2}[ \t]?[日号]|(?![ \t]?\d))"
            r"|\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?[日号]|"
            + _NOT_DURATION_BEFORE
            + r"\d{1,2}[ \t]?月(?![ \t]?\d|[余内前]))",
            0.85,
        ),
        # A two-digit year only with a month and a day: "病程10年3月" is a duration.
        Pattern(
            "two-digit year with units", r"(?<!\d)\d{2}[ \t]?年[ \t]?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?[日号]", 0.8
        ),
        Pattern("year and month", r"(?<!\d)" + _YEAR + r"[ \t]?年(?=[ \t]?(?:初|底|末|中))", 0.5),
        Pattern("numeric y-m-d", r"(?<![\d.\-/])" + _YEAR + r"([.\-/])\d{1,2}\1\d{1,2}(?![\d])", 0.8),
        Pattern(
            "compact yyyymmdd",
            r"(?<![\dA-Za-z\-])" + _YEAR + r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d\-])",
            0.5,
        ),
        Pattern(
            "two-digit year",
            r"(?<![\d.\-/])\d{2}([.\-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d]|[.\-/]\d)",
            0.6,
        ),
        Pattern("numeric year-month", r"(?<![\d.\-/])" + _YEAR + r"([.\-/])(?:0?[1-9]|1[0-2])(?![\d]|\1\d)", 0.6),
        Pattern("chinese numerals", f"(?:{_CN_YEAR})?{_CN_MONTH}(?:{_CN_DAY})?", 0.7),
        Pattern("month-day after a time word", rf"{_BEFORE_SHORT}(?P<phi>{_SHORT_START}{_SHORT})", 0.7),
        Pattern("month-day before a time word", rf"(?P<phi>{_SHORT_START}{_SHORT}){_AFTER_SHORT}", 0.7),
        Pattern(
            "undotted month-day before an event",
            rf"(?=\d)(?P<phi>{_SHORT_START}{_UNDOTTED_SHORT})(?![\d.\-/]?\d){_EVENT_AFTER_UNDOTTED}",
            0.7,
        ),
        Pattern(
            "month-day opening a range",
            rf"(?=\d)(?P<phi>{_SHORT_START}{_UNDOTTED_SHORT})(?!\d){_RANGE_MARK}{_RANGE_END}",
            0.7,
        ),
        Pattern(
            "month-day closing a range",
            rf"(?=\d){_SHORT_START}(?:0?[1-9]|1[0-2])(?:[\-/]|月)\d{{1,2}}[日号]?{_RANGE_MARK}"
            rf"(?P<phi>{_UNDOTTED_SHORT}(?![\d.\-/]?\d|{_UNIT_AFTER}))",
            0.7,
        ),
        # 04-09 or 4/9 heading a line; 4.9 there only zero-padded or before a ward-round title (1.2 is a section).
        Pattern(
            "month-day heading a line",
            r"^[ \t]*(?P<phi>(?:0?[1-9]|1[0-2])[\-/](?:0?[1-9]|[12]\d|3[01])|(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])"
            r"|(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])(?=[ \t][^\n]{0,12}(?:查房|病程|记录)))(?=[ \t]+\S)",
            0.65,
        ),
    ]
    CONTEXT = ["日期", "入院日期", "出院日期", "手术日期", "出生日期", "就诊日期", "时间"]

    ENTITY = EntityType.DATE.value
    LANGUAGE = "zh"

    def validate_result(self, pattern_text: str) -> bool | None:
        if not any(ch.isdigit() and ch.isascii() for ch in pattern_text):
            return None  # Chinese numerals: the pattern admits only real months and days
        return None if is_calendar_date(pattern_text) else False
