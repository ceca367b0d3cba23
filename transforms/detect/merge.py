"""Resolving overlapping entities, and the default masking (type tags)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from emr_deid.schemas import Entity


def _priority(entity: Entity) -> tuple:
    # Longest first, then highest score; the rest only makes ties deterministic.
    return (-(entity.end - entity.start), -entity.score, entity.start, entity.type, entity.recognizer)


def merge_entities(entities: Iterable[Entity]) -> list[Entity]:
    """Non-overlapping entities sorted by start: of overlapping ones the longest wins, then the highest score.

    The result depends only on the set of entities, never on their order.
    """
    starts: list[int] = []  # kept entities, sorted by start; they never overlap each other
    kept: list[Entity] = []
    for entity in sorted(set(entities), key=_priority):
        if entity.end <= entity.start:
            continue
        index = bisect.bisect_left(starts, entity.start)
        overlaps_previous = index > 0 and kept[index - 1].end > entity.start
        overlaps_next = index < len(kept) and kept[index].start < entity.end
        if not (overlaps_previous or overlaps_next):
            starts.insert(index, entity.start)
            kept.insert(index, entity)
    return kept


def mask_with_tags(text: str, entities: Sequence[Entity]) -> str:
    """`text` with each entity replaced by its type in brackets, e.g. "[PERSON]"; entities must not overlap."""
    pieces, cursor = [], 0
    for entity in sorted(entities, key=lambda e: e.start):
        if entity.start < cursor:
            raise ValueError("entities overlap: merge them with merge_entities() first")
        pieces.append(text[cursor : entity.start])
        pieces.append(f"[{entity.type}]")
        cursor = entity.end
    pieces.append(text[cursor:])
    return "".join(pieces)
