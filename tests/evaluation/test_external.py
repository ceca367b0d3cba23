"""External converters on the real files in ../shared/data."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from emr_deid.evaluation.external import EXTERNAL_SETS

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def _load(name: str) -> list[dict]:
    return EXTERNAL_SETS[name].load(DATA)


def _spans(document: dict) -> list[tuple[str, str]]:
    return [(document["text"][e["start"] : e["end"]], e["type"]) for e in document["entities"]]


def test_weibo_dev_counts_and_spans():
    documents = _load("weibo-dev")
    counts = Counter(e["type"] for d in documents for e in d["entities"])
    assert len(documents) == 270
    assert counts == {"PERSON": 90, "LOCATION": 32}  # named mentions only: 90 B-PER.NAM, 6 LOC.NAM + 26 GPE.NAM
    assert not any(ch.isdigit() for ch in documents[0]["text"][:4])  # segment digits stripped
    assert _spans(documents[5]) == [("新乡", "LOCATION"), ("新乡", "LOCATION")]


def test_kmou_test_counts_and_spans():
    documents = _load("kmou-test")
    counts = Counter(e["type"] for d in documents for e in d["entities"])
    assert len(documents) == 366
    assert counts == {"PERSON": 287, "LOCATION": 166, "DATE": 132}
    assert documents[0]["text"].startswith("롯데삼강의 홍보실 전일재씨는")
    assert _spans(documents[0]) == [("전일재", "PERSON")]
    with_brackets = next(d for d in documents if "<BBC>" in d["text"])  # literal brackets around a tagged span
    assert _spans(with_brackets) == [("99년", "DATE")]


def test_presidio_research_counts_and_spans():
    documents = _load("presidio-research")
    counts = Counter(e["type"] for d in documents for e in d["entities"])
    assert len(documents) == 1500
    assert counts["PERSON"] == 857 and counts["ADDRESS"] == 598 and counts["LOCATION"] == 411
    assert _spans(documents[0]) == [("6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677", "ADDRESS")]


@pytest.mark.parametrize("name", sorted(EXTERNAL_SETS))
def test_spans_lie_inside_their_text(name):
    for document in _load(name):
        assert document["lang"] == EXTERNAL_SETS[name].lang
        for entity in document["entities"]:
            assert 0 <= entity["start"] < entity["end"] <= len(document["text"])
            assert entity["type"] in EXTERNAL_SETS[name].types
