import pytest

from emr_deid.recognizers.ko.phone import KoreanPhoneRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanPhoneRecognizer()


@pytest.mark.parametrize(
    "number",
    [
        "010-1234-5678",
        "01012345678",
        "010 1234 5678",
        "010.1234.5678",
        "011-123-4567",
        "02-3410-2114",
        "(02)3410-2114",
        "031-987-6543",
        "064-712-3456",
        "070-1234-5678",
        "0505-123-4567",
        "+82-10-1234-5678",
        "+82 2 3410 2114",
        "1588-1234",
        "1644-0000",
    ],
)
def test_finds_numbers_in_a_note(recognizer, found, number):
    assert found(recognizer, f"보호자(딸) 연락처 {number}로 연락함") == [number]


def test_keeps_particles_outside(recognizer, found):
    assert found(recognizer, "010-9876-5432에게 문자 발송") == ["010-9876-5432"]


@pytest.mark.parametrize(
    "text",
    [
        "소변량 1500-2000ml/일",
        "BP 120/80 mmHg, HR 95회/분",
        "2024-03-05 14:30 내원",
        "WBC 12.3, Hb 10.2, PLT 150",
        "등록번호 12345678",
        "ICD-10 I21.9",
        "수액 1000-1500cc 투여",
    ],
)
def test_ignores_values_dates_and_codes(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("연락처(010-2228-5040) 확인", "010-2228-5040"),
        ("문의 (032-413-6480)", "032-413-6480"),
        ("(02)3410-2114", "(02)3410-2114"),
    ],
)
def test_a_bracket_around_the_whole_number_is_not_part_of_it(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("T.010-2345-6789로 연락", "010-2345-6789"), ("Tel.02-345-6789", "02-345-6789"), ("T.1588-2345", "1588-2345")],
)
def test_a_label_abbreviated_with_a_full_stop_runs_into_the_number(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


def test_a_decimal_point_still_keeps_a_value_out(recognizer, found):
    assert found(recognizer, "SpO2 98.010-2345-6789") == []
