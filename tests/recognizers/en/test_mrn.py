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


@pytest.mark.parametrize(
    ("text", "mrn"),
    [
        ("Name: HAN SEOYEON (한서연)  Reg No. 40512277", "40512277"),
        ("Patient: Alan Moss (E4056044)\nComparison: none", "E4056044"),
        ("Pt: 김하늘 / 31013860\nFindings: ...", "31013860"),
        ("박지수(58/M) #92609938\nS) dyspnea", "92609938"),
    ],
)
def test_record_numbers_in_chart_headers(text, mrn):
    assert found(text) == [mrn]


def test_bracketed_or_slashed_values_that_are_not_record_numbers():
    assert found("Patient: Alan Moss (pain 7/10)") == []
    assert found("Pt: BP 130 / 80, HR 72") == []
    assert found("Patient: s/p CABG (2019)") == []
