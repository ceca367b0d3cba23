import pytest

from emr_deid.recognizers.zh.postcode import ChinesePostcodeRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChinesePostcodeRecognizer()


@pytest.mark.parametrize(("text", "expected"), [("邮编200120", "200120"), ("邮政编码：518057，", "518057")])
def test_finds_postcodes_after_their_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["住院号200120", "PLT 200120", "邮编不详"])
def test_needs_a_label(recognizer, found, text):
    assert found(recognizer, text) == []
