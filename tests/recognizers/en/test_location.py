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
