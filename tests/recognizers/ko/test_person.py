import pytest

from emr_deid.recognizers.ko.person import KoreanPersonRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanPersonRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김민준 환자는 chest pain으로 ER 내원함", ["김민준"]),
        ("김민준님이 외래 f/u 위해 내원", ["김민준"]),
        ("이서연 보호자에게 설명함", ["이서연"]),
        ("성명: 홍길동", ["홍길동"]),
        ("환자명 : 남궁민수", ["남궁민수"]),
        ("주치의 박지훈, 담당 간호사 최유진이 확인함", ["박지훈", "최유진"]),
        ("김민준(M/45) 내원", ["김민준"]),
        ("박영희 (67세, 여) 외래", ["박영희"]),
        ("환자 이정우는 어제부터 두통을 호소함", ["이정우"]),
        ("김민준은 3일 전부터 두통", ["김민준"]),
        ("딸 이서연에게 연락함", ["이서연"]),
        ("보호자(딸) 이서연 동행", ["이서연"]),
        ("오세훈 씨가 방문", ["오세훈"]),
        ("Dr. 정우성 판독", ["정우성"]),
        ("전공의 김하늘 보고", ["김하늘"]),
        ("정하은 교수님께 보고함", ["정하은"]),
        ("신지호 선생님 회진", ["신지호"]),
        ("안서준군 보호자 동반", ["안서준"]),
    ],
)
def test_finds_names_without_particles_or_honorifics(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "이상 없음",
        "정상 소견",
        "신규 환자 등록",
        "고혈압 환자 교육",
        "김치 섭취 후 복통",
        "내과 교수 회진",
        "신경외과 교수님 회진",
        "안과 진료",
        "보호자 동행하에 내원",
        "보호자 원하여 퇴원",
        "조영제를 투여함",
        "남자 환자",
        "동일 환자 재내원",
        "하지 부종",
        "신장 기능 저하",
        "우측 하지 통증",
        "박 교수님 외래",
        "오른쪽 어깨 통증",
        "장기간 복용",
        "가와사키병 과거력",
        "이 환자는 당뇨 환자임",
    ],
)
def test_ignores_clinical_words(recognizer, found, text):
    assert found(recognizer, text) == []


def test_clinical_note_without_names_gives_nothing(recognizer, found):
    note = (
        "[경과기록] POD#2, 수술 부위 깨끗함. 진통제 요구 감소. 오심 구토 없음. 신경외과 교수님 회진. "
        "내과 주치의 선생님께 보고함. 간호사 확인 후 투약. 환자 상태 안정적임. 전신 상태 양호. "
        "보호자 동행하에 설명하였고 보호자 원하여 내일 퇴원 예정. 이상 소견 없음. 정상 소견 보임."
    )
    assert found(recognizer, note) == []


def test_a_name_found_with_a_cue_is_found_again_without_one(recognizer, found):
    note = "김민준 환자는 ER 내원함. 김민준이 호소하는 통증은 NRS 5점. 김민준준 아님. 보호자 이서연. 이서연 연락함."
    assert found(recognizer, note) == ["김민준", "김민준", "이서연", "이서연"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("작성자: 간호사 김수진", ["김수진"]),
        ("담당의: 내과 박지훈", ["박지훈"]),
        ("보호자: 김철수(남편), 이영희(딸)", ["김철수", "이영희"]),
    ],
)
def test_role_and_department_words_are_not_names(recognizer, found, text, expected):
    assert found(recognizer, text) == expected
