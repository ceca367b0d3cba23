import pytest

from emr_deid.recognizers.zh.ip_address import ChineseIpAddressRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseIpAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("监护数据上传至10.110.205.22。", "10.110.205.22"),
        ("IP地址192.168.1.20，终端3号", "192.168.1.20"),
        ("IP：10.0.0.1", "10.0.0.1"),
    ],
)
def test_finds_addresses_touching_han_characters(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["版本1.2.3.4.5已更新", "数值256.1.1.1无效", "血钾3.5mmol/L，钠138", "日期2024.3.5", "编号A10.1.2.3"],
)
def test_ignores_numbers_that_are_no_address(recognizer, found, text):
    assert found(recognizer, text) == []
