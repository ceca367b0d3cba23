import pytest

from emr_deid.recognizers.zh.health_insurance import ChineseHealthInsuranceRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseHealthInsuranceRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("医保卡号：1234567890123", "1234567890123"),
        ("社保卡号 A12345678，", "A12345678"),
        ("新农合号：3201234567", "3201234567"),
        ("医疗保险号 SZ-0012345", "SZ-0012345"),
        ("医保卡号：1056 6094 0194，", "1056 6094 0194"),
        ("社会保障卡号 110101195001011234", "110101195001011234"),
        ("新农合证号：4305210012345", "4305210012345"),
    ],
)
def test_finds_insurance_numbers_after_their_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["医保报销比例70%", "自费 12345 元", "社保卡未带"])
def test_ignores_other_numbers(recognizer, found, text):
    assert found(recognizer, text) == []
