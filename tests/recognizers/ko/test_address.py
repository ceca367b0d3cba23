import pytest

from emr_deid.recognizers.ko.address import KoreanAddressRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("주소: 서울특별시 강남구 테헤란로 123, 4층 거주", "서울특별시 강남구 테헤란로 123, 4층"),
        (
            "경기도 성남시 분당구 정자동 123-4 래미안아파트 101동 1203호에 거주함",
            "경기도 성남시 분당구 정자동 123-4 래미안아파트 101동 1203호",
        ),
        ("부산 해운대구 우동 1234번지에서 독거", "부산 해운대구 우동 1234번지"),
        ("서울시 송파구 올림픽로 300 (신천동) 자택", "서울시 송파구 올림픽로 300 (신천동)"),
        ("수원시 장안구 정조로 940-1 거주", "수원시 장안구 정조로 940-1"),
        ("세종특별자치시 한누리대로 2130", "세종특별자치시 한누리대로 2130"),
        ("제주특별자치도 제주시 아란13길 15", "제주특별자치도 제주시 아란13길 15"),
        ("강원도 춘천시 효자동 산 12-3", "강원도 춘천시 효자동 산 12-3"),
        ("현주소 : 역삼동 123-45", "역삼동 123-45"),
        ("압구정로29길 7 거주", "압구정로29길 7"),
        ("한빛아파트 102동 503호 거주", "한빛아파트 102동 503호"),
        ("경기도 부천시 소사구 학동가 지하875", "경기도 부천시 소사구 학동가 지하875"),
        ("충청남도 용인시 강남대485로 323 (준서최읍) 거주", "충청남도 용인시 강남대485로 323 (준서최읍)"),
    ],
)
def test_finds_street_addresses(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


def test_stops_before_a_following_hospital(recognizer, found):
    assert found(recognizer, "서울특별시 종로구 대학로 101 서울대학교병원") == ["서울특별시 종로구 대학로 101"]


@pytest.mark.parametrize(
    "text",
    [
        "경구로 2주간 복용",
        "정맥으로 3회 투여",
        "서울 거주",  # a LOCATION, not an address
        "경기도 수원시에서 전원",
        "좌측 하엽 3.2cm 결절",
        "71병동 1203호 입원",
    ],
)
def test_ignores_what_is_not_a_street_address(recognizer, found, text):
    assert found(recognizer, text) == []


def test_finds_an_address_run_into_its_label(recognizer, found):
    text = "주소경상남도 창원시 성산구 중동 120-49"
    assert found(recognizer, text) == ["경상남도 창원시 성산구 중동 120-49"]


def test_a_region_run_into_another_word_starts_no_address(recognizer, found):
    assert found(recognizer, "상주경상남도 창원시 성산구 중동 120-49") == ["창원시 성산구 중동 120-49"]
