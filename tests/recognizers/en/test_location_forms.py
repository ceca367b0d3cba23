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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("she was driving back from Cobbville when the pain began", "Cobbville"),
        ("at her lake house near Lake Vincent, about 2 hrs away", "Lake Vincent"),
        ("leaves home only for appts in West James, MA.", "West James, MA"),
        ("went to church in Virginia last Sunday", "Virginia"),
        ("staying with a friend in New Alex after losing her apartment", "New Alex"),
        ("born in Utah and grew up in Port Kyle", "Port Kyle"),
        ("Patient's home is in Kathleenfurt; family will travel", "Kathleenfurt"),
        ("Travel in past 30 days: yes - Port Jennifer.", "Port Jennifer"),
        ("Sending facility: Mayo Clinic, Benitezmouth, PA\n", "Benitezmouth, PA"),
        ("Referred by Mercy Hospital, Springfield.", "Springfield"),
        ("She flew in from Boston yesterday", "Boston"),
    ],
)
def test_places_in_more_sentence_forms(text, place):
    assert place in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "handed off to Transport at 14:00",
        "seen in Radiology, moved to West Tower",
        "transferred to Mount Sinai Hospital",
        "transferred from Mercy Hospital",
        "sent to Outside Hospital, Dr. Brown aware",
        "Mercy Hospital, Emergency Department",
        "driving back from work when the pain began",
        "Travel in past 30 days: no",
    ],
)
def test_no_place_in_institutions_and_everyday_words(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Interpreter: Spanish, ID #88231, via video.",
        "Language: Navajo, ID: 4471",
        "Interpreter: Vietnamese, ID No. 5521",
    ],
)
def test_an_id_label_after_a_word_is_not_idaho(text):
    assert found(text) == []


def test_a_town_in_idaho_is_still_a_place():
    assert found("moved here from Boise, ID 83702 last year") == ["Boise, ID"]
