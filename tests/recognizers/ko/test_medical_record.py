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
