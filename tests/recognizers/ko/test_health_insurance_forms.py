"""Insurance numbers after the labels Korean forms use (issue #4)."""

import pytest

from emr_deid.recognizers.ko.health_insurance import KoreanHealthInsuranceRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanHealthInsuranceRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("가입자번호: 12345678901", "12345678901"),
        ("의료급여증번호 1-2345678901", "1-2345678901"),
        ("의료급여증 12345678901 (1종)", "12345678901"),
        ("수급권자번호：98765432101", "98765432101"),
        ("국민건강보험공단 12345-678901", "12345-678901"),
        ("보훈번호 12-345678", "12-345678"),
        ("건강보험증번호 [12345678901]", "12345678901"),
        ("건강보험카드번호(12345678901)", "12345678901"),
    ],
)
def test_finds_numbers_after_real_world_labels(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # 요양기관기호 is the hospital's billing code, the same for all its patients: not the patient's.
        "요양기관기호: 11100001",
        "의료급여 1종 수급권자",
        "건강보험 2024년 적용, 본인부담 20%",
        "의료급여증 지참 요망",
    ],
)
def test_no_insurance_number(recognizer, found, text):
    assert found(recognizer, text) == []
