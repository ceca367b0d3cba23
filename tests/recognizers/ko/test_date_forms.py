"""Korean date forms from real charts (issue #4): the span is the date, never a weekday or time after it."""

import pytest

from emr_deid.recognizers.ko.date import KoreanDateRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanDateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'24. 3. 5. 내원", ["'24. 3. 5."]),
        ("24년 3월 입원", ["24년 3월"]),
        ("2024년 3월 5일(화) 외래", ["2024년 3월 5일"]),
        ("3. 5.(화) 외래 예약", ["3. 5."]),
        ("3. 5. 내원 예정", ["3. 5."]),
        ("2024.3.5. 입원", ["2024.3.5."]),
        ("2024. 03. 05 14:30 입원", ["2024. 03. 05"]),
        ("2024-03-05 09:00 수술", ["2024-03-05"]),
        ("24/3/5 내원", ["24/3/5"]),
    ],
)
def test_finds_dates(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text", ["1. 2. 3. 항목 참조", "혈압 120/80, Cr 1.2", "power 3/5, 통증 4/10", "NRS 3. 5. 이하 유지"]
)
def test_no_date(recognizer, found, text):
    assert found(recognizer, text) == []
