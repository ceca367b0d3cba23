import pytest

from emr_deid.recognizers.checksums import kr_rrn_check_digit
from emr_deid.recognizers.ko.frn import KoreanFrnRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanFrnRecognizer()


def test_finds_foreigner_numbers(recognizer, found):
    first12 = "900101512345"
    number = f"{first12[:6]}-{first12[6:]}{kr_rrn_check_digit(first12)}"
    text = f"외국인등록번호 {number}, 여권 사본 첨부"
    assert found(recognizer, text) == [number]
    assert recognizer.analyze(text, ["KR_FRN"])[0].score == 1.0


@pytest.mark.parametrize("number", ["021231-7123456", "950607-6000001", "880808-8******"])
def test_finds_numbers_without_a_check_digit(recognizer, found, number):
    assert found(recognizer, f"외국인 환자로 등록번호 {number} 확인") == [number]


@pytest.mark.parametrize("text", ["850315-1234567", "900230-5123456", "검사수치 9001015123"])
def test_rejects_residents_and_impossible_dates(recognizer, found, text):
    assert found(recognizer, text) == []
