"""Korean foreigner registration number (외국인등록번호)."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.checksums import kr_rrn_is_valid
from emr_deid.recognizers.ko.rrn import KoreanRrnRecognizer
from emr_deid.schemas.entity import EntityType


class KoreanFrnRecognizer(KoreanRrnRecognizer):
    """An RRN whose sex digit is 5-8. Before October 2020 its check digit was (13 - sum % 11) % 10
    (Presidio's formula); the shared RRN formula is accepted too, since surrogates are built with it."""

    PATTERNS = [
        Pattern("FRN", r"(?<![\d-])\d{6}[ ]?[-–][ ]?[5-8]\d{6}(?![\d-])", 0.6),
        Pattern("FRN (no hyphen)", r"(?<![\d-])\d{6}[5-8]\d{6}(?![\d-])", 0.4),
        Pattern("FRN (back half masked)", r"(?<![\d-])\d{6}[ ]?[-–][ ]?[5-8][*Xx●○]{6}", 0.5),
    ]
    CONTEXT = ["외국인등록번호", "외국인번호", "FRN", "foreigner registration number"]
    GENDER_DIGITS = "5678"

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.KR_FRN.value, **kwargs):
        super().__init__(supported_language=supported_language, supported_entity=supported_entity, **kwargs)

    def _has_valid_check_digit(self, digits: str) -> bool:
        weighted = sum(int(d) * w for d, w in zip(digits[:12], (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
        return (13 - weighted % 11) % 10 == int(digits[12]) or kr_rrn_is_valid(digits, require_checksum=True)
