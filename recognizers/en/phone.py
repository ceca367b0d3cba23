"""Telephone and fax numbers: US (NANP) forms, international "+<country code>" forms, and any number after a label."""

from __future__ import annotations

import re

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer

_EXTENSION = r"(?:[ \t]?(?:x|ext\.?)[ \t]?\d{1,5})?"  # 555-1234x769, 555-1234 ext. 12
_LABEL = r"(?:Phone|Ph|Tel|Telephone|Cell|Mobile|Fax|Facsimile|Pager|Beeper|Home|Work|Contact)"


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
            ASCII_WORDS + rf"\b{_LABEL}\.?[ \t]*(?:No\.?|Number|#)?[ \t]*[:#]?[ \t]*\K\+?\(?\d[\d \t().-]{{5,18}}\d\b",
            0.9,
        ),
    ]
    CONTEXT = ["phone", "tel", "telephone", "cell", "mobile", "fax", "pager", "call", "contact", "number"]
    ENTITY = "PHONE_NUMBER"
    REGEX_FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE

    def validate_result(self, pattern_text: str) -> bool | None:
        """A phone number has 7 to 15 digits (ITU-T E.164), whatever the separators."""
        digits = sum(char.isdigit() for char in pattern_text)
        return None if 7 <= digits <= 15 else False
