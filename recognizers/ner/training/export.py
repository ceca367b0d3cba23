"""ONNX export (dynamic batch and length axes), int8 quantisation, and the equality checks.

Quantisation is static (activation ranges calibrated once on validation notes), not dynamic: dynamic
quantisation takes each activation's range from the whole batch tensor, so a note's tags would
depend on which notes share its batch and on where a window cuts. With fixed ranges every character's
output depends only on its own receptive field: batched, windowed and single-note runs agree exactly.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch
from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_dynamic, quantize_static

from emr_deid.recognizers.ner.inference import pad_batch
from emr_deid.recognizers.ner.training.model import CharConvTagger

OPSET = 17
_AXES = {0: "batch", 1: "length"}


def export_onnx(model: CharConvTagger, example: tuple[torch.Tensor, torch.Tensor], path: Path) -> None:
    model.eval()
    torch.onnx.export(
        model,
        example,
        str(path),
        input_names=["features", "mask"],
        output_names=["probabilities"],
        dynamic_axes={"features": _AXES, "mask": _AXES, "probabilities": _AXES},
        opset_version=OPSET,
        dynamo=False,  # the TorchScript exporter: plain MatMul/Gather graphs that quantise well
    )


class _Batches(CalibrationDataReader):
    def __init__(self, encoded: list[np.ndarray], batch_size: int = 32):
        self._batches = iter(
            dict(zip(("features", "mask"), pad_batch(encoded[first : first + batch_size]), strict=True))
            for first in range(0, len(encoded), batch_size)
        )

    def get_next(self) -> dict | None:
        return next(self._batches, None)


def quantize(fp32_path: Path, int8_path: Path, calibration: list[np.ndarray], static: bool = True) -> None:
    """MatMul and Gather (embedding) weights as int8; activation ranges calibrated on `calibration` (static)."""
    if not static:
        quantize_dynamic(
            str(fp32_path), str(int8_path), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"]
        )
        return
    quantize_static(
        str(fp32_path),
        str(int8_path),
        _Batches(calibration),
        quant_format=QuantFormat.QOperator,
        op_types_to_quantize=["MatMul", "Gather"],
        activation_type=QuantType.QUInt8,
        weight_type=QuantType.QInt8,
    )


def _run(path: Path, features: np.ndarray, mask: np.ndarray) -> np.ndarray:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    return session.run(["probabilities"], {"features": features, "mask": mask})[0]


def check_equal(
    model: CharConvTagger, fp32_path: Path, int8_path: Path, encoded: list[np.ndarray], batch_size: int = 32
) -> dict[str, float]:
    """PyTorch vs ONNX fp32 (largest probability difference) and vs int8 (share of characters with the same tag)."""
    model.eval()
    largest_difference, agreeing, total = 0.0, 0, 0
    for first in range(0, len(encoded), batch_size):
        features, mask = pad_batch(encoded[first : first + batch_size])
        with torch.no_grad():
            expected = model(torch.from_numpy(features), torch.from_numpy(mask)).numpy()
        fp32 = _run(fp32_path, features, mask)
        int8 = _run(int8_path, features, mask)
        real = mask.astype(bool)
        largest_difference = max(largest_difference, float(np.abs(fp32 - expected)[real].max()))
        agreeing += int((int8.argmax(-1) == expected.argmax(-1))[real].sum())
        total += int(real.sum())
    return {"fp32_max_abs_difference": largest_difference, "int8_tag_agreement": agreeing / total}
