"""The retraining command end to end on a tiny budget, and the model's padding invariance (needs torch)."""

import json

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from emr_deid.recognizers.ner.features import Vocabulary  # noqa: E402
from emr_deid.recognizers.ner.inference import NerModel, pad_batch  # noqa: E402
from emr_deid.recognizers.ner.training.model import CharConvTagger  # noqa: E402
from emr_deid.recognizers.ner.training.train import DILATIONS, EMBEDDING_DIMS, main  # noqa: E402


def test_padding_and_batch_neighbours_do_not_change_a_notes_output():
    torch.manual_seed(0)
    vocabulary = Vocabulary.build({c: 2 for c in "성명김민준abc0"}, 1, 1 << 8, 1 << 8)
    model = CharConvTagger(vocabulary.feature_sizes, EMBEDDING_DIMS, 16, DILATIONS, len(vocabulary.tags)).eval()
    texts = ["성명: 김민준", "abc 000 " * 20, "x"]
    features, mask = pad_batch([vocabulary.encode(text) for text in texts])
    with torch.no_grad():
        batched = model(torch.from_numpy(features), torch.from_numpy(mask)).numpy()
        for row, text in enumerate(texts):
            single_features, single_mask = pad_batch([vocabulary.encode(text)])
            single = model(torch.from_numpy(single_features), torch.from_numpy(single_mask)).numpy()[0]
            np.testing.assert_allclose(batched[row, : len(text)], single, atol=1e-6)


def test_train_command_writes_a_checked_quantised_model(tmp_path):
    out = tmp_path / "model"
    arguments = ["--out", str(out), "--notes", "40", "--epochs", "1", "--validation-notes", "16"]
    assert main([*arguments, "--eval-notes", "4", "--threads", "1", "--seed", "5"]) == 0
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["export_checks"]["fp32_max_abs_difference"] < 1e-4
    assert 0.5 < metrics["export_checks"]["int8_tag_agreement"] <= 1.0
    assert set(metrics["scores"]["heldout_synthetic"]["by_language"]) == {"ko", "zh", "en", "ko-en", "ALL"}
    assert "PERSON" in metrics["scores"]["kmou-test"]
    model = NerModel(out / "model.onnx")
    text = "Patient Joshua Collins, MRN 69423766, seen 2020-08-27."
    assert len(model.predict([text, text[:20]])) == 2
