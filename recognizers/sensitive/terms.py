"""Shared construction of a multilingual clinical-term recognizer."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

# Word edges by ASCII letters and digits: a Unicode \b sees no edge in "HIV抗体" or "HIV는".
_START, _END = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"


def english_terms(*terms: str) -> str:
    """Case-insensitive English words, whole words only."""
    return _START + "(?i:" + "|".join(terms) + ")" + _END


def acronyms(*terms: str) -> str:
    """Case-sensitive acronyms ("AIDS" is the disease, "hearing aids" is not)."""
    return _START + "(?:" + "|".join(terms) + ")" + _END


def cjk_terms(*terms: str) -> str:
    """Korean and Chinese terms: no word boundaries (particles attach to Korean nouns)."""
    return "(?:" + "|".join(sorted(terms, key=len, reverse=True)) + ")"


class ClinicalTermRecognizer(PatternRecognizer):
    """A PatternRecognizer over class-level PATTERNS, case-sensitive unless a pattern says otherwise."""

    PATTERNS: list[Pattern] = []
    CONTEXT: list[str] = []
    ENTITY = ""

    def __init__(self, supported_language: str = "en", supported_entity: str | None = None, **kwargs):
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
            **kwargs,
        )
