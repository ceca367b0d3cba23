"""Presidio's context rule, found faster: the same surrounding words, supportive word and score; and the
supported entities, listed once."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from emr_deid.recognizers.registry import load_recognizers
from emr_deid.transforms.detect.context import ContextWordEnhancer, KeywordIndex, OnePassContextAnalyzerEngine
from emr_deid.transforms.detect.nlp_engine import ScriptTokenNlpEngine
from tests.detect.test_batching import synthetic_notes

_ENGINE = ScriptTokenNlpEngine(["ko", "zh", "en"])


@pytest.mark.parametrize(("before", "after"), [(5, 0), (2, 3), (0, 0)])
def test_keyword_index_finds_presidios_surrounding_words(before, after):
    presidios = LemmaContextAwareEnhancer(context_prefix_count=before, context_suffix_count=after)
    compared = 0
    for note in synthetic_notes(12, seed=21):
        artifacts = _ENGINE.process_text(note.text, note.languages[0])
        index = KeywordIndex(artifacts)
        # Every token's start, and an offset inside or just after each token.
        offsets = {offset for start in artifacts.tokens_indices for offset in (start, start + 1)}
        last_end = artifacts.tokens_indices[-1] + len(artifacts.tokens[-1])
        for start in sorted(offset for offset in offsets if offset < last_end):
            expected = presidios._extract_surrounding_words(artifacts, word="", start=start)
            assert sorted(index.around(start, before, after)) == sorted(expected)
            compared += 1
    assert compared > 1000


def test_keyword_index_answers_as_presidio_where_there_are_no_tokens():
    artifacts = _ENGINE.process_text("   ", "en")
    expected = LemmaContextAwareEnhancer()._extract_surrounding_words(artifacts, word="", start=0)
    assert KeywordIndex(artifacts).around(0, 5, 0) == expected == [""]


def test_keyword_index_does_not_quote_the_text_when_no_token_is_there():
    artifacts = _ENGINE.process_text("환자 김민수", "ko")
    with pytest.raises(ValueError, match="offset 40") as raised:
        KeywordIndex(artifacts).around(40, 5, 0)
    assert "김민수" not in str(raised.value)


@pytest.mark.parametrize("mode", ["substring", "whole_word"])
@pytest.mark.parametrize("given_words", [None, ["Patient", "Tel"]])
def test_context_word_enhancer_scores_as_presidios(mode, given_words):
    boosted = 0
    for language in ("ko", "zh", "en"):
        recognizers = load_recognizers(languages=[language])
        for note in synthetic_notes(12, seed=22):
            artifacts = _ENGINE.process_text(note.text, language)
            results = [
                result
                for recognizer in recognizers
                for result in recognizer.analyze(note.text, recognizer.supported_entities, artifacts)
            ]
            found = []
            for enhancer in (
                LemmaContextAwareEnhancer(context_matching_mode=mode),
                ContextWordEnhancer(context_matching_mode=mode),
            ):
                enhanced = enhancer.enhance_using_context(note.text, results, artifacts, recognizers, given_words)
                found.append(
                    [(r.start, r.end, r.score, r.analysis_explanation.supportive_context_word) for r in enhanced]
                )
            assert found[1] == found[0]
            boosted += sum(1 for *_, word in found[1] if word)
    assert boosted > 20  # context words raised scores: the comparison covers the enhancement itself


@pytest.mark.parametrize("language", ["ko", "zh", "en"])
def test_one_pass_engine_lists_presidios_supported_entities(language):
    registry = RecognizerRegistry(recognizers=load_recognizers(languages=[language]), supported_languages=[language])
    ours = OnePassContextAnalyzerEngine(registry=registry, nlp_engine=_ENGINE, supported_languages=[language])
    presidios = AnalyzerEngine(registry=registry, nlp_engine=_ENGINE, supported_languages=[language])
    expected = sorted(presidios.get_supported_entities(language))
    ours.get_supported_entities(language).clear()  # a caller's copy: the next call's answer is whole
    assert sorted(ours.get_supported_entities(language)) == expected
