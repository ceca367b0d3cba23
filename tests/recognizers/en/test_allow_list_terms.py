"""Entries of recognizers/allow_lists/en.txt and zh.txt for times, exam notations, titles and unit names."""

from __future__ import annotations

import pytest

from emr_deid.schemas import Entity
from emr_deid.transforms.detect.allow_list import AllowList

ALLOW_LIST = AllowList(["en", "zh"])


def kept(text: str, value: str, entity_type: str, language: str) -> bool:
    start = text.index(value)
    entity = Entity(start=start, end=start + len(value), type=entity_type, score=0.9, recognizer="test")
    return bool(ALLOW_LIST.suppress(text, [entity], [language], exempt=frozenset()))


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        ("L&D ADMISSION NOTE 10/24/2022 22:10", "22:10", "DATE"),
        ("TELEPHONE ENCOUNTER Dec. 13, 2021 4:15 PM", "4:15", "DATE"),
        ("SVE 4/80/-1. Cat I tracing.", "4/80", "DATE"),
        ("BP at home 168/94.", "168/94", "DATE"),
        ("CRNA | Amy Larson, CRNA", "CRNA", "PERSON"),
        ("Assistant: E. Edwards, PA-C", "PA-C", "PERSON"),
        ("RE: Letter of Medical Necessity", "Letter", "PERSON"),
        ("Disposition: PACU in stable condition", "PACU", "HOSPITAL"),
    ],
)
def test_english_terms_are_not_phi(text, value, entity_type):
    assert not kept(text, value, entity_type, "en")


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [("顺产一活女婴，Apgar评分9-10分。", "9-10", "DATE"), ("于2023-7-14 21:40入院", "21:40", "DATE")],
)
def test_chinese_terms_are_not_phi(text, value, entity_type):
    assert not kept(text, value, entity_type, "zh")


@pytest.mark.parametrize(
    ("text", "value", "entity_type", "language"),
    [
        ("Seen 10/24/2022 22:10 by Dr. Reed", "10/24/2022", "DATE", "en"),
        ("BP stable since 10/12", "10/12", "DATE", "en"),
        ("Letter from Amy Larson", "Amy Larson", "PERSON", "en"),
        ("于2023-7-14 21:40入院", "2023-7-14", "DATE", "zh"),
    ],
)
def test_phi_next_to_allowed_terms_is_kept(text, value, entity_type, language):
    assert kept(text, value, entity_type, language)
