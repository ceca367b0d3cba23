import pytest

from emr_deid.recognizers.ko.hospital import KoreanHospitalRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanHospitalRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("서울아산병원에서 수술 후 본원 내원", "서울아산병원"),
        ("연세내과의원에서 의뢰됨", "연세내과의원"),
        ("고려대학교 안암병원 응급실 경유", "고려대학교 안암병원"),
        ("세브란스에서 f/u 중", "세브란스"),
        ("강남구보건소 결핵 신고", "강남구보건소"),
        ("Samsung Medical Center ER 방문", "Samsung Medical Center"),
        ("분당서울대학교병원으로 전원", "분당서울대학교병원"),
        ("행복요양병원 입소 중", "행복요양병원"),
        ("미소치과의원 발치 후", "미소치과의원"),
        ("국립암센터 방사선치료", "국립암센터"),
        ("은혜요양원 입소 중", "은혜요양원"),
    ],
)
def test_finds_hospitals(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "타병원에서 전원됨",
        "상급병원 전원 권유",
        "상급종합병원 진료",
        "내과의원 방문",
        "local 병원에서 처방",
        "동네 의원 다님",
        "대학병원 진료 원함",
        "관할 보건소 신고",
        "가와사키병 의증",
        "알츠하이머병 가족력",
        "입원 중",
        "국회의원 보좌관",
        "의원급 의료기관",
        "신경외과 외래",
        "권역응급의료센터 경유",
        "건강검진센터 내원",
    ],
)
def test_ignores_generic_hospitals_and_eponyms(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("진단 하에 수원이비인후과에서 f/u 중", ["수원이비인후과"]),
        ("밝은정형외과 통해 admission", ["밝은정형외과"]),
        ("타원 기록상 365가정의학과의원에서 시행", ["365가정의학과의원"]),
        ("이전 검사(365요양병원, 2020년)", ["365요양병원"]),
        ("우리치과에서 발치", ["우리치과"]),
    ],
)
def test_finds_clinics_named_after_their_department(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "본원이비인후과 협진",
        "소아신경외과 협진",
        "갑상선내분비외과 의뢰",
        "흉부외과에서 수술",
        "2차병원 전원",
        "타과 협진",
    ],
)
def test_departments_and_their_kinds_are_not_clinics(recognizer, found, text):
    assert found(recognizer, text) == []
