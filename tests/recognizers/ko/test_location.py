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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("나동현님은 경기에 거주하며", ["경기"]),
        ("거주지: 전라, 독거 아님", ["전라"]),
        ("49세 여, 경상 거주\n", ["경상"]),
        ("경상도 출신", ["경상도"]),
        ("오미영님은광산구에 거주", ["광산구"]),
    ],
)
def test_finds_ambiguous_region_names_where_residence_is_said(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", ["경상을 입고 내원", "경기 후 의식 소실", "전신 경기 1회", "서구화된 식습관"])
def test_ambiguous_region_names_are_words_elsewhere(recognizer, found, text):
    assert found(recognizer, text) == []


def test_finds_a_place_run_into_the_particle_before_it(recognizer, found):
    assert found(recognizer, "75세 여자로서울에서 출생하여") == ["서울"]


@pytest.mark.parametrize("text", ["경로를 따라 이동", "진로서식 작성"])
def test_a_word_ending_in_ro_is_no_place_start(recognizer, found, text):
    assert found(recognizer, text) == []


def test_finds_a_region_after_the_place_of_an_incident(recognizer, found):
    assert found(recognizer, "발생장소: 경상 자택") == ["경상"]


@pytest.mark.parametrize(("text", "expected"), [("사업장 소재지 경기", "경기"), ("근무지: 충청", "충청")])
def test_finds_an_ambiguous_region_after_a_site_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


def test_a_site_label_before_another_word_is_no_place(recognizer, found):
    assert found(recognizer, "소재지 경기도중 확인") == []


def test_finds_a_place_run_into_its_site_label(recognizer, found):
    assert found(recognizer, "사업장 소재지대전, 주소지부산광역시") == ["대전", "부산광역시"]


def test_a_site_label_run_into_a_word_is_no_place(recognizer, found):
    assert found(recognizer, "소재지확인 필요") == []


def test_finds_an_ambiguous_region_before_a_region_word_and_a_direction_particle(recognizer, found):
    assert found(recognizer, "환자가 전라 지역으로 이직하여") == ["전라"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("resides in 전라. V/S stable.", "전라"),
        ("recent trip to 충청.", "충청"),
        ("주거지: 충청", "충청"),
        ("residing 경기, with son", "경기"),
        ("currently in 경상.", "경상"),
    ],
)
def test_short_region_names_after_an_english_or_korean_residence_cue(recognizer, found, text, place):
    assert found(recognizer, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pt는 Suwon 거주, 독거", "Suwon"),
        ("Daegu에서 transfer 옴", "Daegu"),
        ("from Jeju, ER via 119", "Jeju"),
        ("주소지 Mapo-gu / 보호자 동거", "Mapo-gu"),
        ("최근 Busan로 이사함", "Busan"),
        ("Cheonan 출신, 직업 farmer", "Cheonan"),
        ("Bundang 소재 공장 근무", "Bundang"),
        ("서울로 이사함", "서울"),
    ],
)
def test_romanized_regions_with_a_residence_or_arrival_word(recognizer, found, text, place):
    assert found(recognizer, text) == [place]


@pytest.mark.parametrize("text", ["Busan 2 tab bid", "Dr. Asan 교수 회진", "Suwon Medical Center 외래", "GURI 검사"])
def test_romanized_regions_without_a_residence_word_give_nothing(recognizer, found, text):
    assert found(recognizer, text) == []
