"""Telephone and fax numbers: US (NANP) forms, international "+<country code>" forms, and any number after a
label or after a verb of calling ("reached at", "call her on")."""

from __future__ import annotations

import re

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer

_EXTENSION = r"(?:[ \t]?(?:x|ext\.?)[ \t]?\d{1,5})?"  # 555-1234x769, 555-1234 ext. 12
_LABEL = r"(?:Phone|Ph|Tel|Telephone|Cell|Mobile|Fax|Facsimile|Pager|Beeper|Home|Work|Contact)"
# Any country's grouping: "0412 345 678", "01.84.17.61.18", "(08) 8747 6301"; validate_result counts the digits.
_ANY_NUMBER = r"\+?\(?\d[\d \t().-]{5,18}\d\b"
# "reached at", "call her on", "can be contacted at", "text back on": the verb says a number follows.
_CALLING = (
    r"\b(?:call(?:ed)?|phoned?|reach(?:ed|able)?|contact(?:ed|able)?|text(?:ed)?|page[ds]?|ring|answer(?:ed|ing)?)"
    r"(?:[ \t](?:me|us|him|her|them|back))?[ \t](?:at|on)[ \t]"
)
# Not a day: "contacted on 2024-01-05", "called on 05.01.2024" (three groups, a year among them).
_NOT_A_DATE = r"(?!\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}\b|\d{1,2}[-./ ]\d{1,2}[-./ ](?:\d{4}|\d{2})\b(?![-. ]\d))"


class UsPhoneRecognizer(EnglishPatternRecognizer):
    """Phones and faxes both map to PHONE_NUMBER; the fax label only raises confidence."""

    PATTERNS = [
        Pattern(
            "NANP number",
            ASCII_WORDS
            + r"(?<![\d-])(?:\+?1[-. \t]?)?(?:\(\d{3}\)[ \t]?|\b\d{3}[-. \t])\d{3}[-. \t]\d{4}"
            + _EXTENSION
            + r"\b",
            0.7,
        ),
        Pattern(
            "international number",
            ASCII_WORDS
            + r"(?<![\w+])\+\d{1,3}[ \t.-]?(?:\(\d{1,4}\)[ \t.-]?)?\d{1,4}(?:[ \t.-]?\d{2,4}){1,4}"
            + _EXTENSION
            + r"\b",
            0.7,
        ),
        Pattern(
            "labelled number",
            ASCII_WORDS + rf"\b{_LABEL}\.?[ \t]*(?:No\.?|Number|#)?[ \t]*[:#]?[ \t]*\K{_ANY_NUMBER}",
            0.9,
        ),
        # A form exported one field per line: "Phone:" on its line, the number alone on the next.
        Pattern(
            "number below its label",
            ASCII_WORDS + rf"^[ \t]*{_LABEL}\.?[ \t]*(?:No\.?|Number)?[ \t]*:[ \t]*\n[ \t]*\K{_ANY_NUMBER}(?=[ \t]*$)",
            0.9,
        ),
        Pattern("number after a verb of calling", ASCII_WORDS + rf"{_CALLING}\K{_NOT_A_DATE}{_ANY_NUMBER}", 0.8),
    ]
    CONTEXT = ["phone", "tel", "telephone", "cell", "mobile", "fax", "pager", "call", "contact", "number"]
    ENTITY = "PHONE_NUMBER"
    REGEX_FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE

    def validate_result(self, pattern_text: str) -> bool | None:
        """A phone number has 7 to 15 digits (ITU-T E.164), whatever the separators."""
        digits = sum(char.isdigit() for char in pattern_text)
        return None if 7 <= digits <= 15 else False
