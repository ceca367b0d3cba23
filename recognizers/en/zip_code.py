"""US ZIP codes after a state abbreviation or a ZIP label; a bare five-digit number is not enough."""

from __future__ import annotations

from faker.providers.address.en_US import Provider as UsAddresses
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


_STATE_NAMES = sorted(UsAddresses.states, key=len, reverse=True)
_ZIP = r"\d{5}(?:-\d{4})?\b"
_COUNTRY = r"(?:,?\s(?:USA|U\.S\.A\.|US))?"  # "Dayton, OH, USA 45402"


class UsZipCodeRecognizer(EnglishPatternRecognizer):
    PATTERNS = [
        # "Dayton, OH 45402", "Dayton, OH. 45402", form fields "State/ZIP: OH/45402", "City/State/Zip: Dayton/OH/45402"
        Pattern(
            "ZIP after state",
            ASCII_WORDS + rf"\b(?:{'|'.join(US_STATES)}){_COUNTRY}(?:\.?,?\s{{1,2}}|\s?/\s?)\K{_ZIP}",
            0.85,
        ),
        Pattern(
            "ZIP after a state's name",
            ASCII_WORDS + rf"\b(?:{'|'.join(_STATE_NAMES)}){_COUNTRY},?\s{{1,2}}\K{_ZIP}",
            0.85,
        ),
        # "ZIP: 45402", "zip=45402", "Postcode 45402", and a few words between, within the line: "ZIP/Postal:
        # 45402", "zip code is 45402", "Zip Code (5-digit): 45402", "ZIP of residence 45402".
        Pattern(
            "labelled ZIP",
            ASCII_WORDS
            + r"(?i:\b(?:zip(?:\s?code|\+4)?|post(?:al)?\s?code)(?![a-z]))"
            + rf"(?:\s?\([^)\n]{{0,12}}\))?[^\d\n]{{0,20}}?\K{_ZIP}",
            0.9,
        ),
        Pattern("ZIP before its label", ASCII_WORDS + rf"\b{_ZIP}(?=\s?\((?i:zip(?:\s?code)?)\))", 0.9),
    ]
    CONTEXT = ["zip", "postal"]
    ENTITY = "POSTCODE"
