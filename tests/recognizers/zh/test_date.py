import pytest

from emr_deid.recognizers.zh.date import ChineseDateRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseDateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年3月5日入院", "2024年3月5日"),
        ("于3月5日行手术", "3月5日"),
        ("3月5号复查", "3月5号"),
        ("2024年3月出院", "2024年3月"),
        ("2024-03-05 CT", "2024-03-05"),
        ("2024/3/5就诊", "2024/3/5"),
        ("2024.3.5复诊", "2024.3.5"),
        ("二〇二四年三月五日签字", "二〇二四年三月五日"),
        ("出生日期：19490101，", "19490101"),
        ("2023年底确诊", "2023年"),
    ],
)
def test_finds_dates(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["2024年2月30日", "血压120/80mmHg", "3.5mg", "入院第3天", "13月5日", "体温36.5℃", "每日3次"],
)
def test_ignores_values_and_impossible_dates(recognizer, found, text):
    assert found(recognizer, text) == []
