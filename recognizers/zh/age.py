"""Ages of 90 and over (HIPAA Safe Harbor): 92岁, 九十二岁, 年龄：92."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.ko.age import AGE_OVER_89
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer, after_label
from emr_deid.schemas.entity import EntityType

_CN_AGE = "(?:九十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|[一二]十[一二三四五六七八九]?)?)"
_UNIT = "(?:余|多)?(?:周岁|岁)"  # 92岁, 90余岁, 九十多岁
_NOT_QUANTITY_AFTER = r"(?![\d.]|[ \t]?(?:%|mg|kg|cm|mmHg|次|ml|mL|g|分))"


class ChineseAgeOver89Recognizer(ChinesePatternRecognizer):
    """The number is the span (92 in 92岁, 九十二 in 九十二岁): the unit identifies no one."""

    CONTEXT = ["年龄", "岁", "高龄", "age"]
    PATTERNS = [
        Pattern("age in 岁", r"(?<![\d.])(?P<phi>" + AGE_OVER_89 + r")[ \t]?" + _UNIT, 0.85),
        Pattern(
            "age in chinese numerals",
            r"(?<![一二三四五六七八九十百])(?P<phi>" + _CN_AGE + ")" + _UNIT,
            0.85,
        ),
        Pattern("sex/age", r"(?<![A-Za-z])(?:[MF男女])[ \t]?/[ \t]?(?P<phi>" + AGE_OVER_89 + r")(?!\d)", 0.8),
        Pattern("after its label", after_label(["年龄", "年纪", "Age", "age"], AGE_OVER_89) + _NOT_QUANTITY_AFTER, 0.8),
    ]

    ENTITY = EntityType.AGE_OVER_89.value
    LANGUAGE = "zh"
