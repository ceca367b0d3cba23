"""Any span of any text masks without an exception, and nothing of a masked span stays in place."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from emr_deid.schemas.entity import Entity, EntityType
from emr_deid.transforms.mask.masker import Masker

ALPHABET = "김민준王小明John 0123456789-./()년월일年月日岁세+@:,"
TEXT = st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=40)


@st.composite
def text_and_entities(draw):
    text = draw(TEXT)
    entities = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        entities.append(Entity(start, end, draw(st.sampled_from(list(EntityType))), 0.5, "hypothesis"))
    return text, entities


@settings(max_examples=300, deadline=None)
@given(case=text_and_entities(), profile=st.sampled_from(["research", "external-sharing", "safe-harbor"]))
def test_masking_never_fails_and_covers_every_span(policies, key, case, profile):
    text, entities = case
    masked = Masker(policies, profile, key).mask(text, entities, "patient-1", authored="2024-03-20")
    covered = sorted((a.start, a.end) for a in masked.applied)
    for entity in entities:
        assert any(start <= entity.start and entity.end <= end for start, end in covered)
    for earlier, later in pairwise(masked.applied):
        assert earlier.end <= later.start and earlier.new_end <= later.new_start
