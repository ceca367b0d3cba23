"""merge_entities and mask_with_tags: overlap resolution that is deterministic, and tag masking."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emr_deid.schemas import Entity
from emr_deid.transforms.detect import mask_with_tags, merge_entities


def test_longest_wins_then_highest_score():
    phone = Entity(10, 26, "PHONE_NUMBER", 0.7, "UsPhoneRecognizer")
    inside = Entity(15, 26, "MEDICAL_RECORD_NUMBER", 0.95, "KnownPhiRecognizer")
    weak = Entity(0, 5, "PERSON", 0.6, "A")
    strong = Entity(0, 5, "HOSPITAL", 0.9, "B")
    assert merge_entities([inside, weak, phone, strong]) == [strong, phone]


def test_touching_entities_both_stay():
    first, second = Entity(0, 4, "DATE", 0.9, "A"), Entity(4, 8, "DATE", 0.9, "A")
    assert merge_entities([second, first]) == [first, second]


entities = st.builds(
    lambda start, length, kind, score, name: Entity(start, start + length, kind, score, name),
    st.integers(0, 60),
    st.integers(1, 15),
    st.sampled_from(["PERSON", "DATE", "ID"]),
    st.sampled_from([0.5, 0.7, 0.9]),
    st.sampled_from(["A", "B"]),
)


@given(st.lists(entities, max_size=25), st.randoms())
def test_merge_is_order_independent_sorted_and_non_overlapping(found, rng):
    shuffled = list(found)
    rng.shuffle(shuffled)
    merged = merge_entities(found)
    assert merge_entities(shuffled) == merged
    assert all(a.end <= b.start for a, b in pairwise(merged))
    # every dropped entity overlaps a kept one at least as long
    for entity in set(found) - set(merged):
        assert any(
            k.start < entity.end and entity.start < k.end and k.end - k.start >= entity.end - entity.start
            for k in merged
        )


def test_mask_with_tags():
    text = "Pt Jane Doe seen 03/05/2024."
    tagged = [Entity(3, 11, "PERSON", 0.9, "A"), Entity(17, 27, "DATE", 0.9, "B")]
    assert mask_with_tags(text, tagged) == "Pt [PERSON] seen [DATE]."
    with pytest.raises(ValueError, match="overlap"):
        mask_with_tags(text, [Entity(3, 11, "PERSON", 0.9, "A"), Entity(8, 12, "ID", 0.9, "B")])
