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


@pytest.mark.parametrize(
    "text",
    [
        "가족력: 어머니 조현병 진단 받음.",
        "동생 간이식 공여자로 입원함.",
        "부 간경화, 모 신결석.",
        "아버지 노환으로 사망.",
        "딸 감기로 소아과 다님.",
    ],
)
def test_a_diagnosis_after_a_relation_is_not_a_name(recognizer, found, text):
    assert found(recognizer, text) == []


def test_a_name_after_a_relation_is_still_found(recognizer, found):
    assert found(recognizer, "가족력: 어머니 조현숙 조현병 진단.") == ["조현숙"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("작성: 윤태호 (전공의)", ["윤태호"]),
        ("판독: 문지영 / 확인: 서경민", ["문지영", "서경민"]),
        ("Pt: 한도윤 / 20211234", ["한도윤"]),
        ("Guardian: 류정민 (daughter) 010-1111-2222", ["류정민"]),
        ("Receiving RN:백수아", ["백수아"]),
        ("RN 조은비", ["조은비"]),
        ("- 임채윤 드림", ["임채윤"]),
        ("한빛병원 신동훈 (인)", ["신동훈"]),
        ("주보호자: 노하린(며느리) 연락처 확인", ["노하린"]),
        ("배영수 72/M, 등록번호 1234", ["배영수"]),
        ("송미란(SONG MIRAN) / 64세 / 여", ["송미란"]),
        ("환자 Kang, Minseo(강민서, DOB 1960", ["강민서"]),
        ("모(서유나) 진술상 수유 양호", ["서유나"]),
        ("보호자(황민호, 남편) 면담함", ["황민호"]),
        ("남편 최동욱동반하여 내원", ["최동욱"]),
        ("보호자윤미경님이 면회 옴", ["윤미경"]),
        ("PA 김도현 확인", ["김도현"]),
    ],
)
def test_finds_names_after_signatures_labels_and_brackets(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("다음 외래는 박 교수님 진료", ["박"]),
        ("외래 예약, 양 교수.", ["양"]),
        ("Dear Dr. 최,", ["최"]),
        ("f/u with Dr.남궁, 문의", ["남궁"]),
        ("김씨 본인도 퇴원 희망함.", ["김"]),
    ],
)
def test_finds_a_surname_with_a_title(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("환아 하윤이는 해열 후 잘 놀았음", ["하윤"]),
        ("환아 준혁이가 울음", ["준혁"]),
        ("서지호(M/5) 입원. 지호는 밤새 잘 잠", ["서지호", "지호"]),
        ("차은정 (여/47세) 외래. 은정님은 흉통 호전", ["차은정", "은정"]),
        ("보호자(정윤아, 딸) 면담. 설명하였고정윤아 보호자 동의함", ["정윤아", "정윤아"]),
        ("이상 시 담당하는이민호 선생님께 연락 바람", ["이민호"]),
        ("아들 준호가 연락함", ["준호"]),
        ("아들 준호가 연락함. 내일 준호는 면회 예정", ["준호", "준호"]),
        ("환아 하윤이는 해열됨. 하윤이가 잘 먹음", ["하윤", "하윤"]),
        ("보호자 남편 영수 씨와 통화함", ["영수"]),
        ("아들 민준이 보호자로 동행", ["민준"]),
        ("조카 준서는 매일 면회", ["준서"]),
    ],
)
def test_finds_given_names_and_run_on_names(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "판독: 우하엽 결절 관찰됨",
        "확인: 정상임",
        "기록: 이상무",
        "작성: 2024-03-05",
        "환아 상태는 양호함",
        "환아 의식은 명료함",
        "그 교수 방법으로는",
        "CT(조영증강) 시행",
        "Hb(정상) 범위",
        "부 보호자 연락처 없음",
        "남편 동반하여 내원",
        "아들 상태 설명함",
        "딸 면회 옴",
        "아들 진술상 낙상",
        "남편 사망 후 독거",
        "딸 결혼으로 분가",
        "1형 당뇨",
        "저 선생님께 문의",
        "정상 범위 벗어나면 담당 선생님께 연락",
    ],
)
def test_ignores_clinical_words_near_the_new_cues(recognizer, found, text):
    assert found(recognizer, text) == []


