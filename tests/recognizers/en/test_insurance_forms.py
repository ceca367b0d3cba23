"""Health-plan numbers after the labels US and code-mixed forms use (issue #4)."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.identifier import InsuranceMemberNumberRecognizer

RECOGNIZER = InsuranceMemberNumberRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["HEALTH_INSURANCE_NUMBER"])]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Group #: 00123456", "00123456"),
        ("Group Number: 12345", "12345"),
        ("Ins ID: XYZ123456789", "XYZ123456789"),
        ("Mbr ID W123456789", "W123456789"),
        ("Sub #: 987654321", "987654321"),
        ("Medi-Cal # 91234567A", "91234567A"),
        ("Member ID: [ABC123456789]", "ABC123456789"),
        ("Primary insurance: Aetna PPO (ID W123456789)", "W123456789"),
        ("Insurance: BCBS PPO, member ID ABC123456789", "ABC123456789"),
        ("Insurance: Blue Cross Blue Shield XYZ123456789", "XYZ123456789"),
    ],
)
def test_finds_numbers_after_real_world_labels(text, value):
    assert value in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Group B strep negative",
        "group 3 of the study",
        "Insurance: Medicaid, pending for 2 weeks",
        "Insurance: self-pay; phone 555-123-4567",
        "Member ID: pending",
        "on Medicare since 2019, Medicare Part B",
    ],
)
def test_no_insurance_number(text):
    assert found(text) == []
