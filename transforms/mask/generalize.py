"""Coarser values that keep some utility: ages 90+ top-coded, places cut to province, postcodes truncated.

Each function returns None when it cannot generalise the span (an address without a recognisable
province, an age without digits): the masker then applies the profile's fallback operator.

Ages keep their language: 만 92세 → 만 90세 이상, 92세 → 90세 이상, 92岁 → 90岁以上,
95 y/o → 90+ y/o, 92-year-old → 90+-year-old, aged 93 → aged 90+.
"""

from __future__ import annotations

import re

from emr_deid.schemas.entity import EntityType
from emr_deid.transforms.mask.dates import parse_date, year_only

_TOP_CODE = 90
_AGE_NUMBER = re.compile(r"\d{2,3}")
# 시/도: special and metropolitan cities, provinces, special self-governing ones; short forms too.
_KO_PROVINCE = re.compile(
    r"(?:서울|부산|대구|인천|광주|대전|울산|세종)(?:특별시|광역시|특별자치시|시)?"
    r"|(?:경기|강원|충청북|충청남|충북|충남|전라북|전라남|전북|전남|경상북|경상남|경북|경남|제주)(?:특별자치)?도?"
)
_ZH_PROVINCE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|自治区|特别行政区)|(?:北京|上海|天津|重庆)市?")
_EN_STATE = re.compile(r",\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?\s*$|,\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*$")


def age(value: str) -> str | None:
    match = _AGE_NUMBER.search(value)
    if match is None:
        return None
    if int(match[0]) < _TOP_CODE:  # a younger age is not a quasi-identifier: nothing to coarsen
        return value
    before, after = value[: match.start()], value[match.end() :]
    if "세" in after:
        return f"{before}{_TOP_CODE}{after} 이상"
    if "岁" in after or "歲" in after:
        return f"{before}{_TOP_CODE}{after}以上"
    return f"{before}{_TOP_CODE}+{after}"


def province(value: str) -> str | None:
    """The province (시/도, 省) or US state an address or place lies in, written as in the original."""
    text = value.strip()
    for pattern in (_KO_PROVINCE, _ZH_PROVINCE):
        match = pattern.match(text)
        if match:
            return match[0]
    match = _EN_STATE.search(text)
    if match:
        return match[1] or match[2]
    return None


def postcode(value: str, keep_digits: int) -> str:
    """The first digits kept, the others replaced by zeros (HIPAA's 3-digit ZIP rule, 000 for zero)."""
    kept, out = 0, []
    for ch in value:
        if ch.isdigit():
            out.append(ch if kept < keep_digits else "0")
            kept += 1
        else:
            out.append(ch)
    return "".join(out)


def generalize(entity_type: str, value: str, postcode_digits: int) -> str | None:
    if entity_type == EntityType.AGE_OVER_89:
        return age(value)
    if entity_type in (EntityType.ADDRESS, EntityType.LOCATION):
        return province(value)
    if entity_type == EntityType.POSTCODE:
        return postcode(value, postcode_digits)
    if entity_type == EntityType.DATE:
        parsed = parse_date(value)
        return year_only(parsed) if parsed else None
    return None
