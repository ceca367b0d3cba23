import pytest

from emr_deid.recognizers.checksums import kr_rrn_check_digit
from emr_deid.recognizers.ko.rrn import KoreanRrnRecognizer


def _with_check_digit(first12: str) -> str:
    return f"{first12[:6]}-{first12[6:]}{kr_rrn_check_digit(first12)}"


VALID = _with_check_digit("850315123456")


@pytest.fixture(scope="module")
def recognizer():
    return KoreanRrnRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"주민등록번호: {VALID} 확인함", [VALID]),
        (f"환자 주민번호({VALID.replace('-', '')})로 조회", [VALID.replace("-", "")]),
        (f"주민번호 {VALID[:6]} - {VALID[7:]}", [f"{VALID[:6]} - {VALID[7:]}"]),
        ("주민번호 850315-1******", ["850315-1******"]),
        ("2021년 발급 주민번호 211005-3948571", ["211005-3948571"]),  # post-2020: no check digit, valid date
    ],
)
def test_finds_resident_numbers(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


def test_check_digit_gives_full_score(recognizer):
    [checked] = recognizer.analyze(f"주민번호 {VALID}", ["KR_RRN"])
    [unchecked] = recognizer.analyze("주민번호 211005-3948571", ["KR_RRN"])
    assert checked.score == 1.0 and unchecked.score < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "990231-1234567",  # 31 February
        "851315-1234567",  # month 13
        "850315-5234567",  # a foreigner's sex digit
        "WBC 12,300/μL, PLT 250K, 검체번호 1234567890123",
        "2024-03-05 내원",
        "전화 010-1234-5678",
    ],
)
def test_rejects_other_numbers(recognizer, found, text):
    assert found(recognizer, text) == []
