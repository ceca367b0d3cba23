"""PostcodeAfterLabelRecognizer: any country's postcode after a ZIP or postcode label."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.postcode import PostcodeAfterLabelRecognizer

RECOGNIZER = PostcodeAfterLabelRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["POSTCODE"])]


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("ZIP: 8592", "8592"),
        ("my zip code is 610", "610"),
        ("ZIP: 394 13", "394 13"),
        ("ZIP: 7412 SL", "7412 SL"),
        ("Postal code: K1A 0B1", "K1A 0B1"),
        ("postcode SW1A 1AA, London", "SW1A 1AA"),
        ("Zip Code (5-digit): 61240", "61240"),
        ("ZIP:\n8592\n", "8592"),
    ],
)
def test_postcodes_after_their_label(text, postcode):
    assert found(text) == [postcode]


def test_the_word_after_a_postcode_is_not_part_of_it():
    assert found("ZIP: 8592 Aalborg") == ["8592"]
    assert found("Postcode: 2000 and the city") == ["2000"]


@pytest.mark.parametrize("text", ["zip code unknown", "zip\n12345", "postal code: N/A", "zipper 12345"])
def test_no_postcode_without_a_label_and_a_digit(text):
    assert found(text) == []
