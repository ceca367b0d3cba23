"""Chinese telephone numbers: mobile (with or without +86 and separators) and landline."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer
from emr_deid.schemas.entity import EntityType

_BEFORE = r"(?<![\d+\-])"
_AFTER = r"(?!\d|-\d)"
_SEP = r"[ \-]?"


class ChinesePhoneRecognizer(ChinesePatternRecognizer):
    """Mobile 1[3-9]x xxxx xxxx (separators 3-4-4 allowed, +86/0086 prefix); landline with an area
    code 0xx/0xxx and separator or brackets (010-12345678, (0755)1234567, 021 6123 4567); 400/800
    service numbers with their hyphens."""

    PATTERNS = [
        Pattern(
            "mobile", _BEFORE + r"(?:(?:\+|00)86[ \-]?)?1[3-9]\d" + _SEP + r"\d{4}" + _SEP + r"\d{4}" + _AFTER, 0.8
        ),
        Pattern(
            "landline",
            _BEFORE
            + r"(?:(?:\+|00)86[ \-]?)?(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[ \-])[ ]?\d{3,4}[ \-]?\d{4}"
            + _AFTER,
            0.75,
        ),
        Pattern("service", _BEFORE + r"[48]00[ \-]\d{3}[ \-]\d{4}" + _AFTER, 0.6),
    ]
    CONTEXT = ["电话", "手机", "联系电话", "联系方式", "手机号", "座机", "Tel", "tel"]

    ENTITY = EntityType.PHONE_NUMBER.value
    LANGUAGE = "zh"
