import pytest

from emr_deid.recognizers.ko.passport import KoreanPassportRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanPassportRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("여권번호: M12345678", "M12345678"),
        ("여권 M123A4567 사본 제출", "M123A4567"),
        ("M123A4567로 본인 확인", "M123A4567"),
        ("외국인 환자, passport no. EJ1234567", "EJ1234567"),
    ],
)
def test_finds_passports(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["M12345678 검체", "S10000000 lot", "여권 미지참", "metformin 500mg"])
def test_older_format_needs_a_label(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Passport No. M99125471\nAttending", "M99125471"), ("PASSPORT NO: M12345678", "M12345678")],
)
def test_label_in_any_case_with_a_full_stop(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]
