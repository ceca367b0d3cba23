"""MedicareBeneficiaryIdRecognizer: the 11-character MBI by its format rule, with or without a label."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.mbi import MedicareBeneficiaryIdRecognizer

RECOGNIZER = MedicareBeneficiaryIdRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["HEALTH_INSURANCE_NUMBER"])]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Medicare card 1EG4-TE5-MK73 on file", "1EG4-TE5-MK73"),
        ("MBI 1EG4TE5MK73", "1EG4TE5MK73"),
        ("copy of card: 9RQ0HD5NX92.", "9RQ0HD5NX92"),
        ("보험: Medicare 2A34-C56-DE78", "2A34-C56-DE78"),
    ],
)
def test_finds_mbis(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "0EG4TE5MK73",  # position 1 is never 0
        "1SG4TE5MK73",  # S is never used
        "1EG4TE5MK7",  # ten characters
        "1EG4TE5MK734",  # twelve
        "1EG4-TE5MK73",  # one dash of two
        "LOT 1EG4TE5MK73X",
        "ECG 12-lead, HbA1c 7.2, BP 120/80",
    ],
)
def test_no_mbi(text):
    assert found(text) == []
