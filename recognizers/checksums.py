"""Check digits of the national identifiers we detect and generate.

One implementation serves both sides: recognizers call these in `validate_result`, and the masking
layer's surrogates are built with them, so every surrogate passes its own recognizer.
"""

from __future__ import annotations

import datetime as dt

_KR_RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_ID_CHECK_CHARS = "10X98765432"
# The 7th digit of a Korean RRN/FRN: century of birth and sex (5-8 are foreigners).
_KR_CENTURY_BY_GENDER_DIGIT = {"9": 1800, "0": 1800, "1": 1900, "2": 1900, "3": 2000, "4": 2000,
                               "5": 1900, "6": 1900, "7": 2000, "8": 2000}  # fmt: skip


def kr_rrn_check_digit(first12: str) -> str:
    """Check digit of a Korean resident (or foreigner) registration number from its first 12 digits."""
    total = sum(int(d) * w for d, w in zip(first12, _KR_RRN_WEIGHTS, strict=True))
    return str((11 - total % 11) % 10)


def kr_rrn_birth_date(digits: str) -> dt.date | None:
    """Birth date encoded in the first 7 digits of an RRN/FRN, or None if they encode no valid date."""
    century = _KR_CENTURY_BY_GENDER_DIGIT.get(digits[6:7])
    if century is None:
        return None
    try:
        return dt.date(century + int(digits[0:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        return None


def kr_rrn_is_valid(number: str, *, require_checksum: bool) -> bool:
    """A 13-digit RRN/FRN with a real birth date and sex digit; the check digit only when required.

    Numbers issued from October 2020 end in random digits, so their check digit cannot be required.
    """
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) != 13 or kr_rrn_birth_date(digits) is None:
        return False
    return not require_checksum or kr_rrn_check_digit(digits[:12]) == digits[12]


def cn_resident_id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of an 18-character PRC resident identity number."""
    total = sum(int(d) * w for d, w in zip(first17, _CN_ID_WEIGHTS, strict=True))
    return _CN_ID_CHECK_CHARS[total % 11]


def cn_resident_id_birth_date(number: str) -> dt.date | None:
    """Birth date of an 18- (YYYYMMDD at 7-14) or legacy 15-digit (YYMMDD at 7-12, 19YY) ID."""
    try:
        if len(number) == 18:
            return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        if len(number) == 15:
            return dt.date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    except ValueError:
        return None
    return None


def cn_resident_id_is_valid(number: str) -> bool:
    """Structure, birth date and (for 18 characters) the MOD 11-2 check character."""
    number = number.upper()
    if len(number) == 18:
        if not number[:17].isdigit() or cn_resident_id_check_char(number[:17]) != number[17]:
            return False
    elif len(number) != 15 or not number.isdigit():
        return False
    return cn_resident_id_birth_date(number) is not None


def luhn_is_valid(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()]
    if len(digits) < 2:
        return False
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0
