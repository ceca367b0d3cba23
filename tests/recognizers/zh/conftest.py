"""The Chinese recognizer tests call each recognizer as Presidio's AnalyzerEngine does, without NLP artifacts."""

from __future__ import annotations

import pytest


@pytest.fixture
def found():
    """(text of each span, entity type) a recognizer reports for a text, in text order."""

    def spans(recognizer, text: str) -> list[str]:
        results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
        assert all(r.entity_type == recognizer.supported_entities[0] for r in results)
        return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]

    return spans
