"""Chinese date forms from real charts (issue #4): the span is the date, never the time of day after it."""

import pytest

from emr_deid.recognizers.zh.date import ChineseDateRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseDateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年3月5日上午10时入院", ["2024年3月5日"]),
        ("二〇二四年三月五日", ["二〇二四年三月五日"]),
        ("3月5日晚出现胸痛", ["3月5日"]),
        ("于2024-03-05 10:30入院", ["2024-03-05"]),
        ("3-5行PCI术", ["3-5"]),
        ("3/5予抗感染治疗", ["3/5"]),
        ("3-5至3-10持续发热", ["3-5", "3-10"]),
        ("3月5日至3-10住院", ["3月5日", "3-10"]),
    ],
)
def test_finds_dates(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


def test_a_two_digit_year_with_its_month_and_day(recognizer, found):
    assert "24年3月5日" in found(recognizer, "24年3月5日入院")  # the engine keeps the longest of overlapping spans


@pytest.mark.parametrize(
    "text",
    [
        "血钾3.2予补钾治疗",
        "Hb 8.5予输血",
        "血钾3.5~5.5mmol/L",
        "1-2至3-4级",
        "3-5天至7天",
        "第1-2行",
        "血压 120/80mmHg",
        "病程10年余",
    ],
)
def test_no_date(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("嘱患者02-27到骨科门诊复查", ["02-27"]), ("自3月以来", ["3月"]), ("近3月5日起", ["3月5日"])],
)
def test_months_that_are_dates(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", ["患者近3月来兴趣减退", "约2月前出现", "病程3月余", "术后3月内"])
def test_a_count_of_months_is_no_date(recognizer, found, text):
    assert found(recognizer, text) == []
