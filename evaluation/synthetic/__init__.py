"""Synthetic gold notes: multilingual clinical templates whose PHI spans are known by construction.

    python -m emr_deid.evaluation.synthetic --lang all --split heldout -n 2000 --seed 7 > gold.jsonl

A template family is one way one department writes one kind of note in one language. Development
families live in templates_<lang>.py; held-out families live in heldout/ and are rendered only by
`split="heldout"`: detectors are developed and trained on the first, measured on the second.
"""

from emr_deid.evaluation.synthetic.families import LANGS, SPLITS, Family
from emr_deid.evaluation.synthetic.generator import DEV_FAMILIES, FAMILIES, HELDOUT_FAMILIES, families, generate

__all__ = ["DEV_FAMILIES", "FAMILIES", "HELDOUT_FAMILIES", "LANGS", "SPLITS", "Family", "families", "generate"]
