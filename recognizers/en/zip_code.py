"""US ZIP codes after a state abbreviation or a ZIP label; a bare five-digit number is not enough."""

from __future__ import annotations

from presidio_analyzer import Pattern

from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer

US_STATES = [
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "PR",
    # territories and freely associated states with USPS codes
    "AS",
    "GU",
    "MP",
    "VI",
    "FM",
    "MH",
    "PW",
]


class UsZipCodeRecognizer(EnglishPatternRecognizer):
    PATTERNS = [
        # "Dayton, OH 45402", and form fields "State/ZIP: OH/45402", "City/State/Zip: Dayton/OH/45402"
        Pattern(
            "ZIP after state",
            ASCII_WORDS + rf"\b(?:{'|'.join(US_STATES)})(?:,?\s{{1,2}}|\s?/\s?)\K\d{{5}}(?:-\d{{4}})?\b",
            0.85,
        ),
        Pattern(
            "labelled ZIP",
            ASCII_WORDS + r"(?i:\b(?:zip(?:\s?code|\+4)?|post(?:al)?\s?code)\s*[:#=]?\s*)\K\d{5}(?:-\d{4})?\b",
            0.9,
        ),
        Pattern("ZIP before its label", ASCII_WORDS + r"\b\d{5}(?:-\d{4})?(?=\s?\((?i:zip(?:\s?code)?)\))", 0.9),
    ]
    CONTEXT = ["zip", "postal"]
    ENTITY = "POSTCODE"
