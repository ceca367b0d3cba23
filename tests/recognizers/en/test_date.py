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
