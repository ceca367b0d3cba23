import pytest

from emr_deid.recognizers.ko.location import KoreanLocationRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanLocationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("서울 거주 중인 72세 남자", "서울"),
        ("경기도 수원시에서 전원됨", "경기도 수원시"),
        ("수원 출신", "수원"),
        ("충북 청주시 흥덕구 거주", "충북 청주시 흥덕구"),
        ("경상북도 안동시 풍산읍에서 농사", "경상북도 안동시 풍산읍"),
        ("대구에서 내원", "대구"),
        ("강남구 거주", "강남구"),
    ],
)
def test_finds_places(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["서울대병원 외래 f/u", "부산물 제거", "경기를 일으킴", "구리 수치 정상", "상주 보호자 있음", "화성 탐사"],
)
def test_ignores_words_that_contain_or_resemble_places(recognizer, found, text):
    assert found(recognizer, text) == []
