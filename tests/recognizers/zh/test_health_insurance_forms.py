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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("患者医保卡号为123456789012，", "123456789012"),
        ("医保卡号是A12345678。", "A12345678"),
        ("医保类型：城镇职工医保  卡号：A12345678", "A12345678"),
        ("费别：新农合（证号 1234 5678 9012）", "1234 5678 9012"),
        ("医疗付费方式：城镇职工基本医疗保险（卡号123456789012）", "123456789012"),
        ("医保（个人编号）：A12345678", "A12345678"),
        ("医保：123456789012", "123456789012"),
        ("医保信息：1234 5678 9012", "1234 5678 9012"),
        ("医疗保险：A12345678", "A12345678"),
        ("保险类别：职工医保；保险号：A12345678", "A12345678"),
    ],
)
def test_finds_numbers_labelled_by_the_scheme(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "医保：2000元",  # an amount, not a card
        "医保支付 12345678 元",
        "医保类型：职工，病案号：12345678",  # the record number's own label, in another clause
        "医保 银行卡号：6222020200112233445",  # a bank card
    ],
)
def test_scheme_words_do_not_claim_other_numbers(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("医保ID：A12345678", "A12345678"),
        ("医保电子凭证：E12345678901", "E12345678901"),
        ("参保人识别号 4401234567", "4401234567"),
        ("社保编号：123456789012", "123456789012"),
        ("医疗保险手册号 A1234567", "A1234567"),
        ("商保卡号：8801234567", "8801234567"),
        ("医 保 卡 号：123456789012", "123456789012"),
    ],
)
def test_more_insurance_labels(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text", ["医保编码：XA01BCA001", "医保目录编号（待定）", "商保理赔金额3000元", "医保统筹支付12345678元"]
)
def test_catalogue_codes_and_amounts_are_no_insurance_numbers(recognizer, found, text):
    assert found(recognizer, text) == []
