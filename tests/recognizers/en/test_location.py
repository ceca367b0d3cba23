"""ResidenceLocationRecognizer: the town after "lives in" and the like."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.location import ResidenceLocationRecognizer

RECOGNIZER = ResidenceLocationRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("SH: lives in Port Harrison with her son; quit smoking", "Port Harrison"),
        ("Resides in Fairview, OR with wife", "Fairview, OR"),
        ("recently moved from Ohio for work", "Ohio"),
        ("born in Busan, relocated to Seattle 2010", "Busan"),
    ],
)
def test_places_after_residence_phrases(text, place):
    assert place in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "lives in a group home",
        "lives with wife in a two-story house",
        "lives in Assisted Living facility",
        "Boston Scientific stent placed",  # a capitalised word without a residence phrase
    ],
)
def test_no_place_name(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("PATIENT IS A 67 YO MALE WHO LIVES IN SPRINGFIELD, OH WITH HIS WIFE.", "SPRINGFIELD, OH"),
        ("MOVED FROM EL PASO LAST YEAR.", "EL PASO"),
    ],
)
def test_a_place_in_a_line_typed_in_capitals(text, place):
    assert found(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "LIVES IN ASSISTED LIVING.",
        "TRANSFERRED FROM MICU TODAY",
        "RETURNED FROM CT.",
        "transferred from ICU today",  # capitals in a line that is not: a unit, not a place
        "returned from OSH with records",
    ],
)
def test_units_and_care_settings_in_capitals_are_not_places(text):
    assert found(text) == []
