"""RunInference with the NER model handler on the real DirectRunner, over notes of ragged lengths."""

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from emr_deid.evaluation.synthetic import generate
from emr_deid.recognizers.ner.inference import NerModel
from emr_deid.schemas import Note, SourceCoordinates
from emr_deid.transforms.ner import NerModelHandler, PredictNerSpans


@pytest.fixture(scope="module")
def notes():
    texts = [note["text"] for note in generate(9, "all", "heldout", seed=11)]
    texts += ["", "성명: 김민준", "x" * 3000]  # empty, short, and longer than one window
    return [
        Note(note_id=f"n{i}", source=SourceCoordinates(file="notes.jsonl", line=i), message_type="test", text=text)
        for i, text in enumerate(texts)
    ]


@pytest.fixture(scope="module")
def expected(notes):
    return list(zip(notes, NerModel().predict([note.text for note in notes]), strict=True))


def test_handler_passes_streaming_batch_settings_to_beam():
    handler = NerModelHandler(min_batch_size=2, max_batch_size=16, max_batch_duration_secs=1)
    assert handler.batch_elements_kwargs() == {"min_batch_size": 2, "max_batch_size": 16, "max_batch_duration_secs": 1}


def test_predict_ner_spans_pairs_each_note_with_its_entities(notes, expected):
    with TestPipeline() as pipeline:
        found = pipeline | beam.Create(notes) | PredictNerSpans(max_batch_size=4)
        assert_that(found, equal_to(expected))


def test_predict_ner_spans_with_streaming_batching(notes, expected):
    handler = NerModelHandler(min_batch_size=2, max_batch_size=5, max_batch_duration_secs=1, threads=2)
    with TestPipeline() as pipeline:
        found = pipeline | beam.Create(notes) | PredictNerSpans(handler)
        assert_that(found, equal_to(expected))


def test_handler_or_options_not_both():
    with pytest.raises(ValueError, match="either"):
        PredictNerSpans(NerModelHandler(), max_batch_size=4)
