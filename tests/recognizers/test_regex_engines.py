"""Patterns compiled with the other regex engine (ON_RE, ON_REGEX) exist, use it, and find the same matches."""

from __future__ import annotations

import re

import pytest
import regex

from emr_deid.benchmarks.bench_regex_engines import LANGUAGES, sensitive_to_unicode_tables, texts_by_language
from emr_deid.recognizers.base import SpanPatternRecognizer
from emr_deid.recognizers.registry import load_recognizers

ENGINES = {"ON_RE": (re.compile, re.Pattern), "ON_REGEX": (regex.compile, regex.Pattern)}


def _switched() -> list[tuple[str, SpanPatternRecognizer, str, str]]:
    """(language, recognizer, pattern name, ON_RE or ON_REGEX) for every pattern moved to the other engine."""
    found = []
    for language in LANGUAGES:
        for recognizer in load_recognizers(languages=[language]):
            if isinstance(recognizer, SpanPatternRecognizer):
                found += [
                    (language, recognizer, name, listing)
                    for listing in ENGINES
                    for name in getattr(recognizer, listing)
                ]
    return found


SWITCHED = _switched()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Every language's texts: which engine a pattern runs on must not change its matches on any of them."""
    notes = [text for texts in texts_by_language(600, seed=31).values() for text in texts]
    # Forms the synthetic notes hold rarely or never: "05Mar1950" (compact day-month-year).
    return [*notes, "DOB 05Mar1950, seen 12APR24 and 3jun2024; 생년월일 07Jul1961, 出生 9Sep88。"]


def test_some_patterns_are_on_the_other_engine():
    assert {listing for *_, listing in SWITCHED} == set(ENGINES)


@pytest.mark.parametrize(
    ("language", "recognizer", "name", "listing"),
    SWITCHED,
    ids=[f"{language}-{type(recognizer).__name__}-{name}" for language, recognizer, name, _ in SWITCHED],
)
def test_a_switched_pattern_uses_its_engine_and_finds_the_same_matches(texts, language, recognizer, name, listing):
    [(pattern, compiled)] = [(p, c) for p, c in recognizer._compiled if p.name == name]
    compile_with, pattern_type = ENGINES[listing]
    assert isinstance(compiled, pattern_type)
    # Case and Unicode word and space classes are where the two engines' tables differ: such patterns stay put.
    assert not sensitive_to_unicode_tables(pattern.regex, recognizer.global_regex_flags)
    other = (regex.compile if compile_with is re.compile else re.compile)(pattern.regex, recognizer.global_regex_flags)
    matched = 0
    for text in texts:
        spans = [match.span() for match in compiled.finditer(text)]
        assert spans == [match.span() for match in other.finditer(text)]
        matched += len(spans)
    assert matched > 0  # the comparison saw the pattern match
