import pytest

from emr_deid.recognizers.ko.date import KoreanDateRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanDateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024년 3월 5일 내원", "2024년 3월 5일"),
        ("2024년3월5일(화) 입원", "2024년3월5일"),
        ("3월 5일 수술 시행", "3월 5일"),
        ("2023년 12월 진단", "2023년 12월"),
        ("'24년 3월 퇴원", "'24년 3월"),
        ("24.03.05 CT 시행", "24.03.05"),
        ("2024. 3. 5. 검사", "2024. 3. 5."),
        ("2024-03-05 14:30 ER 내원", "2024-03-05"),
        ("2024/3/5 방문", "2024/3/5"),
        ("검사일 20240305", "20240305"),
        ("3/5 입원하여", "3/5"),
        ("Mar 5, 2024 discharge", "Mar 5, 2024"),
        ("2024년경 수술", "2024년"),
    ],
)
def test_finds_dates(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "motor power 3/5",
        "혈압 120/80",
        "2024-02-30",
        "13/45일",
        "Hb 12.3, 3.5mg",
        "내원 3일 전부터 발열",
        "1:1000 희석",
        "14:30 투약",
        "ICD-10 I21.9",
    ],
)
def test_ignores_values_and_impossible_dates(recognizer, found, text):
    assert found(recognizer, text) == []
