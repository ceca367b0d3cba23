import pytest

from emr_deid.recognizers.zh.passport import ChinesePassportRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChinesePassportRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("护照号码：E12345678", "E12345678"),
        ("持EA1234567护照入境", "EA1234567"),
        ("护照号 G12345678", "G12345678"),
        ("外籍患者，护照：AB1234567", "AB1234567"),
        ("美籍患者，护照号：123456789", "123456789"),
    ],
)
def test_finds_passports(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["G12345678批号", "护照未带", "e12345678", "批号P12345678", "订单123456789"])
def test_older_formats_need_a_label(recognizer, found, text):
    assert found(recognizer, text) == []
