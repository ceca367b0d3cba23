import pytest

from emr_deid.recognizers.zh.travel_permit import ChineseTravelPermitRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseTravelPermitRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("往来港澳通行证：C12345678", "C12345678"),
        ("港澳通行证号码CA1234567，", "CA1234567"),
        ("回乡证 H1234567801", "H1234567801"),
        ("台胞证：12345678", "12345678"),
        ("大陆居民往来台湾通行证 L12345678", "L12345678"),
    ],
)
def test_finds_permits_after_a_permit_word(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["C12345678", "通行证已过期", "住院号12345678"])
def test_needs_a_permit_word(recognizer, found, text):
    assert found(recognizer, text) == []
