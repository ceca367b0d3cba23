"""ClinicalPersonRecognizer: names by title, credentials, signature, Pt/Patient, relation, known name pairs."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.person import ClinicalPersonRecognizer

RECOGNIZER = ClinicalPersonRecognizer()


def found(text: str) -> set[str]:
    return {text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["PERSON"])}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seen by Dr. Lee today", "Lee"),
        ("Mrs. Ana Ruiz called", "Ana Ruiz"),
        ("DR. KIM reviewed", "KIM"),
        ("Pt Jane Doe is stable", "Jane Doe"),
        ("his son Thomas at bedside", "Thomas"),
        ("Signed by: Robert K. Brown", "Robert K. Brown"),
        ("Jane Smith, RN", "Jane Smith"),
        ("Maria Garcia called back", "Maria Garcia"),
        ("Brandon K Desaulniers called", "Brandon K Desaulniers"),
        ("spoke with Brandon about discharge", "Brandon"),
    ],
)
def test_names_in_clinical_context(text, name):
    assert name in found(text)


def test_names_never_span_lines():
    names = found("Signed by: Robert Brown\nJane")
    assert "Robert Brown" in names and not any("\n" in name for name in names)


@pytest.mark.parametrize(
    "text", ["Patient Denies Pain", "son Was here", "Parkinson Disease", "Emergency Room", "Will Ambulate", "Hope Ward"]
)
def test_capitalised_clinical_words_are_not_names(text):
    assert found(text) == set()
