from __future__ import annotations

import pytest

from emr_deid.transforms.mask.generalize import generalize


@pytest.mark.parametrize(
    ("span", "general"),
    [
        ("만 92세", "만 90세 이상"),
        ("92세", "90세 이상"),
        ("92岁", "90岁以上"),
        ("95 y/o", "90+ y/o"),
        ("92-year-old", "90+-year-old"),
        ("aged 101", "aged 90+"),
        ("85세", "85세"),  # not over 89: nothing to top-code
    ],
)
def test_ages_over_89_become_90_plus_in_their_language(span, general):
    assert generalize("AGE_OVER_89", span, 3) == general


@pytest.mark.parametrize(
    ("span", "general"),
    [
        ("서울특별시 강남구 테헤란로 123", "서울특별시"),
        ("경기도 수원시 팔달구", "경기도"),
        ("부산 해운대구 우동", "부산"),
        ("北京市朝阳区建国路88号", "北京市"),
        ("广东省深圳市南山区科技园", "广东省"),
        ("45 Elm St, Springfield, IL 62704", "IL"),
    ],
)
def test_addresses_are_cut_to_their_province(span, general):
    assert generalize("ADDRESS", span, 3) == general


def test_an_address_without_a_province_cannot_be_generalised():
    assert generalize("ADDRESS", "강남구 역삼동 123", 3) is None
    assert generalize("LOCATION", "Springfield", 3) is None


def test_postcodes_are_truncated():
    assert generalize("POSTCODE", "62704", 3) == "62700"
    assert generalize("POSTCODE", "06236", 2) == "06000"
    assert generalize("POSTCODE", "100020", 2) == "100000"
