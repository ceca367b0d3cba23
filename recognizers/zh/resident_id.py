"""PRC resident identity numbers (居民身份证号码): 18 characters, and the legacy 15 digits."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.checksums import cn_resident_id_is_valid
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer, after_label
from emr_deid.schemas.entity import EntityType

# First two digits: the province-level division of first registration (GB/T 2260), 91 abroad.
CN_PROVINCE_CODES = frozenset(
    [*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55), *range(61, 66), 71, 81, 82, 83, 91]
)


def cn_region_code_is_valid(number: str) -> bool:
    """Whether the number starts with a real province-level region code."""
    return number[:2].isdigit() and int(number[:2]) in CN_PROVINCE_CODES


class ChineseResidentIdRecognizer(ChinesePatternRecognizer):
    """18 characters must pass ISO 7064 MOD 11-2, carry a real birth date and region code (score 1.0);
    15 digits have no check character, so a real date and region code give the pattern score."""

    PATTERNS = [
        Pattern("18 characters", r"(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}[01]\d[0-3]\d\d{3}[\dXx](?![0-9A-Za-z])", 0.5),
        Pattern(
            "18 characters, grouped",
            r"(?<![0-9A-Za-z])\d{6} (?:18|19|20)\d{2}[01]\d[0-3]\d \d{3}[\dXx](?![0-9A-Za-z])",
            0.5,
        ),
        Pattern("15 digits", r"(?<![0-9A-Za-z])\d{6}\d{2}[01]\d[0-3]\d\d{3}(?![0-9A-Za-z])", 0.5),
        Pattern(
            "after its label",
            after_label(["身份证号码", "身份证号", "身份证", "公民身份号码"], r"\d{17}[\dXx]|\d{15}")
            + r"(?![0-9A-Za-z])",
            0.6,
        ),
    ]
    LABELLED_PATTERNS = frozenset({"after its label"})
    CONTEXT = ["身份证", "身份证号", "身份证号码", "公民身份号码", "证件号码", "ID"]

    ENTITY = EntityType.CN_RESIDENT_ID.value
    LANGUAGE = "zh"

    def validate_result(self, pattern_text: str) -> bool | None:
        number = pattern_text.replace(" ", "").upper()
        if not (cn_region_code_is_valid(number) and cn_resident_id_is_valid(number)):
            return False
        return True if len(number) == 18 else None
