"""Postcodes of any country after a ZIP or postcode label: "ZIP: 8592", "postal code: K1A 0B1", "7412 SL".

A US ZIP has its own recognizer (`zip_code`), which also finds ZIPs after a state. Elsewhere a
postcode is three to nine letters and digits in one or two groups; without its label it is any number.
"""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer

_LABEL = r"(?i:\b(?:zip(?:[ \t]?code)?|post(?:al)?[ \t]?code)(?![a-z]))(?:[ \t]?\([^)\n]{0,12}\))?"
# "ZIP: 8592", "ZIP:" with the code on the next line (a form exported one field per line), "zip code is 2371".
_BETWEEN = r"(?:[ \t]*[:#=][ \t]*(?:\n[ \t]*)?|[ \t]+(?i:is|was|of)[ \t]+|[ \t]+)"
# The first group holds a digit; a second group holds one too or is a Dutch letter pair ("7412 SL").
_CODE = (
    r"(?<![\w-])(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{2,5}"
    r"(?:[ -](?:(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{2,4}|[A-Z]{2}))?(?![\w-])"
)


class PostcodeAfterLabelRecognizer(EnglishPatternRecognizer):
    PATTERNS = [Pattern("postcode after its label", ASCII_WORDS + _LABEL + _BETWEEN + r"\K" + _CODE, 0.85)]
    CONTEXT = ["zip", "postal", "postcode"]
    ENTITY = "POSTCODE"
