"""Medicare Beneficiary Identifiers (MBI), recognised by their format alone.

CMS issues MBIs as 11 characters in fixed classes: position 1 a digit 1-9; 2, 5, 8 and 9 a letter;
3 and 6 a letter or digit; 4, 7, 10 and 11 a digit. The letters S, L, O, I, B and Z are never used, so
that no character reads as another. Cards and claims print them bare or in groups of 4-3-4
("1EG4-TE5-MK73"). The classes are strict enough that a run matching them is an MBI without a label;
labelled ones ("Medicare ID: ...") are also found by `InsuranceMemberNumberRecognizer`.
"""

from __future__ import annotations

import re

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer

_LETTER = "[AC-HJKMNP-RT-Y]"
_LETTER_OR_DIGIT = "[AC-HJKMNP-RT-Y0-9]"
_MBI = (
    rf"[1-9]{_LETTER}{_LETTER_OR_DIGIT}\d"
    rf"(?P<dash>-?){_LETTER}{_LETTER_OR_DIGIT}\d"
    rf"(?P=dash){_LETTER}{{2}}\d{{2}}"
)


class MedicareBeneficiaryIdRecognizer(EnglishPatternRecognizer):
    """An MBI anywhere: bare or with both dashes, never inside a longer run of letters and digits."""

    PATTERNS = [Pattern("MBI", ASCII_WORDS + rf"(?<![A-Za-z0-9-]){_MBI}(?![A-Za-z0-9]|-[A-Za-z0-9])", 0.75)]
    CONTEXT = ["medicare", "mbi", "beneficiary", "insurance"]
    ENTITY = "HEALTH_INSURANCE_NUMBER"
    REGEX_FLAGS = re.MULTILINE
