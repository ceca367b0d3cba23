"""Retraining the NER model (needs the `train` extra: torch, onnx, onnxscript)."""
