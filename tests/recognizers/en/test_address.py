"""UsStreetAddressRecognizer: street lines with unit, city, state and ZIP; PO boxes."""

from __future__ import annotations

from emr_deid.recognizers.en.address import UsStreetAddressRecognizer

RECOGNIZER = UsStreetAddressRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["ADDRESS"])]


def test_full_street_address():
    text = "Lives at 12 Oak Street, Apt 4, Boston, MA 02115 with wife."
    assert found(text) == ["12 Oak Street, Apt 4, Boston, MA 02115"]


def test_street_line_and_po_box():
    assert found("home: 4410 N. Lake Shore Dr.") == ["4410 N. Lake Shore Dr."]
    assert found("mail to PO Box 1234") == ["PO Box 1234"]


def test_clinical_numbers_are_not_addresses():
    assert found("Gave 2 Tylenol tabs, 500 mL NS over 2 hours") == []
