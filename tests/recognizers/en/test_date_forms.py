"""Date forms of US and international charts (issue #4): a time after a date is not part of its span."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.date import ClinicalDateRecognizer

RECOGNIZER = ClinicalDateRecognizer()


def found(text: str) -> list[str]:
    spans = {(r.start, r.end) for r in RECOGNIZER.analyze(text, ["DATE"])}
    # the engine keeps the longest of overlapping spans
    longest = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return [text[start:end] for start, end in sorted(longest)]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("seen on the 5th of March", ["5th of March"]),
        ("5th of March 2024", ["5th of March 2024"]),
        ("5th March 2024", ["5th March 2024"]),
        ("05MAR2024", ["05MAR2024"]),
        ("05-MAR-2024", ["05-MAR-2024"]),
        ("since Mar '24", ["Mar '24"]),
        ("admitted 2024-03-05T10:30", ["2024-03-05"]),
        ("03/05/2024 14:30", ["03/05/2024"]),
        ("05.03.2024", ["05.03.2024"]),
        ("Abx 3/5-3/9, then PO", ["3/5", "3/9"]),
        ("admitted 3/5 to 3/12", ["3/5", "3/12"]),
        ("continue through 3/12", ["3/12"]),
        ("3/5: afebrile, ambulating", ["3/5"]),
        ("seen on 5 March", ["5 March"]),
    ],
)
def test_finds_dates(text, dates):
    assert found(text) == dates


@pytest.mark.parametrize(
    "text",
    [
        "strength 4/5-5/5 in BLE",
        "pain 3/10 to 5/10",
        "murmur 2/6 to 3/6",
        "BP 120/80-130/90",
        "31.02.2024",
        "the 3rd of the month",
        "lives at 5th Street",
        "Strength: 5/5 bilaterally",
        "take 2 tabs; 5 May cause drowsiness",
        "Sodium 135 Mar",
    ],
)
def test_no_date(text):
    assert found(text) == []
