"""UsZipCodeRecognizer: ZIP codes after a state or a ZIP label only."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.zip_code import UsZipCodeRecognizer

RECOGNIZER = UsZipCodeRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["POSTCODE"])]


def test_zip_after_state_and_label():
    assert found("Boston, MA 02115") == ["02115"]
    assert found("zip code: 94110-1234") == ["94110-1234"]


def test_bare_five_digit_numbers_are_not_zip_codes():
    assert found("platelets 15000, 12345 steps") == []


@pytest.mark.parametrize(
    ("text", "zip_code"),
    [
        ("State/ZIP: CA/44458", "44458"),
        ("City/State/Zip: Dayton/OH/45402", "45402"),
        ("zip=74859", "74859"),
        ("Postcode 98558", "98558"),
        ("post code: 98558-1234", "98558-1234"),
        ("ZIP+4: 45402-1234", "45402-1234"),
        ("27084 (zip)", "27084"),
        ("Columbus, Ohio 43215", "43215"),
        ("Lake Ashley, MP, USA 60732", "60732"),
        ("Brookschester North Carolina 34529", "34529"),
        ("Dayton, OH. 45402", "45402"),
        ("ZIP/Postal: 96172", "96172"),
        ("Zip Code (5-digit): 61240", "61240"),
        ("zip code is 27575", "27575"),
        ("ZIP of residence 54988", "54988"),
    ],
)
def test_form_fields_and_other_labels(text, zip_code):
    assert found(text) == [zip_code]


@pytest.mark.parametrize(
    "text", ["BP 120/80, HR 72", "I/O 1200/800", "code 12345", "Lot 12345 (vial)", "zip\n12345", "Ohio State 12345"]
)
def test_slashes_and_other_labels_give_no_zip(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "zip_code"),
    [
        ("Home: 742 Evergreen Terrace, 62704.", "62704"),  # a street and its ZIP, no city or state
        ("12 Elm St Apt 3, 45402", "45402"),
        ("lives at 12 Elm St, Dayton, OH, 45402 with wife", "45402"),  # a comma between state and ZIP
    ],
)
def test_zip_after_a_comma_closing_a_street_address(text, zip_code):
    assert zip_code in found(text)


@pytest.mark.parametrize("text", ["Room 12, 45402", "BP 120/80, 45402 steps", "Bed 3, 12345"])
def test_a_number_after_a_comma_is_no_zip_without_a_street_before_it(text):
    assert found(text) == []
