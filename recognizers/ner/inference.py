"""Batched inference of the shipped NER model with onnxruntime (no torch at runtime).

A batch of notes is encoded once per note (`Vocabulary.encode`), cut into windows of at most
`window` characters that overlap by `margin` on each side, sorted by length and packed into batches
of at most `batch_size` windows (bucketing: one batch holds windows of similar length, so padding is
small), padded with a mask, and run. The model is a stack of dilated convolutions whose outputs depend
on at most `receptive_radius` characters either side (recorded in vocab.json), so with `margin` at
least that radius each kept character sees exactly what it would see in the whole note: windowed
predictions equal whole-note predictions, and spans crossing a window edge decode as one span.

One onnxruntime session per process and configuration (`session()` is cached), with
`CUDAExecutionProvider` first when onnxruntime-gpu sees a GPU.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
import onnxruntime as ort

from emr_deid.recognizers.ner import MIN_SCORE
from emr_deid.recognizers.ner.decoding import spans_from_probabilities
from emr_deid.recognizers.ner.features import FEATURES, Vocabulary
from emr_deid.schemas import Entity

RECOGNIZER_NAME = "NerModelRecognizer"
DEFAULT_WINDOW = 512
DEFAULT_BATCH_SIZE = 8  # windows per onnxruntime call: the fastest per core in benchmarks/bench_ner.py


def model_dir() -> Path:
    return Path(str(resources.files("emr_deid.recognizers.ner")))


def default_providers() -> list[str]:
    """CUDA first when onnxruntime-gpu is installed and sees a GPU, else the CPU."""
    available = ort.get_available_providers()
    return (
        ["CUDAExecutionProvider", "CPUExecutionProvider"]
        if "CUDAExecutionProvider" in available
        else ["CPUExecutionProvider"]
    )


@cache
def session(model_path: str, threads: int = 1, providers: tuple[str, ...] | None = None) -> ort.InferenceSession:
    """The process's session for this model file and thread count (sessions are thread-safe to run)."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(model_path, sess_options=options, providers=list(providers or default_providers()))


@cache
def _vocabulary(path: str) -> Vocabulary:
    return Vocabulary.load(path)


@dataclass(frozen=True)
class Window:
    note: int  # index of the note in the batch
    start: int  # window [start, end) in note offsets
    end: int
    keep_start: int  # predictions kept: [keep_start, keep_end), note offsets
    keep_end: int


def windows(length: int, window: int, margin: int) -> list[tuple[int, int, int, int]]:
    """(start, end, keep_start, keep_end) windows covering [0, length); kept ranges tile it exactly."""
    if length <= window:
        return [(0, length, 0, length)] if length else []
    stride = window - 2 * margin
    if stride <= 0:
        raise ValueError("window must be longer than twice the margin")
    result, keep_start = [], 0
    while keep_start < length:
        start = max(0, keep_start - margin)
        end = min(length, start + window)
        keep_end = length if end == length else end - margin
        result.append((start, end, keep_start, keep_end))
        keep_start = keep_end
    return result


def pad_batch(arrays: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Ragged (length, features) arrays as one zero-padded (batch, max length, features) array and its mask."""
    longest = max(len(array) for array in arrays)
    features = np.zeros((len(arrays), longest, len(FEATURES)), dtype=np.int64)
    mask = np.zeros((len(arrays), longest), dtype=np.float32)
    for row, array in enumerate(arrays):
        features[row, : len(array)] = array
        mask[row, : len(array)] = 1.0
    return features, mask


class NerModel:
    """The shipped model (or another trained one): `predict(texts)` gives each text's entities.

    `min_score`: spans scoring below it are left out (0 keeps every span the decoding finds).
    """

    def __init__(
        self,
        model_path: str | Path | None = None,
        vocab_path: str | Path | None = None,
        threads: int = 1,
        providers: Sequence[str] | None = None,
        window: int = DEFAULT_WINDOW,
        batch_size: int = DEFAULT_BATCH_SIZE,
        min_score: float = MIN_SCORE,
    ):
        self.min_score = min_score
        self.model_path = str(model_path or model_dir() / "model.onnx")
        self.vocab_path = str(vocab_path or Path(self.model_path).with_name("vocab.json"))
        self.vocabulary = _vocabulary(self.vocab_path)
        self.margin = self.vocabulary.receptive_radius
        if window <= 2 * self.margin:
            raise ValueError(f"window must exceed twice the model's receptive radius ({self.margin})")
        self.window = window
        self.batch_size = batch_size
        self.session = session(self.model_path, threads, tuple(providers) if providers else None)

    def probabilities(self, features: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Tag probabilities (batch, length, tags) of one padded batch."""
        return self.session.run(["probabilities"], {"features": features, "mask": mask})[0]

    def tag_probabilities(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Per text: the tag probabilities of every character, shape (len(text), tags)."""
        encoded = [self.vocabulary.encode(text) for text in texts]
        tags = len(self.vocabulary.tags)
        results = [np.zeros((len(text), tags), dtype=np.float32) for text in texts]
        pieces = [
            Window(note, *bounds)
            for note, text in enumerate(texts)
            for bounds in windows(len(text), self.window, self.margin)
        ]
        pieces.sort(key=lambda piece: piece.end - piece.start)
        for first in range(0, len(pieces), self.batch_size):
            batch = pieces[first : first + self.batch_size]
            features, mask = pad_batch([encoded[piece.note][piece.start : piece.end] for piece in batch])
            probabilities = self.probabilities(features, mask)
            for row, piece in enumerate(batch):
                kept = probabilities[row, piece.keep_start - piece.start : piece.keep_end - piece.start]
                results[piece.note][piece.keep_start : piece.keep_end] = kept
        return results

    def predict(self, texts: Sequence[str]) -> list[list[Entity]]:
        """Entities of each text, at the text's offsets, sorted by start."""
        labels = self.vocabulary.labels
        return [
            [
                Entity(start, end, label, round(score, 4), RECOGNIZER_NAME)
                for start, end, label, score in spans_from_probabilities(text, probabilities, labels)
                if score >= self.min_score
            ]
            for text, probabilities in zip(texts, self.tag_probabilities(texts), strict=True)
        ]


@cache
def default_model(threads: int = 1, min_score: float = MIN_SCORE) -> NerModel:
    """The shipped model, loaded once per process, thread count and operating point."""
    return NerModel(threads=threads, min_score=min_score)
