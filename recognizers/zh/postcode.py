"""Chinese postcodes (邮政编码): six digits, after their label only."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer, after_label
from emr_deid.schemas.entity import EntityType


class ChinesePostcodeRecognizer(ChinesePatternRecognizer):
    CONTEXT = ["邮编", "邮政编码", "邮码"]
    PATTERNS = [Pattern("after its label", after_label(CONTEXT, r"\d{6}") + r"(?!\d)", 0.85)]

    ENTITY = EntityType.POSTCODE.value
    LANGUAGE = "zh"
