"""Shared construction of a multilingual clinical-term recognizer that keeps asserted facts only."""

from __future__ import annotations

import re

import regex
from presidio_analyzer import RecognizerResult

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.sensitive.assertion import WORD_END, WORD_START, AssertionRules


def acronyms(*terms: str) -> str:
    """Case-sensitive acronyms ("AIDS" is the disease, "hearing aids" is not)."""
    return WORD_START + "(?:" + "|".join(terms) + ")" + WORD_END


def cjk_terms(*terms: str) -> str:
    """Korean and Chinese terms: no word boundaries (particles attach to Korean nouns)."""
    return "(?:" + "|".join(sorted(terms, key=len, reverse=True)) + ")"


class ClinicalTermRecognizer(SpanPatternRecognizer):
    """A pattern recognizer over class-level PATTERNS, case-sensitive unless a pattern says otherwise, on the
    `regex` engine (Presidio's, which these patterns were written for).

    A match is kept only where the text asserts it about the patient (see `assertion`), except for the
    patterns named in SELF_ASSERTING, whose match carries its own result ("G2P1", "RPR reactive 1:8").
    """

    PATTERNS: list[Pattern] = []
    CONTEXT: list[str] = []
    ENTITY = ""
    SELF_ASSERTING: frozenset[str] = frozenset()
    # Generic uses of a term, read right after or right before it (regexes).
    NOT_A_FACT_AFTER = "(?!)"
    NOT_A_FACT_BEFORE = "(?!)"
    VISIT_WORDS_ARE_GENERIC = True
    LANGUAGE = "en"
    REGEX_FLAGS = re.DOTALL | re.MULTILINE
    compile_regex = staticmethod(regex.compile)

    def __init__(self, supported_language: str | None = None, supported_entity: str | None = None, **kwargs):
        super().__init__(supported_language=supported_language, supported_entity=supported_entity, **kwargs)
        self._assertion = AssertionRules(
            list_terms="|".join(pattern.regex for pattern in self.PATTERNS),
            not_a_fact_after=self.NOT_A_FACT_AFTER,
            not_a_fact_before=self.NOT_A_FACT_BEFORE,
            visit_words_are_generic=self.VISIT_WORDS_ARE_GENERIC,
        )

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            result
            for result in results
            if result.analysis_explanation.pattern_name in self.SELF_ASSERTING
            or self._assertion.asserted(text, result.start, result.end)
        ]
