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


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Witness: Ann Lee, RN   Date: 10/05", ["10/05"]),
        ("Date:9/8\nTime-out completed", ["9/8"]),
        ("CXR 7/21 unchanged", ["7/21"]),
        ("c/o SOB, s/p TAVR 6/19. NKDA.", ["6/19"]),
        ("PDMP checked 06/16, no red flags", ["06/16"]),
        ("Previous result: Hgb 9.8 g/dL (10/25)", ["10/25"]),
        ("LDL 131 mg/dL (12/16)", ["12/16"]),
    ],
)
def test_month_day_after_a_date_label_a_study_or_a_result(text, dates):
    assert found(text) == dates


@pytest.mark.parametrize(
    "text",
    [
        "CXR 2 views, pain 5/10 at rest, 8/10 with WB",
        "MMT hip abd 4-/5, strength (4/5)",
        "Boston Bowel Prep Score 8 (3/3/2)",
        "BP 120/80 (sitting), HR 88 (irregular)",
        "drawn 3 times, CT 1.2 cm",
    ],
)
def test_scores_and_ratios_stay_undated(text):
    assert found(text) == []
