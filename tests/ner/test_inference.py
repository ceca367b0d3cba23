"""The shipped model under real onnxruntime: batching, windowing and offsets never change what it finds."""

import subprocess
import sys

import pytest

from emr_deid.evaluation.synthetic import generate
from emr_deid.recognizers.ner import MIN_SCORE
from emr_deid.recognizers.ner.features import LABELS
from emr_deid.recognizers.ner.inference import NerModel, default_providers, model_dir, pad_batch, windows


@pytest.fixture(scope="module")
def model():
    return NerModel()


@pytest.fixture(scope="module")
def notes():
    return [note["text"] for note in generate(16, "all", "heldout", seed=5)]


def test_shipped_files_are_inside_the_package_and_small():
    assert (model_dir() / "vocab.json").is_file()
    assert (model_dir() / "model.onnx").stat().st_size <= 30 * 1024 * 1024
    assert (model_dir() / "MODEL_CARD.md").is_file()


def test_model_runs_without_presidio_or_spacy_installed():
    """A GPU worker or a lean inference image needs only numpy and onnxruntime for the model."""
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, emr_deid.recognizers.ner.inference; print(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "'presidio_analyzer'" not in loaded
    assert "'spacy'" not in loaded


def test_cpu_provider_is_always_there():
    assert default_providers()[-1] == "CPUExecutionProvider"


@pytest.mark.parametrize("length", [0, 1, 100, 128, 129, 300, 1000, 1001])
def test_windows_keep_ranges_tile_the_text(length):
    pieces = windows(length, window=128, margin=32)
    kept = [position for _, _, keep_start, keep_end in pieces for position in range(keep_start, keep_end)]
    assert kept == list(range(length))
    for start, end, keep_start, keep_end in pieces:
        assert end - start <= 128
        assert start == 0 or keep_start - start >= 32
        assert end == length or end - keep_end >= 32


def test_pad_batch_pads_ragged_arrays_with_a_mask(model):
    encoded = [model.vocabulary.encode(text) for text in ("김민준", "", "Emily Cohen, RN")]
    features, mask = pad_batch(encoded)
    assert features.shape == (3, 15, encoded[0].shape[1])
    assert mask.sum(axis=1).tolist() == [3, 0, 15]
    assert (features[0, 3:] == 0).all()


def test_model_finds_entities_of_its_labels(model, notes):
    found = model.predict(notes)
    assert sum(map(len, found)) > len(notes)
    for text, entities in zip(notes, found, strict=True):
        for entity in entities:
            assert entity.type in LABELS and 0 <= entity.start < entity.end <= len(text)
            assert 0 < entity.score <= 1


def test_ragged_batch_gives_each_note_its_single_note_predictions(model, notes):
    ragged = [*sorted(notes, key=len)[::3], "", *notes[:2]]
    assert model.predict(ragged) == [model.predict([text])[0] for text in ragged]


def test_windowed_long_note_gives_the_same_entities_as_one_window(model, notes):
    long_note = "\n\n".join(notes)
    whole = NerModel(window=len(long_note) + 1)
    small = NerModel(window=2 * model.margin + 40, batch_size=7)
    assert len(long_note) > 20 * small.window
    assert small.predict([long_note]) == whole.predict([long_note])


def test_offsets_are_code_point_offsets_of_the_note(model, notes):
    # Astral characters are one position each, as in Python strings; beyond the model's reach from the
    # prefix, every entity is the same entity shifted by the prefix's length.
    prefix = "😀🩺" * 50 + "\n"
    for text in notes[:4]:
        plain = model.predict([text])[0]
        shifted = model.predict([prefix + text])[0]
        far = [e for e in plain if e.start > model.margin]
        assert far
        moved = {(e.start - len(prefix), e.end - len(prefix), e.type, e.score) for e in shifted}
        assert {(e.start, e.end, e.type, e.score) for e in far} <= moved


def test_spans_below_the_operating_point_are_left_out(notes):
    every = NerModel(min_score=0.0).predict(notes)
    kept = NerModel().predict(notes)
    assert all(entity.score >= MIN_SCORE for entities in kept for entity in entities)
    assert kept == [[entity for entity in entities if entity.score >= MIN_SCORE] for entities in every]
    assert sum(map(len, every)) > sum(map(len, kept))  # some spans are below it
