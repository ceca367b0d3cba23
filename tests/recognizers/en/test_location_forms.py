"""Towns, counties and states where US notes name them (issue #4)."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.location import ResidenceLocationRecognizer

RECOGNIZER = ResidenceLocationRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pt is originally from Boston", "Boston"),
        ("transferred from Summit County", "Summit County"),
        ("lives with daughter in Columbus", "Columbus"),
        ("He lives alone in Austin, TX.", "Austin, TX"),
        ("from Cleveland, OH", "Cleveland, OH"),
        ("Hometown: Chicago, IL", "Chicago, IL"),
        ("Residence: East Jennifer", "East Jennifer"),
        ("She is a Springfield resident", "Springfield"),
        ("a Texas native", "Texas"),
        ("recent trip to Port Michael", "Port Michael"),
        ("was visiting family in Bradleyburgh", "Bradleyburgh"),
        ("Springfield, Illinois", "Springfield, Illinois"),
        ("tick bite in Connecticut", "Connecticut"),
        ("Pt is from Georgia", "Georgia"),
    ],
)
def test_finds_places(text, place):
    assert place in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seen by Jane Doe, MD and Tom Lee, PA today",
        "Signed: Amy Wu, RN",
        "University of Texas Southwestern",
        "Ohio State University",
        "Georgia Smith is a 45 yo female",
        "Dr. Washington saw the patient",
        "Cook County Hospital",
        "transferred from Outside Hospital",
        "transferred from ICU to floor",
        "is from Monday through Friday",
        "Parkinson disease, Alzheimer dementia, Crohn disease",
        "discharged home in stable condition",
        "City: pending",
    ],
)
def test_no_place(text):
    assert found(text) == []
