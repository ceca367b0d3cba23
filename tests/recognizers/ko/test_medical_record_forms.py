"""Record numbers in the label variants and layouts of real Korean charts (issue #4)."""

import pytest

from emr_deid.recognizers.ko.medical_record import KoreanMedicalRecordNumberRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanMedicalRecordNumberRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("원무번호: 2024-00123 수납 완료", "2024-00123"),
        ("진찰권번호 00456789", "00456789"),
        ("환자고유번호：P0012345", "P0012345"),
        ("진료번호(12345678) 확인 후 접수", "12345678"),
        ("등록번호 [01234567] 김OO", "01234567"),
        ("병록번호【00987654】", "00987654"),
        ("환자ID: (A1234567)", "A1234567"),
        ("등록번호\t12345678\t성명\t홍길동", "12345678"),  # the next cell of a table row
        ("Hosp No. 00123456, 내과 외래", "00123456"),
        ("Hosp # 7654321", "7654321"),
        ("ID: 12345678 이름: 홍길동", "12345678"),
        ("[ID: 00123456] 내과 외래", "00123456"),
    ],
)
def test_finds_numbers_after_real_world_labels(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "진료번호(미정) 확인 요망",
        "등록번호 [미발급]",
        "7병동 입원, 내과 협진, 병상 12",
        "주민등록번호 (850315-1234567)",
        "혈압 120/80, 맥박 88회",
        "검체 ID: 12345678",  # a specimen's number
        "Device ID: 12345678",
    ],
)
def test_no_number_without_a_record_label_and_a_value(recognizer, found, text):
    assert found(recognizer, text) == []
