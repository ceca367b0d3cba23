"""The NER model in Beam: `RunInference` with an onnxruntime model handler that takes ragged batches.

    notes | PredictNerSpans(max_batch_size=64, max_batch_duration_secs=1)  # -> (note, [Entity, ...])

Beam's `OnnxModelHandlerNumpy` stacks same-shaped arrays (notes have any length) and imports `onnx`,
which the runtime does not install; `NerModelHandler` loads the shipped model through `NerModel` (one
onnxruntime session per worker process, thread count configurable, CUDA when available) and its
`inference_fn` takes the batch's texts as they are: windows, length buckets, padding and mask happen in
`NerModel.predict`. Notes travel as the keys of a `KeyedModelHandler`, so each note leaves paired with
its own entities, ready for `Detector.detect_note(note, extra_entities=entities)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import apache_beam as beam
from apache_beam.ml.inference.base import KeyedModelHandler, ModelHandler, PredictionResult, RunInference

from emr_deid.recognizers.ner import MIN_SCORE
from emr_deid.recognizers.ner.inference import DEFAULT_BATCH_SIZE, DEFAULT_WINDOW, NerModel
from emr_deid.schemas import Entity, Note

InferenceFn = Callable[[NerModel, Sequence[str], dict[str, Any] | None], Sequence[Sequence[Entity]]]


def predict_ragged(model: NerModel, texts: Sequence[str], inference_args: dict[str, Any] | None = None) -> list:
    """The default `inference_fn`: texts of any lengths, windowed, bucketed, padded and masked by the model."""
    return model.predict(texts)


class NerModelHandler(ModelHandler[str, PredictionResult, NerModel]):
    """Texts in, `PredictionResult(text, [Entity, ...])` out; batching settings as Beam's handlers take them."""

    def __init__(
        self,
        model_path: str | None = None,
        vocab_path: str | None = None,
        *,
        threads: int = 1,
        providers: Sequence[str] | None = None,
        window: int = DEFAULT_WINDOW,
        session_batch_size: int = DEFAULT_BATCH_SIZE,
        min_score: float = MIN_SCORE,
        inference_fn: InferenceFn = predict_ragged,
        min_batch_size: int | None = None,
        max_batch_size: int | None = None,
        max_batch_duration_secs: int | None = None,
        **kwargs,
    ):
        """`max_batch_size` bounds the notes per `run_inference` call (Beam's batching); `session_batch_size`
        the windows per onnxruntime call inside it. `max_batch_duration_secs` bounds the wait in streaming.
        `min_score`: the model's operating point, as in the detector (`detection.ner_min_score`)."""
        super().__init__(
            min_batch_size=min_batch_size,
            max_batch_size=max_batch_size,
            max_batch_duration_secs=max_batch_duration_secs,
            **kwargs,
        )
        self._model_path = model_path
        self._vocab_path = vocab_path
        self._threads = threads
        self._providers = tuple(providers) if providers else None
        self._window = window
        self._session_batch_size = session_batch_size
        self._min_score = min_score
        self._inference_fn = inference_fn

    def load_model(self) -> NerModel:
        return NerModel(
            self._model_path,
            self._vocab_path,
            threads=self._threads,
            providers=self._providers,
            window=self._window,
            batch_size=self._session_batch_size,
            min_score=self._min_score,
        )

    def run_inference(
        self, batch: Sequence[str], model: NerModel, inference_args: dict[str, Any] | None = None
    ) -> Iterable[PredictionResult]:
        predictions = self._inference_fn(model, batch, inference_args)
        return [PredictionResult(text, list(entities)) for text, entities in zip(batch, predictions, strict=True)]

    def get_num_bytes(self, batch: Sequence[str]) -> int:
        return sum(len(text.encode("utf-8")) for text in batch)

    def get_metrics_namespace(self) -> str:
        return "emr_deid_ner"


def _with_text(note: Note) -> tuple[Note, str]:
    return note, note.text


def _entities(note: Note, result: PredictionResult) -> tuple[Note, list[Entity]]:
    return note, list(result.inference)


class PredictNerSpans(beam.PTransform):
    """PCollection[Note] -> PCollection[tuple[Note, list[Entity]]]: the model's entities of each note."""

    def __init__(self, handler: NerModelHandler | None = None, **handler_options):
        """`handler_options` build the default `NerModelHandler` (model_path, threads, max_batch_size ...)."""
        super().__init__()
        if handler is not None and handler_options:
            raise ValueError("give either a handler or options to build one, not both")
        self._handler = handler or NerModelHandler(**handler_options)

    def expand(self, notes):
        return (
            notes
            | "PairWithText" >> beam.Map(_with_text)
            | "RunInference" >> RunInference(KeyedModelHandler(self._handler))
            | "PairWithEntities" >> beam.MapTuple(_entities)
        )
