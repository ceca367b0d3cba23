"""US ZIP codes after a state abbreviation or a ZIP label; a bare five-digit number is not enough."""

from __future__ import annotations

from faker.providers.address.en_US import Provider as UsAddresses

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.address import CITY_STATE_ZIP, STREET, UNIT
from emr_deid.recognizers.en.base import EnglishPatternRecognizer
from emr_deid.recognizers.en.us_states import US_STATES

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
        # A ZIP after a comma closing a street address, with or without city and state: "742 Evergreen Terrace,
        # 62704", "12 Elm St, Dayton, OH, 45402".
        Pattern(
            "ZIP after a street address",
            ASCII_WORDS + STREET + UNIT + CITY_STATE_ZIP + rf",[ \t]{{1,2}}\K{_ZIP}",
            0.85,
        ),
        Pattern("ZIP before its label", ASCII_WORDS + rf"\b{_ZIP}(?=\s?\((?i:zip(?:\s?code)?)\))", 0.9),
    ]
    CONTEXT = ["zip", "postal"]
    ENTITY = "POSTCODE"
