"""HospitalRecognizer: names ending in Hospital, Medical Center, Clinic ..., and known institutions."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.hospital import HospitalRecognizer

RECOGNIZER = HospitalRecognizer()


def found(text: str) -> set[str]:
    return {text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["HOSPITAL"])}


def test_suffix_names_do_not_swallow_neighbours():
    assert found("Transferred from St. Mary's Hospital and Mayo Clinic.") == {"Mayo Clinic", "St. Mary's Hospital"}


def test_of_forms_and_known_institutions():
    assert "Hospital of the University of Pennsylvania" in found("at the Hospital of the University of Pennsylvania")
    assert found("f/u at Johns Hopkins next week") == {"Johns Hopkins"}


def test_sentence_openers_are_not_part_of_the_name():
    assert found("The Hospital policy applies.") == set()


@pytest.mark.parametrize(
    "name", ["Mooney Family Practice", "North Ridge Urgent Care", "Lakeside Surgery Center", "Valley Medical Group"]
)
def test_practices_and_urgent_care_centres(name):
    assert name in found(f"Previously followed at {name}, (212) 555-0100.")


def test_department_names_are_not_practices():
    assert found("seen in Family Practice clinic today; went to urgent care") == set()


def test_signature_credentials_and_known_names_with_their_suffix():
    text = "Sincerely,\nAnn Lee, MD\nUCSF Medical Center\nreferred from Brigham and Women's Hospital"
    assert found(text) == {"UCSF Medical Center", "Brigham and Women's Hospital"}
