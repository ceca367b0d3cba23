"""Places of residence above street level: a town, optionally with its state, after "lives in" and the like.

A capitalised word alone may be anything, so only the phrases that introduce where someone lives, comes
from or moved to are read: "lives in Lake Anthony", "resides in Bradleyburgh, NJ", "moved from Ohio".
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.zip_code import US_STATES

_PLACE_WORD = (
    r"(?!(?:The|A|An|His|Her|Their|Our|Assisted|Nursing|Group|Skilled|Home|Rehab)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
)
_PLACE = rf"{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}(?:,\s(?:{'|'.join(US_STATES)})\b)?"
_INTRODUCER = (
    r"(?:lives|living|lived|resides|residing|resident|moved|relocated|relocating|born|raised|native|visiting|travell?ed"
    r"|returned|returning)\s(?:here\s)?(?:in|to|from|of|at)"
)


class ResidenceLocationRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("place after a residence phrase", ASCII_WORDS + rf"(?i:\b{_INTRODUCER}\s)\K(?-i:{_PLACE})", 0.7)
    ]
    CONTEXT = ["lives", "resides", "moved", "from"]

    def __init__(self, supported_language: str = "en", supported_entity: str = "LOCATION", **kwargs):
        super().__init__(
            supported_entity=supported_entity,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=re.MULTILINE,
            **kwargs,
        )
