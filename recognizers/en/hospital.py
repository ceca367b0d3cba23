"""Hospitals and other care organisations: a capitalised name ending in Hospital, Medical Center, Clinic ...

and a list of well-known institutions whose names carry no such suffix ("Johns Hopkins").
"""

from __future__ import annotations

import re

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer

_SUFFIX = (
    r"(?:Hospital|Hospitals|Medical\sCent(?:er|re)|Health\sCent(?:er|re)|Cancer\sCent(?:er|re)|Clinic|Infirmary"
    r"|Health\sSystem|Healthcare|Health\sCare|Hospice|Nursing\sHome|Rehabilitation\sCent(?:er|re)|Sanatorium"
    r"|Children's|Memorial|Family\sPractice|Urgent\sCare|Medical\sGroup|Medical\sAssociates|Surg(?:ery|ical)\sCent(?:er|re)"
    r"|Care\sCent(?:er|re)|Primary\sCare)"
)
# Capitalised words joined by spaces, "of (the)" or "&" ("and" would join two hospitals);
# sentence openers are not part of a name.
_NAME_WORD = r"(?!(?:The|A|An|At|To|In|From|Our|This|Outside|Local|Transferred|Seen)\b)(?:St\.|[A-Z][\w'&-]*)"
# Spaces, never line breaks: the "MD" ending a signature line is no part of the hospital on the next.
_NAME = rf"{_NAME_WORD}(?:[ ](?:of[ ](?:the[ ])?|&[ ])?{_NAME_WORD}){{0,5}}"
KNOWN_INSTITUTIONS = (
    "Mayo Clinic", "Cleveland Clinic", "Johns Hopkins", "Mass General", "Massachusetts General",
    "Brigham and Women's", "Mount Sinai", "Cedars-Sinai", "NYU Langone", "Kaiser Permanente",
    "MD Anderson", "Memorial Sloan Kettering", "Stanford Health Care", "UCSF Health", "UCLA Health",
    "Duke Health", "Penn Medicine", "NewYork-Presbyterian", "Northwestern Medicine", "Mercy Health",
    "Beth Israel Deaconess", "Dana-Farber", "Intermountain Healthcare", "Providence Health",
    "Samsung Medical Center", "Asan Medical Center", "Severance", "Peking Union Medical College",
)  # fmt: skip


class HospitalRecognizer(EnglishPatternRecognizer):
    # Scanned several times faster by the other regex engine, same matches (see SpanPatternRecognizer.ON_RE).
    ON_RE = frozenset({"name with care-organisation suffix"})
    PATTERNS = [
        Pattern(
            "name with care-organisation suffix", ASCII_WORDS + rf"\b{_NAME}[ ]{_SUFFIX}\b(?:[ ]of[ ]{_NAME})?", 0.75
        ),
        Pattern(
            "care-organisation suffix first",
            ASCII_WORDS + rf"\b(?:Hospital|Clinic|Infirmary)\sof\s(?:the\s)?{_NAME}",
            0.75,
        ),
        Pattern(
            "known institution",
            ASCII_WORDS + r"\b(?:" + "|".join(map(re.escape, KNOWN_INSTITUTIONS)) + rf")\b(?:[ ]{_SUFFIX}\b)?",
            0.9,
        ),
    ]
    CONTEXT = ["hospital", "transferred", "admitted", "clinic", "center"]
    ENTITY = "HOSPITAL"
