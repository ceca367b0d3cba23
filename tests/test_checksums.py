"""Check digits shared by the recognizers and the surrogate generators."""

from __future__ import annotations

import datetime as dt

from emr_deid.recognizers.checksums import (
    cn_resident_id_check_char,
    cn_resident_id_is_valid,
    kr_rrn_birth_date,
    kr_rrn_check_digit,
    kr_rrn_is_valid,
    luhn_is_valid,
)


def test_kr_rrn_check_digit_and_birth_date():
    first12 = "850214123456"
    number = first12 + kr_rrn_check_digit(first12)
    assert kr_rrn_is_valid(number, require_checksum=True)
    assert kr_rrn_birth_date(number) == dt.date(1985, 2, 14)
    wrong = first12 + str((int(number[12]) + 1) % 10)
    assert not kr_rrn_is_valid(wrong, require_checksum=True)
    assert kr_rrn_is_valid(wrong, require_checksum=False)  # post-2020 numbers carry no check digit


def test_kr_rrn_rejects_impossible_dates_and_sex_digits():
    assert not kr_rrn_is_valid("8502301234567", require_checksum=False)  # 30 February
    assert kr_rrn_birth_date("0503154000000") == dt.date(2005, 3, 15)
    assert kr_rrn_birth_date("0503157000000") == dt.date(2005, 3, 15)  # foreigner, born 2000s
    assert not kr_rrn_is_valid("85021412345", require_checksum=False)  # too short


def test_cn_resident_id_mod_11_2():
    assert cn_resident_id_check_char("11010519491231002") == "X"  # GB 11643 example
    assert cn_resident_id_is_valid("11010519491231002X")
    assert cn_resident_id_is_valid("11010519491231002x")
    assert not cn_resident_id_is_valid("110105194912310021")
    assert not cn_resident_id_is_valid("110105194913310029")  # month 13
    assert cn_resident_id_is_valid("110105491231002")  # legacy 15 digits
    assert not cn_resident_id_is_valid("11010519491231002")


def test_luhn():
    assert luhn_is_valid("4539 1488 0343 6467")
    assert not luhn_is_valid("4539 1488 0343 6468")
