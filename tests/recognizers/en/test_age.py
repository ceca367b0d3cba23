"""AgeOver89Recognizer: ages of 90 and over only, as the number."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.age import AgeOver89Recognizer

RECOGNIZER = AgeOver89Recognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["AGE_OVER_89"])]


@pytest.mark.parametrize(
    "text", ["a 95 y/o man", "92-year-old female", "aged 91", "Age: 103", "97yo F", "90 years old"]
)
def test_ages_over_89(text):
    assert len(found(text)) == 1


@pytest.mark.parametrize("text", ["a 45 y/o man", "89-year-old", "HR 95", "given 95 mg", "SpO2 97%", "aged 89"])
def test_other_numbers_are_not_ages_over_89(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "age"), [("Age/Sex: 95/female", "95"), ("AGE/GENDER 101/M", "101")])
def test_age_in_an_age_sex_field(text, age):
    assert found(text) == [age]


@pytest.mark.parametrize("text", ["Age/Sex: 45/female", "Age/Sex: 95", "Age/Sex: 95.5/F"])
def test_age_sex_field_needs_an_age_over_89_and_a_sex(text):
    assert found(text) == []
