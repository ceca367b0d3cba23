from __future__ import annotations

import datetime as dt

import pytest

from emr_deid.transforms.mask import dates

SHIFT = -40  # 2024-03-05 - 40 days = 2024-01-25


@pytest.mark.parametrize(
    ("span", "shifted"),
    [
        ("2024년 3월 5일", "2024년 1월 25일"),
        ("2024.03.05", "2024.01.25"),
        ("2024. 3. 5.", "2024. 1. 25."),
        ("24.03.05", "24.01.25"),
        ("2024-03-05", "2024-01-25"),
        ("2024-03-05T10:30:00+09:00", "2024-01-25T10:30:00+09:00"),
        ("20240305", "20240125"),
        ("20240305103000+0900", "20240125103000+0900"),
        ("3/5", "1/25"),
        ("3월 5일", "1월 25일"),
        ("2024年3月5日", "2024年1月25日"),
        ("3月5日", "1月25日"),
        ("3月5号", "1月25号"),
        ("2024/3/5", "2024/1/25"),
        ("03/05/2024", "01/25/2024"),
        ("3/5/24", "1/25/24"),
        ("March 5, 2024", "January 25, 2024"),
        ("5 Mar 2024", "25 Jan 2024"),
        ("5-Mar-2024", "25-Jan-2024"),
        ("MAR 5", "JAN 25"),
        ("Mar 2024", "Feb 2024"),  # month precision: the 15th shifted, its month kept
        ("2024년 3월", "2024년 2월"),
        ("2024年3月", "2024年2月"),
    ],
)
def test_every_form_is_shifted_in_its_own_form(span, shifted):
    parsed = dates.parse_date(span, reference_year=2024)
    assert parsed is not None
    assert dates.shift(parsed, SHIFT) == shifted


@pytest.mark.parametrize(
    ("span", "year"),
    [("2024년 3월 5일", "2024년"), ("2024年3月5日", "2024年"), ("March 5, 2024", "2024"), ("24.03.05", "2024")],
)
def test_year_only_keeps_the_language(span, year):
    assert dates.year_only(dates.parse_date(span)) == year


def test_dates_without_a_year_take_the_authored_year():
    assert dates.parse_date("2/29", reference_year=2024).date == dt.date(2024, 2, 29)
    assert dates.parse_date("2/29", reference_year=2023).date == dt.date(2000, 2, 29)  # still a real date
    assert dates.year_only(dates.parse_date("3월 5일")) is None
    assert dates.reference_year("2024-03-05T09:00:00Z") == 2024


@pytest.mark.parametrize("span", ["二〇二四年三月五日", "2024-13-45", "yesterday", "32/13/2024", "3월 말"])
def test_unreadable_spans_are_not_dates(span):
    assert dates.parse_date(span) is None


def test_the_patient_offset_is_in_range_stable_and_per_patient(key):
    offsets = {p: dates.patient_offset_days(key, p, -365, -30) for p in (f"patient-{i}" for i in range(50))}
    assert all(-365 <= offset <= -30 for offset in offsets.values())
    assert len(set(offsets.values())) > 40
    assert dates.patient_offset_days(key, "patient-1", -365, -30) == offsets["patient-1"]
    assert dates.patient_offset_days(key, "patient-1", 0, 0) == 0
