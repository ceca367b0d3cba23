"""UsPhoneRecognizer: NANP phones and faxes, and numbers after a phone or fax label."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.phone import UsPhoneRecognizer

RECOGNIZER = UsPhoneRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["PHONE_NUMBER"])]


@pytest.mark.parametrize("phone", ["(617) 555-1234", "617-555-1234", "617.555.1234", "+1 617 555 1234"])
def test_nanp_numbers(phone):
    assert found(f"call {phone} today") == [phone]


def test_fax_after_label_including_international():
    assert found("Fax: +82 2 3410 1234.") == ["+82 2 3410 1234"]


@pytest.mark.parametrize("text", ["SSN 123-45-6789", "BP 120/80", "Fax: 12", "INR 2.5, Hb 12.3"])
def test_not_phones(text):
    assert found(text) == []


def test_a_labelled_number_stops_at_the_end_of_its_line():
    # A phone ends its line: the digits of a date on the next line are not part of it.
    assert found("mobile 010 1234 5678\n3/5 follow-up") == ["010 1234 5678"]


def test_a_number_on_the_line_below_its_label():
    # a form exported one field per line
    assert found("Phone:\n467 3395\n\nE-mail:\nx@example.org") == ["467 3395"]
    assert found("Fax:\n+44 20 7946 0958") == ["+44 20 7946 0958"]


def test_a_line_below_a_label_that_is_not_only_a_number_is_no_phone():
    assert found("Home:\n2024-01-05 visit") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Pt can be reached at 0412 345 678 after 5pm.", "0412 345 678"),
        ("Daughter can be contacted on 07700 900123", "07700 900123"),
        ("Can someone call me on 01.84.17.61.18?", "01.84.17.61.18"),
        ("text me at (08) 8747 6301 please", "(08) 8747 6301"),
        ("no one answering at 71-33-52-22", "71-33-52-22"),
    ],
)
def test_any_countrys_number_after_a_verb_of_calling(text, phone):
    assert found(text) == [phone]


@pytest.mark.parametrize(
    "text",
    ["Contacted on 2024-01-05 by phone", "called on 05.01.2024", "called on 5 12 2024", "Called at 1430 and 1500"],
)
def test_a_day_or_a_time_after_a_verb_of_calling_is_no_phone(text):
    assert found(text) == []
