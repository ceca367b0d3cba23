"""Fixtures of the masking tests: a key, the shipped policies and trilingual notes with their entities."""

from __future__ import annotations

import pytest

from emr_deid.schemas.entity import Entity
from emr_deid.transforms.mask.keys import MaskingKey
from emr_deid.transforms.mask.masker import Masker
from emr_deid.transforms.mask.policy import PolicySet, load_policies

TEST_KEY = b"test-key-0123456789abcdef-not-for-real-data"
OTHER_KEY = b"another-test-key-fedcba9876543210-not-real"


def entities_for(text: str, spans: list[tuple[str, str]]) -> list[Entity]:
    """Entities for (substring, type) pairs, at each substring's first occurrence."""
    found = []
    for value, entity_type in spans:
        start = text.index(value)
        found.append(Entity(start, start + len(value), entity_type, 0.9, "fixture"))
    return found


KO_NOTE = (
    "환자 김민준(주민번호 900101-1234568)은 2024년 3월 5일 내원, 3월 12일 재진. "
    "주소 서울특별시 강남구 테헤란로 123, 연락처 010-1234-5678. 만 92세. 매독 진단, 임신 12주."
)
KO_SPANS = [
    ("김민준", "PERSON"),
    ("900101-1234568", "KR_RRN"),
    ("2024년 3월 5일", "DATE"),
    ("3월 12일", "DATE"),
    ("서울특별시 강남구 테헤란로 123", "ADDRESS"),
    ("010-1234-5678", "PHONE_NUMBER"),
    ("만 92세", "AGE_OVER_89"),
    ("매독", "SENSITIVE_STD"),
    ("임신 12주", "SENSITIVE_PREGNANCY"),
]
ZH_NOTE = (
    "患者王小明，身份证110101199003074514，2024年3月5日入院，3月9日出院。"
    "电话13812345678，住址北京市朝阳区建国路88号。92岁。"
)
ZH_SPANS = [
    ("王小明", "PERSON"),
    ("110101199003074514", "CN_RESIDENT_ID"),
    ("2024年3月5日", "DATE"),
    ("3月9日", "DATE"),
    ("13812345678", "PHONE_NUMBER"),
    ("北京市朝阳区建国路88号", "ADDRESS"),
    ("92岁", "AGE_OVER_89"),
]
EN_NOTE = (
    "Mr. John Smith, SSN 123-45-6789, admitted March 5, 2024, discharged 03/09/2024. "
    "Lives at 45 Elm St, Springfield, IL 62704, phone (217) 555-1234. A 95 y/o with syphilis."
)
EN_SPANS = [
    ("John Smith", "PERSON"),
    ("123-45-6789", "US_SSN"),
    ("March 5, 2024", "DATE"),
    ("03/09/2024", "DATE"),
    ("45 Elm St, Springfield, IL 62704", "ADDRESS"),
    ("(217) 555-1234", "PHONE_NUMBER"),
    ("95 y/o", "AGE_OVER_89"),
    ("syphilis", "SENSITIVE_STD"),
]
NOTES = {"ko": (KO_NOTE, KO_SPANS), "zh": (ZH_NOTE, ZH_SPANS), "en": (EN_NOTE, EN_SPANS)}


@pytest.fixture(scope="session")
def policies() -> PolicySet:
    return load_policies()


@pytest.fixture(scope="session")
def key() -> MaskingKey:
    return MaskingKey(TEST_KEY, "the test fixture")


@pytest.fixture(scope="session")
def research(policies, key) -> Masker:
    return Masker(policies, "research", key)
