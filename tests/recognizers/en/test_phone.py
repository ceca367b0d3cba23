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
