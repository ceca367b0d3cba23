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


# Code-mixed notes (ko-en): journeys, family homes and arrivals said in either language, romanized names.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("경기 여행 후 diarrhea", ["경기"]),
        ("충청 본가 방문 후 fever", ["충청"]),
        ("충청에서 ER 경유 admit", ["충청"]),
        ("전라의 local clinic에서 f/u", ["전라"]),
        ("recent travel to 충청", ["충청"]),
        ("고향은 충청", ["충청"]),
        ("경상 쪽에 사는 딸", ["경상"]),
        ("대치동에서 요양 중", ["대치동"]),
        ("충청에서 온 환자", ["충청"]),
        ("Seoul 본가", ["Seoul"]),
        ("Jeju trip 후 fever", ["Jeju"]),
        ("Goyang에서 KTX로 통원 중", ["Goyang"]),
        ("Busan으로 이사 예정", ["Busan"]),
        ("Gangneung에서 transfer", ["Gangneung"]),
        ("returned from Jeolla-do", ["Jeolla-do"]),
        ("최근강릉시로 이사하여", ["강릉시"]),
        ("시작되어전라 여행 중", ["전라"]),
        ("경상에 사시는 아들", ["경상"]),
        ("충청에서 근무 중", ["충청"]),
        ("현재 경상 체류 중", ["경상"]),
        ("본가는 충청", ["충청"]),
        ("based in Busan", ["Busan"]),
        ("Seoul 출장 후", ["Seoul"]),
    ],
)
def test_finds_places_in_code_mixed_prose(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "경기 후 ER 내원",
        "경기의 양상 관찰",
        "Dr. Lee Jinju에게 noti",
        "Kim Busan으로",
        "축구 경기 방송",
        "연구에서 제외",
        "운동에서 온 근육통",
        "야간 근무 중",
        "경기 중 근무",
    ],
)
def test_no_place_near_the_code_mixed_cues(recognizer, found, text):
    assert found(recognizer, text) == []


def test_a_place_run_into_the_word_home(recognizer, found):
    assert found(recognizer, "발생장소:서귀포시자택") == ["서귀포시"]


def test_a_province_and_district_run_into_the_word_before_them(recognizer, found):
    assert found(recognizer, "최근강원특별자치도 강릉시로 이사하여") == ["강원특별자치도 강릉시"]
