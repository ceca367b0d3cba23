import pytest

from emr_deid.recognizers.ko.medical_record import KoreanMedicalRecordNumberRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanMedicalRecordNumberRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("등록번호: 12345678", "12345678"),
        ("병록번호 H-2024-00123 환자", "H-2024-00123"),
        ("환자번호 A1234567입니다", "A1234567"),
        ("차트번호#0098765 확인", "0098765"),
        ("MRN: 20240001234", "20240001234"),
        ("의무기록번호(MRN) 55512345", "55512345"),
        ("Pt ID 7788990, chest pain으로 ER 내원", "7788990"),
    ],
)
def test_finds_numbers_after_their_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["등록번호 미상", "WBC 12300, PLT 250000", "환자 12345678", "검사 결과 1234567 확인", "등록번호: 없음"],
)
def test_needs_a_label_and_a_number(recognizer, found, text):
    assert found(recognizer, text) == []


def test_resident_number_labels_are_not_record_number_labels():
    text = "연락처 031-789-1234, 주민등록번호 330707-2345678. 외국인등록번호 900101-5123456"
    assert KoreanMedicalRecordNumberRecognizer().analyze(text, ["MEDICAL_RECORD_NUMBER"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Name: KANG MINSEO (강민서)  Reg No. 98601927\n", "98601927"),
        ("강진우 19/M, Reg. No. 38574180", "38574180"),
        ("천경숙(10/F) #03484513\nS) chest discomfort", "03484513"),
        ("Pt: 장선영 / 65667103\nFindings", "65667103"),
        ("환자명: 이도윤/ 42206739", "42206739"),
        ("mrn 5551234", "5551234"),
    ],
)
def test_finds_numbers_in_code_mixed_headers(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["접수번호 20240305-0012", "Pt: 상태 / 양호", "BP 120/80 #2"])
def test_other_numbers_in_headers_are_not_record_numbers(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(("text", "expected"), [("Reg. 47507388", "47507388"), ("Reg.47507388", "47507388")])
def test_finds_a_number_after_the_abbreviated_registration_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["Regimen 1 start", "Reg. insulin 4 units"])
def test_words_starting_with_reg_are_no_label(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("병록번호:\n12345678\n성명:\n홍길동", ["12345678"]), ("등록번호：\n  A1234567  \n", ["A1234567"])],
)
def test_finds_a_number_alone_on_the_line_below_its_label(recognizer, found, text, expected):
    # a form exported one field per line
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", ["등록번호:\n2024-01-05 내원", "등록번호\n12345678"])
def test_the_line_below_a_label_holds_its_value_only_alone_and_after_a_colon(recognizer, found, text):
    assert found(recognizer, text) == []
