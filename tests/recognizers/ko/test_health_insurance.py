import pytest

from emr_deid.recognizers.ko.health_insurance import KoreanHealthInsuranceRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanHealthInsuranceRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("건강보험증번호: 1-23456789012", "1-23456789012"),
        ("보험증번호 5123456789 (직장가입자)", "5123456789"),
        ("의료급여번호 M-0012345 확인", "M-0012345"),
        ("증번호: 41234567890", "41234567890"),
    ],
)
def test_finds_insurance_numbers_after_their_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["건강보험 적용 대상", "보험 급여 기준 12345 확인", "Cr 1.23456"])
def test_ignores_other_numbers(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("등록번호 06949048, 건강보험 3-3831908231\nCC)", "3-3831908231"),
        ("건강보험 59145-415614", "59145-415614"),
        ("의료급여 1-2345678901 대상", "1-2345678901"),
        ("Insurance No. 16058095972", "16058095972"),
    ],
)
def test_finds_numbers_after_the_scheme_name(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["건강보험 2024년 적용", "건강보험 급여 기준", "의료급여 2종 수급권자"])
def test_the_scheme_name_before_a_year_or_word_is_no_number(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("| 건강보험증번호 | 12345678901 |", "12345678901"), ("| 보험증번호 | 1-2345678901 |", "1-2345678901")],
)
def test_finds_insurance_numbers_in_the_next_table_cell(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["| 건강보험 | 2024년 적용 |", "| 의료급여 | 1종 |"])
def test_a_scheme_cell_before_a_year_or_a_class_is_no_number(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("건강보험 자격번호 02071798571", "02071798571"), ("보험자격번호: 70630-451530", "70630-451530")],
)
def test_finds_the_number_of_the_insurance_eligibility_record(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["자격번호 12345678901", "건강보험 자격 상실 2024년"])
def test_a_qualification_number_without_the_scheme_is_no_insurance_number(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("NHIS # 12345678901", "12345678901"),
        ("NHI: 1-2345678901", "1-2345678901"),
        ("Insurance(NHIS): 12345-678901", "12345-678901"),
        ("Insurance card: 12345678901", "12345678901"),
        ("보험 No. 12345678901", "12345678901"),
        ("보험: 1-2345678901", "1-2345678901"),
    ],
)
def test_english_and_short_insurance_labels_in_code_mixed_notes(recognizer, found, text, number):
    assert found(recognizer, text) == [number]


@pytest.mark.parametrize("text", ["보험 청구 완료", "Insurance 2024년 갱신", "NHIS 검진 2회", "보험사 변경"])
def test_insurance_words_without_a_number_give_nothing(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("건보 12345678901", "12345678901"),
        ("의보번호: 1-2345678901", "1-2345678901"),
        ("피보험자 12345-678901", "12345-678901"),
        ("수급권자 1-2345678901 (의료급여 1종)", "1-2345678901"),
    ],
)
def test_short_forms_of_the_insurance_labels(recognizer, found, text, number):
    assert found(recognizer, text) == [number]


@pytest.mark.parametrize("text", ["건보 2024년 적용", "피보험자 2명", "수급자 3개월 유지"])
def test_short_forms_before_a_year_or_a_count_give_nothing(recognizer, found, text):
    assert found(recognizer, text) == []