def test_a_particle_after_a_surname_is_not_part_of_the_name(recognizer, found):
    assert found(recognizer, "이상 소견 시 Dr. 장께 noti.") == ["장"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("보호자 딸 민지가 내원함.", ["민지"]),
        ("딸 민지가 동행하여 설명 들음.", ["민지"]),
        ("남편 지호가 보호자로 동행.", ["지호"]),
        ("딸 김민지가 내원함.", ["김민지"]),  # the particle follows a full name: nothing to trim
        ("아들 준호가 연락함.", ["준호"]),
    ],
)
def test_a_particle_after_a_two_syllable_name_is_not_part_of_it(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ER note: 56/F 박은영, c/c chest pain", ["박은영"]),
        ("집도의: 한승우 / 보조: 김다은(R2)", ["한승우", "김다은"]),
    ],
)
def test_finds_names_after_demographics_and_in_operation_records(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", ["56/F 상태 양호", "BP 120/80, 우측 하지 부종", "72/M 이상 소견 없음"])
def test_words_after_demographics_are_not_names(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("병리과 전문의 김영희", ["김영희"]),  # a role after a department is the next label, not a name
        ("보호자: 배우자 우재현 (010-1234-5678)", ["우재현"]),
        ("응급의학과 전공의 김민석", ["김민석"]),
        ("인계자 위명숙 → 인수자 원도현", ["위명숙", "원도현"]),
        ("방문간호사 김동현 / 문의 02-123-4567", ["김동현"]),
        ("의뢰의사: 이민석", ["이민석"]),
        ("대상자송정호 (46세/남)", ["송정호"]),
        ("| 환자 | 김춘자 / 여 / 만 92세 |", ["김춘자"]),  # a table cell after its label
        ("| 평가의 | 이주원 |", ["이주원"]),
        ("Bed 12 / 김예진 / 06183734", ["김예진"]),  # banner fields before the record number
        ("이예지 (78여) MRN 80633296", ["이예지"]),
        ("석지훈 (25M) KTAS 3", ["석지훈"]),
        ("손윤서, 여/61, Hosp No. 925", ["손윤서"]),
    ],
)
def test_finds_names_in_handovers_tables_and_banners(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pt 제갈은서 lab result 설명", ["제갈은서"]),
        ("Informant: pt herself & mother 황명자, reliability fair", ["황명자"]),
        ("Operator: 배정자 / Assist: 이은경 / Anesthesia: GA", ["배정자", "이은경"]),
        ("Pathologist: 권지혜", ["권지혜"]),
        ("Husband 정현우동반", ["정현우"]),
        ("bedridden, lives with wife 홍수민", ["홍수민"]),
        ("EM resident 김건우", ["김건우"]),
        ("김민준(Kim Minjun) 내원", ["김민준"]),
    ],
)
def test_finds_names_after_english_roles_and_relations(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "최종 정상 확인 시각(LKW) 00:30",  # an abbreviation in brackets is no romanised name
        "병리과 전문의 판독",
        "| 환자 | 상태 양호 |",
        "혈압 (120M)",
        "son of a diabetic mother",
    ],
)
def test_roles_abbreviations_and_cells_without_a_name_give_nothing(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guardian 연락: 전채원 (+82-10-3296-0034)", ["전채원"]),  # a name before its bracketed phone
        ("연락처 목록: 오영식(01078181451)", ["오영식"]),
        ("사망 선언: 박은정, 유족 임지후 님께 설명함", ["박은정", "임지후"]),
    ],
)
def test_finds_names_before_their_phone_and_after_a_pronouncement(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", ["검사 결과 (010-1234-5678)", "사망 선언 시각 04:12"])
def test_phones_and_pronouncements_without_a_name_give_nothing(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    ["다음 접종 예정일은 3/13", "동승 보호자 없음", "판정의사 서명", "환자 주소지: 강원 춘천시"],
)
def test_schedule_transport_and_form_words_are_not_names(recognizer, found, text):
    assert found(recognizer, text) == []


def test_finds_the_name_after_form_words(recognizer, found):
    assert found(recognizer, "동승 보호자 정승민(010-9999-1234), 판정: 업무 가능, 담당의 김미숙") == [
        "정승민",
        "김미숙",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("피접종자: 정지연 (생년월일 미상)", "정지연"),
        ("피보험자김영수 주민번호", "김영수"),
        ("판정의사 민민준  /  결과 전송", "민민준"),
        ("설명의사권지원 (서명)", "권지원"),
        ("Endoscopist: 김영진   Nurse", "김영진"),
        ("Team leader: 송수진 / Recorder", "송수진"),
        ("Sending physician 정지민, 연락처", "정지민"),
        ("EMR, assisted by 김수진", "김수진"),
        ("담당 임준호 / 분만실", "임준호"),
        ("술자 김영길 / 치위생사 김옥자", "김영길"),
        ("접종의이영숙 / 간호사", "이영숙"),
        ("동행자김진우님도 같은 날 접종함", "김진우"),
        ("문자발송 010-1234-5678 / 발송 김미경", "김미경"),
        ("Dr. 서경수 / DH 최시우", "최시우"),
        ("대리인)은권지원 교수님으로부터 설명을 들음", "권지원"),
    ],
)
def test_finds_names_after_form_roles_and_before_a_title_with_a_particle(recognizer, found, text, expected):
    assert expected in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    ["담당 부서로 연락", "접종의 부작용 설명함", "문자 발송 완료", "동행자 없음", "DH 교육 시행", "피보험자 본인 서명"],
)
def test_form_role_words_without_a_name_give_nothing(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", ["야마다 2형 용종 있어 절제함", "제2형 당뇨병 진단"])
def test_a_role_word_after_a_digit_is_a_type(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    ["강남구의 local clinic에서 f/u", "경기도의 병원에서 전원", "강서구에 거주", "경주시를 방문"],
)
def test_a_listed_district_or_province_is_no_name(recognizer, found, text):
    """강남구 reads as the surname 강 and the given name 남구; with its 구/시/도 it is the district."""
    assert found(recognizer, text) == []


def test_a_name_after_a_strong_label_is_kept_even_if_it_is_a_district(recognizer, found):
    assert found(recognizer, "성명: 강남구") == ["강남구"]
