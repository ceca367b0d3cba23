"""Hong Kong, Macau and Taiwan travel permits: 往来港澳通行证, 回乡证, 台胞证, 往来台湾通行证."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer, after_label
from emr_deid.schemas.entity import EntityType

_PERMIT = r"[CHMLT][A-Z0-9]?\d{7,10}|\d{8}(?:\d{2})?"


class ChineseTravelPermitRecognizer(ChinesePatternRecognizer):
    """Permit numbers (C/H/M/L/T and 8-10 digits, or the 8/10-digit 台胞证) after a permit word:
    the formats alone collide with passports and record numbers."""

    CONTEXT = [
        "港澳通行证",
        "往来港澳通行证",
        "港澳居民来往内地通行证",
        "回乡证",
        "台胞证",
        "台湾居民来往大陆通行证",
        "往来台湾通行证",
        "大陆居民往来台湾通行证",
        "通行证",
        "通行证号",
        "通行证号码",
        "港澳台居民居住证",
    ]
    PATTERNS = [Pattern("after a permit word", after_label(CONTEXT, _PERMIT) + r"(?![A-Za-z0-9])", 0.85)]

    ENTITY = EntityType.TRAVEL_PERMIT.value
    LANGUAGE = "zh"
