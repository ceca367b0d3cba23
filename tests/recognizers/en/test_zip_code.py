"""UsZipCodeRecognizer: ZIP codes after a state or a ZIP label only."""

from __future__ import annotations

from emr_deid.recognizers.en.zip_code import UsZipCodeRecognizer

RECOGNIZER = UsZipCodeRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["POSTCODE"])]


def test_zip_after_state_and_label():
    assert found("Boston, MA 02115") == ["02115"]
    assert found("zip code: 94110-1234") == ["94110-1234"]


def test_bare_five_digit_numbers_are_not_zip_codes():
    assert found("platelets 15000, 12345 steps") == []
