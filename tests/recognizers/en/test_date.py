"""ClinicalDateRecognizer: the date forms clinicians write, and what is not a date."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.date import ClinicalDateRecognizer

RECOGNIZER = ClinicalDateRecognizer()


def found(text: str) -> list[str]:
    return sorted(text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["DATE"]) if r.score >= 0.5)


@pytest.mark.parametrize(
    "date",
    ["03/05/2024", "3/5/24", "5-Mar-2024", "05 Mar 2024", "March 5, 2024", "Mar. 5 2024", "2024-03-05", "2024.03.05"],
)
def test_clinical_date_forms(date):
    assert date in found(f"Admitted {date} for chest pain.")


def test_month_day_after_a_date_word():
    assert found("Pt admitted 3/5, discharged 3/9.") == ["3/5", "3/9"]


@pytest.mark.parametrize("text", ["BP 120/80", "pain 3/10", "02/30/2024 is no day", "He may go home", "1/2 tab"])
def test_not_dates(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("RTC 14-Nov for wound check", "14-Nov"),
        ("anticipate d/c 3/18 if afebrile", "3/18"),
        ("Next visit 9/19.", "9/19"),
        ("Night shift note 10/10 0300: resting", "10/10"),
        ("paged at 6/11 14:05 re: K 6.1", "6/11"),
        ("f/u 12/2 in clinic", "12/2"),
    ],
)
def test_dates_without_a_year(text, date):
    assert date in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pain 4/10, improved to 2/10",
        "strength 5/5 in all extremities",
        "BP 120/80 HR 72",
        "sodium 3-4 g/day, x 2-3 days",
        "GCS 15/15, A&O x3",
    ],
)
def test_ratios_and_scores_without_a_date_word_are_not_dates(text):
    assert found(text) == []


def test_day_month_before_a_clock_time_keeps_the_time_out():
    assert found("called at 26-Aug 14:05 with result") == ["26-Aug"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("와파린 용량 조절함. 5.25 재검 예정.", "5.25"),
        ("partner screening 권유함. 다음10.18 f/u.", "10.18"),
        ("해열되었고 3.11 추적 흉부 X선에서 호전", "3.11"),
        ("建议3.2复查血常规", "3.2"),
        ("RTC for recheck: 11/3 recheck INR", "11/3"),
    ],
)
def test_month_and_day_before_a_follow_up_word(text, date):
    assert date in found(text)


def test_decimals_before_a_follow_up_word_that_are_no_dates():
    assert found("Cr 1.25.3 재검, INR 2.45 recheck, dose 0.5 f/u, lactate 2.1 f/u") == []


@pytest.mark.parametrize(("text", "date"), [("Room 12\nJune 12 seen", "June 12"), ("Dec\n25 units", None)])
def test_a_date_does_not_run_across_lines(text, date):
    assert found(text) == ([date] if date else [])
