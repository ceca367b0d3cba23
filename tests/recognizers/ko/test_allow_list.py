"""The Korean allow list (recognizers/allow_lists/ko.txt) as the detector applies it."""

import pytest

from emr_deid.schemas import Entity
from emr_deid.transforms.detect.allow_list import AllowList


@pytest.fixture(scope="module")
def allow_list():
    return AllowList(["ko"])


def _kept(allow_list, text: str, value: str, entity_type: str) -> bool:
    start = text.index(value)
    entity = Entity(start=start, end=start + len(value), type=entity_type, score=0.9, recognizer="test")
    return bool(allow_list.suppress(text, [entity], ["ko"]))


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        ("보호자(최은경) 함께 청취", "함", "PERSON"),  # 함 is a surname, 함께 a word
        ("수술 전 진단: 총담관결석", "전", "PERSON"),
        ("수술후 경과 양호", "후", "PERSON"),
        ("NSVD, Apgar score 8/9", "8/9", "DATE"),
        ("아프가 점수 7/9", "7/9", "DATE"),
        ("RUQ pain since 3/5", "RUQ", "PERSON"),
    ],
)
def test_common_words_scores_and_quadrants_are_never_phi(allow_list, text, value, entity_type):
    assert not _kept(allow_list, text, value, entity_type)


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        ("함지훈 님 내원", "함지훈", "PERSON"),
        ("수술 전지현 교수 집도", "전지현", "PERSON"),
        ("Apgar 측정 후 8/9 외래", "8/9", "DATE"),
    ],
)
def test_names_and_dates_beside_those_words_stay(allow_list, text, value, entity_type):
    assert _kept(allow_list, text, value, entity_type)
