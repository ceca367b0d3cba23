"""Korean districts, towns and neighbourhoods named on their own (issue #4)."""

import pytest

from emr_deid.recognizers.ko.location import KoreanLocationRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanLocationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("분당에서 이사 온 뒤 통원", ["분당"]),
        ("일산 거주, 독거", ["일산"]),
        ("가평에서 전원됨", ["가평"]),
        ("대치동 거주 중", ["대치동"]),
        ("정자동에서 거주", ["정자동"]),
        ("주소: 역삼동", ["역삼동"]),
        ("거주지: 분당", ["분당"]),
        ("가평군 청평면에서 이사", ["가평군 청평면"]),
        ("순천에서 이송되어 옴", ["순천"]),
        ("서울 강남 거주", ["서울 강남"]),
        ("부산사람, 해운대거주", ["부산", "해운대"]),
        ("경기 지역 거주", ["경기"]),
        ("경상 지역에서 이사", ["경상"]),
        ("경기에서 전원됨", ["경기"]),
        ("Residence: 경기", ["경기"]),
        ("lives in 분당", ["분당"]),
    ],
)
def test_finds_places(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "3층병동에서 이송됨",
        "본관 7병동에서 전원",
        "고령 거주자로 독거",
        "아동 거주 시설",
        "검사 결과 음성에서 양성으로",
        "응급실에서 전원",
        "수면 중 이송",
        "진도 나가지 않음",
        "경기 양상 관찰, 경기 2회",
        "경기 후 의식 저하",
        "강남세브란스병원에서 전원",
        "가와사키병 의심, 내과 협진",
        "이홍성님 내원",
        "운동 후 이사 준비",
    ],
)
def test_no_place(recognizer, found, text):
    assert found(recognizer, text) == []
