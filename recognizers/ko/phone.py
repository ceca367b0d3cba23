"""Korean telephone numbers: mobile, landline, internet phone and nationwide representative numbers."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.schemas.entity import EntityType

_SEP = r"(?:[ .\-]|\)[ \t]?)"  # 010-1234-5678, 010.1234.5678, 010 1234 5678, (02)1234-5678
_NOT_DIGIT_BEFORE = r"(?<![\d\-/])(?<!\d\.)"
_NOT_DIGIT_AFTER = r"(?![\d]|[.\-/]\d)"
# Units that follow a number range such as "1500-2000ml" but never a phone number.
_NO_UNIT_AFTER = r"(?![ \t]?(?:mg|ml|mL|cc|g|kg|원|명|회|IU|U\b|kcal|m\b))"
_AREA = r"(?:02|03[1-3]|04[1-4]|05[1-5]|06[1-4])"


def _prefix(code: str, separator_required: bool) -> str:
    """The area or mobile code with its separator; a bracket opened before it is part of the number only
    when it closes after it, "(02)3410-2114", never the bracket around the whole number, "(010-1234-5678)"."""
    return rf"(?:\({code}\)[ \t]?|{code}{_SEP}{'' if separator_required else '?'})"


class KoreanPhoneRecognizer(SpanPatternRecognizer):
    """Mobile (010/011/016-019), landline (02, 031-064), 070 internet and 050x safe numbers, with or
    without +82; nationwide 15xx/16xx/18xx numbers need their hyphen. Separators are required for
    landlines, where an undivided run of digits is more often another identifier."""

    # Scanned several times faster by the other regex engine, same matches (see SpanPatternRecognizer.ON_RE).
    ON_REGEX = frozenset({"landline", "mobile"})

    PATTERNS = [
        Pattern(
            "mobile",
            _NOT_DIGIT_BEFORE
            + _prefix(r"01[016-9]", separator_required=False)
            + r"\d{3,4}"
            + _SEP
            + r"?\d{4}"
            + _NOT_DIGIT_AFTER,
            0.8,
        ),
        Pattern(
            "landline",
            _NOT_DIGIT_BEFORE
            + _prefix(rf"(?:{_AREA}|070|050\d|080)", separator_required=True)
            + r"\d{3,4}[ .\-]\d{4}"
            + _NOT_DIGIT_AFTER,
            0.8,
        ),
        Pattern(
            "international",
            r"(?<![\w+])\+82[ \-]?\(?0?\)?[ \-]?(?:1[016-9]|2|[3-6]\d|70)[ .\-]?\d{3,4}[ .\-]?\d{4}" + _NOT_DIGIT_AFTER,
            0.9,
        ),
        Pattern(
            "nationwide",
            _NOT_DIGIT_BEFORE + r"1[568]\d{2}-\d{4}" + _NOT_DIGIT_AFTER + _NO_UNIT_AFTER,
            0.6,
        ),
    ]
    CONTEXT = ["전화", "전화번호", "연락처", "휴대폰", "핸드폰", "휴대전화", "보호자 연락처", "tel", "phone", "H.P"]

    ENTITY = EntityType.PHONE_NUMBER.value
    LANGUAGE = "ko"
