import pytest

from emr_deid.recognizers.ko.postcode import KoreanPostcodeRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanPostcodeRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(06234) 서울특별시 강남구 테헤란로 123", "06234"),
        ("우편번호: 135-080", "135-080"),
        ("우) 13620 경기도 성남시 분당구", "13620"),
    ],
)
def test_finds_postcodes(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["PLT 25000 감소", "12345 단위", "등록번호 06234"])
def test_needs_a_label_or_an_address(recognizer, found, text):
    assert found(recognizer, text) == []
