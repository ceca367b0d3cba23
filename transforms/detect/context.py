"""Presidio's context enhancement, handed only the results it can change.

`LemmaContextAwareEnhancer` deep-copies every result of a call before looking at it, then leaves
alone each result whose recognizer has no context words. Deep copies of results (with their
explanations) were a tenth of detection time, over a third of them of results it then skips. Here
those results pass through as they are, and the rest go through Presidio's own enhancement: same
scores, same order.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


class ContextWordEnhancer(LemmaContextAwareEnhancer):
    """`LemmaContextAwareEnhancer` (same settings) over the results of recognizers that have context words."""

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        with_context = {recognizer.id for recognizer in recognizers if recognizer.context}
        positions = [index for index, result in enumerate(raw_results) if _recognizer_id(result) in with_context]
        if not positions:
            return list(raw_results)
        enhanced = super().enhance_using_context(
            text, [raw_results[index] for index in positions], nlp_artifacts, recognizers, context
        )
        results = list(raw_results)
        for index, result in zip(positions, enhanced, strict=True):
            results[index] = result
        return results


def _recognizer_id(result: RecognizerResult) -> str | None:
    return (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY)
