"""UsStreetAddressRecognizer: street lines with unit, city, state and ZIP; PO boxes."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Lives at 6630 Gabriel Glen Suite 875 (zip 01427) with spouse", "6630 Gabriel Glen Suite 875"),
        (
            "Address: 4206 James Mountains, West Shirleybury, NV 96405",
            "4206 James Mountains, West Shirleybury, NV 96405",
        ),
        ("home: 12 Orchard Crossing Apt. 3", "12 Orchard Crossing Apt. 3"),
    ],
)
def test_every_usps_street_suffix(text, address):
    assert found(text) == [address]


def test_an_address_never_spans_lines():
    assert found("NURSING ASSESSMENT 17 September 2018\nPatient Patricia Lane, 33 yo") == []


def test_territory_state_codes():
    assert found("Address: 785 Delgado Locks, Lake Richard, FM 89115") == ["785 Delgado Locks, Lake Richard, FM 89115"]
