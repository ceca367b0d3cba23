"""The ONNX NER model: character-level tagger trained on synthetic notes; spans enter Presidio precomputed."""
