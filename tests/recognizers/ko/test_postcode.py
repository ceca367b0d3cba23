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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Address: 광주광역시 북구 새싹로 484 (60519) / Contact", "60519"),
        ("주소: 서울 관악구 관악로 253 행운아파트 101동 704호 (08826)", "08826"),
        ("충청북도 청주시 흥덕구 가경동 679-15 (28783)", "28783"),
    ],
)
def test_finds_a_postcode_in_brackets_after_an_address(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["WBC 12000 (10000)", "Plt 150 (15000) 감소"])
def test_five_digits_in_brackets_after_a_lab_value_are_not_a_postcode(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(("text", "expected"), [("(우 62722)", "62722"), ("우. 135-080 서울", "135-080")])
def test_finds_a_postcode_after_the_abbreviated_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["이 경우 12345 단위", "좌우 12345"])
def test_u_ending_a_word_is_no_postcode_label(recognizer, found, text):
    assert found(recognizer, text) == []
