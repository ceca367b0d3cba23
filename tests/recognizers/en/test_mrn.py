"""MedicalRecordNumberRecognizer: numbers after an MRN label, the label not included."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.mrn import MedicalRecordNumberRecognizer

RECOGNIZER = MedicalRecordNumberRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["MEDICAL_RECORD_NUMBER"])]


@pytest.mark.parametrize(
    ("text", "mrn"),
    [
        ("MRN: 12345678", "12345678"),
        ("MRN#00123456", "00123456"),
        ("MR# A-1234567", "A-1234567"),
        ("Medical Record Number 7654321", "7654321"),
        ("chart no. 556677", "556677"),
    ],
)
def test_labelled_numbers(text, mrn):
    assert found(text) == [mrn]


def test_unlabelled_numbers_are_left_alone():
    assert found("Lasix 40 mg, 12345678 units, room 1234") == []
