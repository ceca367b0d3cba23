import pytest

from emr_deid.recognizers.zh.identifier import ChineseOtherIdentifierRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseOtherIdentifierRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("检查号：202403050017  门诊号：88812345", "202403050017"),
        ("影像号 CT20240305", "CT20240305"),
        ("病理号：P2024-01234，冰冻切片", "P2024-01234"),
        ("标本条码 1002345678", "1002345678"),
        ("门诊流水号：MZ202400123", "MZ202400123"),
        ("起搏器序列号：PJN123456", "PJN123456"),
        ("退费请提供银行账号：6222021234567890123", "6222021234567890123"),
        ("发票号码 00123456", "00123456"),
        ("家属车牌号：京A12345", "京A12345"),
        ("车牌 粤B·D12345", "粤B·D12345"),
        ("微信号：zhang_wei1985", "zhang_wei1985"),
        ("QQ 123456789", "123456789"),
        ("体检编号：TJ2024000123", "TJ2024000123"),
        ("处方号 CF20240305001", "CF20240305001"),
    ],
)
def test_finds_identifiers_after_their_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "检查号码待定",
        "检查结果：白细胞 12.5",
        "已通过微信联系家属",
        "车牌未登记",
        "床号：12",
        "住院号：2024001234",  # a record number, reported by the record-number recognizer
        "医保卡号：1234 5678 9012",  # an insurance number
    ],
)
def test_ignores_other_numbers_and_unlabelled_text(recognizer, found, text):
    assert found(recognizer, text) == []
