"""Record numbers in the label variants and layouts of real Korean charts (issue #4)."""

import pytest

from emr_deid.recognizers.ko.base import with_spaced_labels
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("의무기록 번호 12345678", "12345678"),  # the label's spaced form
        ("병원 번호: 12345678", "12345678"),
        ("환자등록번호는 12345678 입니다", "12345678"),  # a particle on the label
        ("환자번호가 A1234567인 환자", "A1234567"),
        ("챠트번호 12345678", "12345678"),
        ("수진자번호 12345678", "12345678"),
        ("환자 식별번호: 12345678", "12345678"),
    ],
)
def test_labels_with_spaces_and_particles(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


def test_every_label_ending_in_number_has_its_spaced_form():
    assert with_spaced_labels(["의무기록번호", "환자 번호", "MRN"]) == [
        "의무기록번호",
        "환자 번호",
        "MRN",
        "의무기록 번호",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("등록No: 12345678", "12345678"),
        ("병록#12345678", "12345678"),
        ("환자 #12345678", "12345678"),
        ("환자코드: 12345678", "12345678"),
        ("진료ID 12345678", "12345678"),
        ("차트: 12345678", "12345678"),
    ],
)
def test_record_words_with_a_short_suffix(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["주민등록#: 12345678", "환자 12345678", "검사코드 12345678"])
def test_short_suffixes_need_a_record_word(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김민준 (M/45) ID 12345678", "12345678"),
        ("Pt. 김민준 (45/M) 12345678", "12345678"),
        ("Pt info: 김민준 45/M #12345678", "12345678"),
        ("ID#12345678 김민준 45세/여", "12345678"),
        ("환자 김민준 (45/M) Unit# 12345678", "12345678"),
    ],
)
def test_number_on_the_banner_line(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "김민준 (F/45) 입원 20240305",  # a compact date
        "김민준 (F/45) 010-1234-5678",  # a phone number's digits
        "김민준 (F/45)\n검사 결과 12345678",  # another line
        "WBC 12000, 45/M",  # too short for a record number
    ],
)
def test_banner_line_numbers_that_are_not_record_numbers(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| 병록번호 | 22215723 |", "22215723"),  # a table row: the value in the next cell
        ("| 등록번호 |A1234567 |", "A1234567"),
        ("환자 ID || 00123456", "00123456"),
        ("이혜진 님 (ID 86708669) 퇴원약 복약지도", "86708669"),  # "ID" bracketed after the patient
        ("김민준 환자 [ID: 12345678]", "12345678"),
        ("MICU day #6 (6/6)  Bed 12 / 김예진 / 06183734", "06183734"),  # banner fields between slashes
        ("김민준 | 12345678 | 내과", "12345678"),
    ],
)
def test_finds_numbers_in_table_cells_bracketed_ids_and_separated_banners(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "| 검체번호 | 12345678 |",  # another identifier's cell
        "| 주민등록번호 | 8503151234567 |",
        "검체 (ID 12345678)",  # a bracketed ID after something other than the patient
        "김민준 / 20240305 / 내과",  # a compact date, not a record number
        "Bed 12 / 김민준 / 12345678900",  # eleven digits: a phone number without separators
    ],
)
def test_cells_brackets_and_separators_need_a_record_label_or_a_name(recognizer, found, text):
    assert found(recognizer, text) == []
