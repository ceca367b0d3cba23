"""Korean resident registration number (주민등록번호)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers.country_specific.korea import KrRrnRecognizer

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.checksums import kr_rrn_is_valid
from emr_deid.schemas.entity import EntityType


class KoreanRrnRecognizer(KrRrnRecognizer):
    """Presidio's RRN recognizer with a real birth-date check and the shared check-digit code.

    A valid check digit gives score 1.0. Numbers issued from October 2020 end in random digits, so a
    failed check digit does not reject a number whose birth date and sex digit are valid; an
    impossible date (e.g. 990231) does. Spaces around the hyphen and half-masked forms
    (850315-1******, which still disclose birth date and sex) are matched too.
    """

    PATTERNS = [
        Pattern("RRN", r"(?<![\d-])\d{6}[ ]?[-–][ ]?[1-4]\d{6}(?![\d-])", 0.6),
        Pattern("RRN (no hyphen)", r"(?<![\d-])\d{6}[1-4]\d{6}(?![\d-])", 0.4),
        Pattern("RRN (back half masked)", r"(?<![\d-])\d{6}[ ]?[-–][ ]?[1-4][*Xx●○]{6}", 0.5),
    ]
    CONTEXT = ["주민등록번호", "주민번호", "주민등록", "RRN", "resident registration number"]
    GENDER_DIGITS = "1234"

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.KR_RRN.value, **kwargs):
        kwargs.setdefault("replacement_pairs", [("-", ""), ("–", ""), (" ", "")])
        super().__init__(supported_language=supported_language, supported_entity=supported_entity, **kwargs)

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = EntityRecognizer.sanitize_value(pattern_text, self.replacement_pairs)
        if digits[6:7] not in self.GENDER_DIGITS:
            return False
        if not digits.isdigit():  # half masked: the birth date alone can be checked
            digits = digits[:7] + "000000"
            return None if kr_rrn_is_valid(digits, require_checksum=False) else False
        if not kr_rrn_is_valid(digits, require_checksum=False):
            return False
        return True if self._has_valid_check_digit(digits) else None

    def _has_valid_check_digit(self, digits: str) -> bool:
        return kr_rrn_is_valid(digits, require_checksum=True)
