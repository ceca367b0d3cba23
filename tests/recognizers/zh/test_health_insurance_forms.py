"""Insurance numbers after the labels Chinese forms use (issue #4)."""

import pytest

from emr_deid.recognizers.zh.health_insurance import ChineseHealthInsuranceRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseHealthInsuranceRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("社会保障号 123456789", "123456789"),
        ("医保卡号（123456789012）", "123456789012"),
        ("医保电脑号：1234567890", "1234567890"),
        ("电脑号 0012345678", "0012345678"),
        ("医保证号:A12345678", "A12345678"),
        ("医疗保险证号 12345678", "12345678"),
        ("居民医保卡号：1234 5678 9012", "1234 5678 9012"),
        ("参保人员编号 4401234567", "4401234567"),
        ("医保卡號：123456789012", "123456789012"),  # traditional characters
        ("医保号码 440123456789", "440123456789"),
    ],
)
def test_finds_numbers_after_real_world_labels(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["费别：城镇职工医保", "医保卡未带", "新农合报销比例70%", "社保卡号（未提供）"])
def test_no_insurance_number(recognizer, found, text):
    assert found(recognizer, text) == []
