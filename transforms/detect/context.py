"""Presidio's context enhancement, copying only the results it changes, in one pass over the results.

`LemmaContextAwareEnhancer` deep-copies every result of a call (with its explanation) before looking at
it, and then raises the score of the few that have a context word nearby. Those deep copies were a tenth
of detection time. Here the rule is Presidio's own (its surrounding-word window and word matching, the
same score arithmetic), but a result is copied only when its score changes: same scores, same order,
and the results handed in are left as they were.

Presidio also finds each result's surrounding words by walking the tokens from the note's start and
testing each lemma's membership in the list of keywords: linear in the note, per result. `KeywordIndex`
does it once per analysed text (token ends, keyword positions), and each result's words are then two
bisections and two slices; the recognizers' context words are lower-cased once, not per result. Same
words, same scores; the enhancement's time fell by a fifth on the bench's notes.

`AnalyzerEngine` first hands each recognizer its own results for recognizer-level enhancement, picking
them out of all results once per recognizer: with some forty recognizers and a few hundred results per
note, about 2% of detection time. `OnePassContextAnalyzerEngine` groups them in one pass; the order
of the results, recognizer by recognizer, is the same.
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer, LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


class KeywordIndex:
    """The words Presidio's enhancer takes around a result, found by bisection instead of a walk over the tokens.

    Presidio's rule (`LemmaContextAwareEnhancer._extract_surrounding_words`): the result's token is the
    first whose end lies past the result's start; from it, up to `before` + 1 keywords backwards and
    `after` + 1 forwards (the token itself among them when it is a keyword), lower-cased, without repeats.
    """

    def __init__(self, nlp_artifacts: NlpArtifacts):
        keywords = set(nlp_artifacts.keywords)
        lemmas = [lemma.lower() for lemma in nlp_artifacts.lemmas]
        tokens = zip(nlp_artifacts.tokens_indices, nlp_artifacts.tokens, strict=True)
        self._token_ends = [start + len(token) for start, token in tokens]
        self._positions = [index for index, lemma in enumerate(lemmas) if lemma in keywords]
        self._words = [lemmas[index] for index in self._positions]

    def around(self, start: int, before: int, after: int) -> list[str]:
        if not self._token_ends:
            return [""]  # Presidio's answer for text without tokens
        token = bisect_right(self._token_ends, start)
        if token == len(self._token_ends):
            raise ValueError(f"no token ends after offset {start}")  # Presidio's message quotes the text: not here
        backward_end, forward_start = bisect_right(self._positions, token), bisect_left(self._positions, token)
        backward = self._words[max(0, backward_end - before - 1) : backward_end]
        forward = self._words[forward_start : forward_start + after + 1]
        return list(set(backward + forward))


class ContextWordEnhancer(LemmaContextAwareEnhancer):
    """`LemmaContextAwareEnhancer` (same settings) that copies a result only to raise its score."""

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        with_context = {recognizer.id: recognizer for recognizer in recognizers if recognizer.context}
        if nlp_artifacts is None or not with_context:
            return list(raw_results)
        given_words = [word.lower() for word in context or []]
        keywords = None  # indexed on the first result that needs it: most calls have none
        enhanced = []
        for result in raw_results:
            recognizer = with_context.get(_recognizer_id(result))
            metadata = result.recognition_metadata or {}
            if recognizer is None or metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                enhanced.append(result)
                continue
            keywords = keywords or KeywordIndex(nlp_artifacts)
            surrounding_words = keywords.around(result.start, self.context_prefix_count, self.context_suffix_count)
            enhanced.append(self._enhanced(result, recognizer, surrounding_words + given_words))
        return enhanced

    def _enhanced(
        self, result: RecognizerResult, recognizer: EntityRecognizer, context_words: list[str]
    ) -> RecognizerResult:
        supportive_word = self._supportive_word(context_words, recognizer.context)
        if not supportive_word:
            return result
        enhanced = copy.copy(result)
        enhanced.analysis_explanation = copy.copy(result.analysis_explanation)
        enhanced.score = min(
            max(result.score + self.context_similarity_factor, self.min_score_with_context_similarity),
            ContextAwareEnhancer.MAX_SCORE,
        )
        enhanced.analysis_explanation.set_supportive_context_word(supportive_word)
        enhanced.analysis_explanation.set_improved_score(enhanced.score)
        return enhanced

    def _supportive_word(self, context_words: list[str], recognizer_words: list[str]) -> str:
        """Presidio's `_find_supportive_word_in_context` over lower-cased context words, with the recognizer's
        words lower-cased once: the first of them inside (or, matching whole words, equal to) a context word."""
        whole_words = self.context_matching_mode == "whole_word"
        for word, lowered in _lowered(tuple(recognizer_words)):
            if any(lowered == found if whole_words else lowered in found for found in context_words):
                return word
        return ""


class OnePassContextAnalyzerEngine(AnalyzerEngine):
    """`AnalyzerEngine` whose context step groups the results by recognizer once, and which lists its supported
    entities once per language: `analyze` asks on every call, and the Detector never changes a registry."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._supported_entities: dict[str | None, list[str]] = {}

    def get_supported_entities(self, language: str | None = None) -> list[str]:
        if language not in self._supported_entities:
            self._supported_entities[language] = super().get_supported_entities(language)
        return list(self._supported_entities[language])

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_recognizer: dict[str | None, list[RecognizerResult]] = defaultdict(list)
        for result in raw_results:
            by_recognizer[_recognizer_id(result)].append(result)
        results = []
        for recognizer in recognizers:
            own = by_recognizer.get(recognizer.id, [])
            if type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context:
                others = [result for result in raw_results if _recognizer_id(result) != recognizer.id]
                own = recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts,
                    context=context,
                )
            results.extend(own)
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context
        )


@lru_cache(maxsize=1024)  # recognizers' context lists: a few dozen
def _lowered(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((word, word.lower()) for word in words)


def _recognizer_id(result: RecognizerResult) -> str | None:
    return (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY)
