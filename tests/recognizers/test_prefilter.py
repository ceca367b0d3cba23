"""The pattern prefilter never skips a pattern that matches: relaxed forms, the registry's patterns, the cache."""

from __future__ import annotations

import logging
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emr_deid.benchmarks.bench_regex_engines import LANGUAGES, texts_by_language
from emr_deid.evaluation.synthetic import generate
from emr_deid.recognizers import prefilter
from emr_deid.recognizers.base import SpanPatternRecognizer
from emr_deid.recognizers.prefilter import PatternPrefilter, Untranslatable, re_flags, relaxed
from emr_deid.recognizers.registry import load_recognizers
from emr_deid.transforms.detect import Detector

pytest.importorskip("hyperscan")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("EMR_DEID_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _prefilter(*patterns: str, flags: int = 0) -> PatternPrefilter:
    return PatternPrefilter([(pattern, flags, False) for pattern in patterns])


# ---- relaxed forms ------------------------------------------------------------------------------------


def test_what_only_narrows_a_match_is_left_out():
    assert relaxed(r"(?<=a)(?<!b)^b\b(?=c)(?!d)$\Z") == r"\x{62}"


def test_a_bounded_repeat_becomes_unbounded_and_a_backreference_any_text():
    assert relaxed(r"(a)\d{2,4}\1") == r"(?:\x{61})(?:[\d]){2,}(?:.*)"
    assert relaxed(r"x{0,3}") == r"(?:\x{78})*"


def test_letters_under_ignorecase_take_every_case_form_but_the_ascii_twins():
    assert relaxed("(?i)é") == r"[\x{c9}\x{e9}]"
    assert relaxed("(?i)k") == r"[\x{4b}\x{6b}]"  # the Kelvin sign is left to `possible`
    assert relaxed("(?i:a)b") == r"(?:[\x{41}\x{61}])\x{62}"


def test_a_negated_class_leaves_out_only_what_it_names():
    assert relaxed("(?i)[^a]") == r"[^\x{61}]"
    assert relaxed(r"[^\s]") == r"[^\s]"  # PCRE's spaces: fewer than Python's, so the class holds no less


def test_regex_only_syntax_is_untranslatable():
    with pytest.raises(Untranslatable):
        relaxed(r"\p{Han}+")


PATTERNS = [
    r"(?i)(?<![A-Za-z])patient[ \t]*name:\s*(?P<phi>[A-Z][a-z]+)",
    r"(?<![가-힣])환자명\s*[:：]\s*(?P<phi>[가-힣]{2,4})(?=님|\b)",
    r"(?a)\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b",
    r"\d{3}-\d{4}",
    r"(?i)kiss|ſt",
    r"[^\s\d]{3}\s\w+",
    r"(?i)[a-f]{2}[^x]",
    r"患者\s*(?P<phi>[\u4e00-\u9fff]{2,3})",
]
PREFILTER = PatternPrefilter([(pattern, 0, False) for pattern in PATTERNS])
ALPHABET = st.sampled_from(list("aAbBcCdDeEfFkKsSxX 0123456789/:-\t\n\x1c\x85\u3000٣가나환자명님患者张伟ſKıİé_"))


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_a_pattern_that_matches_a_text_is_never_skipped(text):
    possible = PREFILTER.possible(text)
    if possible is None:  # a text holding an ASCII letter's twin (the Kelvin sign ...) is not prefiltered
        assert re.search("[Kſıİ]", text)
        return
    for index, pattern in enumerate(PATTERNS):
        if re.search(pattern, text):
            assert index in possible, (pattern, text)


# ---- the registry's patterns --------------------------------------------------------------------------


def _pattern_recognizers(language: str) -> list[SpanPatternRecognizer]:
    return [r for r in load_recognizers(languages=[language]) if isinstance(r, SpanPatternRecognizer)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_registered_pattern_that_matches_an_evaluation_text_is_skipped(language):
    texts = texts_by_language(150, seed=4111)[language]
    skipped = 0
    for recognizer in _pattern_recognizers(language):
        recognizer_prefilter = recognizer._pattern_prefilter()
        for text in texts:
            possible = recognizer_prefilter.possible(text)
            for index, (pattern, compiled) in enumerate(recognizer._compiled):
                if possible is not None and index not in possible:
                    skipped += 1
                    assert compiled.search(text) is None, (recognizer.name, pattern.name)
    assert skipped > 0  # the prefilter did skip patterns


def test_a_detector_finds_the_same_entities_with_and_without_the_prefilter(monkeypatch):
    notes = list(generate(120, lang="all", split="dev", seed=4127))
    prefiltered = Detector.from_config()
    with_prefilter = [prefiltered.detect(note["text"], known_phi=()) for note in notes]
    monkeypatch.setattr(prefilter, "hyperscan", None)
    plain = Detector.from_config()
    assert [plain.detect(note["text"], known_phi=()) for note in notes] == with_prefilter


def test_every_registered_pattern_has_a_relaxed_form_or_a_reason():
    untranslatable = []
    for language in LANGUAGES:
        for recognizer in _pattern_recognizers(language):
            for pattern, compiled in recognizer._compiled:
                try:
                    relaxed(pattern.regex, re_flags(compiled), not isinstance(compiled, re.Pattern))
                except Untranslatable:
                    untranslatable.append((recognizer.name, pattern.name))
    assert untranslatable == []


# ---- the cache ------------------------------------------------------------------------------------------


def test_a_compiled_database_is_cached_and_read_back(cache_dir, monkeypatch):
    _prefilter(r"\d{3}-\d{4}", "abc").warm_up()
    assert len(list(cache_dir.glob("prefilter-*.hsdb"))) == 1

    def no_compiling(*args):
        raise AssertionError("compiled although cached")

    monkeypatch.setattr(prefilter, "_compiled", no_compiling)
    assert _prefilter(r"\d{3}-\d{4}", "abc").possible("call 555-1234") == {0}


def test_without_a_writable_cache_it_compiles_and_says_so(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("EMR_DEID_CACHE_DIR", str(blocker / "cache"))
    with caplog.at_level(logging.WARNING, logger=prefilter.__name__):
        assert _prefilter("abc", "xyz").possible("xyz") == {1}
    assert "not cached" in caplog.text


def test_a_pattern_hyperscan_rejects_always_runs(cache_dir):
    gazetteer = "|".join(f"name{index:05d}suffix" for index in range(40_000))  # longer than Hyperscan takes
    rejected = _prefilter("abc", f"(?:{gazetteer})")
    assert rejected.possible("nothing here") == {1}
    assert rejected.possible("abc") == {0, 1}


def test_without_hyperscan_every_pattern_may_match(monkeypatch):
    monkeypatch.setattr(prefilter, "hyperscan", None)
    assert _prefilter("abc").possible("xyz") is None
