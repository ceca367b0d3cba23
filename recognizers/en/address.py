"""US street addresses: number, capitalised street name and a street suffix, with unit, city, state, ZIP."""

from __future__ import annotations

from faker.providers.address.en_US import Provider as _FakerAddress

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer
from emr_deid.recognizers.en.us_states import US_STATES

# The USPS street suffixes (Faker's copy of them) and their common abbreviations.
_SUFFIXES = set(_FakerAddress.street_suffixes) | {
    "St", "Ave", "Rd", "Boulevard", "Blvd", "Ln", "Dr", "Ct", "Pl", "Way", "Ter", "Pkwy", "Hwy", "Cir", "Sq", "Trl",
}  # fmt: skip
_SUFFIX = "(?:" + "|".join(sorted(_SUFFIXES, key=lambda suffix: (-len(suffix), suffix))) + ")"
# Spaces, never line breaks: "17 September 2018\nPatient Patricia Lane" is a date and a name.
STREET = rf"\b\d{{1,6}}[A-Z]?[ ](?:[NSEW]\.?[ ])?(?:[A-Z][a-z]+\.?[ ]|\d+(?:st|nd|rd|th)[ ]){{1,4}}{_SUFFIX}\b\.?"
UNIT = r"(?:,?\s(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|#)\.?\s?#?[\w-]+)?"
CITY_STATE_ZIP = (
    rf"(?:,\s(?:[A-Z][a-z]+\s){{0,2}}[A-Z][a-z]+,?\s(?:{'|'.join(US_STATES)})\b(?:\s\d{{5}}(?:-\d{{4}})?)?)?"
)


class UsStreetAddressRecognizer(EnglishPatternRecognizer):
    PATTERNS = [
        Pattern("street address", ASCII_WORDS + STREET + UNIT + CITY_STATE_ZIP, 0.85),
        Pattern("PO box", ASCII_WORDS + r"\b(?i:P\.?\s?O\.?\sBox)\s\d{1,6}\b", 0.85),
    ]
    CONTEXT = ["address", "lives", "resides", "street"]
    ENTITY = "ADDRESS"
