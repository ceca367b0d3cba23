"""The NER model as a Presidio recognizer: it returns spans the model computed beforehand, in batches.

The model runs batched over many notes (`NerModel.predict`, or `RunInference` in Beam), never
inside Presidio's one-text `analyze`. Its spans then enter Presidio like any recognizer's results, so
they pass the same score threshold, context enhancement, allow list and merge as the rules. The engine
builds one `NerModelRecognizer` per note from that note's model entities and passes it to the main
language's `AnalyzerEngine.analyze(..., ad_hoc_recognizers=[...])`, the pass over the whole text (the
entities' offsets are note offsets), exactly as it passes the note's `KnownPhiRecognizer`:

    spans = NerModel().predict([note.text])[0]          # or the spans RunInference paired with the note
    analyzer.analyze(text=note.text, language=main, ad_hoc_recognizers=[NerModelRecognizer(spans, main)])

It is not in registry.yaml: the registry builds one instance per language for all notes, and these
spans belong to one note.
"""

from __future__ import annotations

from collections.abc import Sequence

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers.ner.features import LABELS
from emr_deid.recognizers.ner.inference import RECOGNIZER_NAME
from emr_deid.schemas import Entity


class NerModelRecognizer(EntityRecognizer):
    """Returns one note's precomputed model entities (only the entity types Presidio asks for)."""

    def __init__(self, entities: Sequence[Entity] = (), supported_language: str = "en", **kwargs):
        self.entities = tuple(entities)
        super().__init__(
            supported_entities=list(LABELS), supported_language=supported_language, name=RECOGNIZER_NAME, **kwargs
        )

    def load(self) -> None:
        """Nothing to load: the model ran before the analysis."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for entity in self.entities:
            if entity.type not in entities or entity.end > len(text):
                continue
            explanation = AnalysisExplanation(
                recognizer=self.name, original_score=entity.score, textual_explanation="NER model span"
            )
            results.append(
                RecognizerResult(
                    entity_type=entity.type,
                    start=entity.start,
                    end=entity.end,
                    score=entity.score,
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
