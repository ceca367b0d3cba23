from __future__ import annotations

import datetime as dt
import re

import pytest

from emr_deid.recognizers import checksums
from emr_deid.transforms.mask.pseudonym import value_digest
from emr_deid.transforms.mask.surrogates import SurrogateContext, script_of, surrogate

OFFSET = SurrogateContext(date_offset_days=-100)


def _surrogate(key, entity_type: str, value: str, context: SurrogateContext = OFFSET) -> str:
    return surrogate(entity_type, value, value_digest(key, "surrogate", entity_type, value), context)


@pytest.mark.parametrize("value", ["900101-1234568", "8507152345672", "020304-3123456", "750505-6123457"])
def test_kr_rrn_surrogates_pass_the_checksum_and_carry_the_shifted_birth_date(key, value):
    fake = _surrogate(key, "KR_RRN", value)
    digits = fake.replace("-", "")
    assert checksums.kr_rrn_is_valid(fake, require_checksum=True)
    assert ("-" in fake) == ("-" in value)
    original = checksums.kr_rrn_birth_date(value.replace("-", ""))
    assert checksums.kr_rrn_birth_date(digits) == original + dt.timedelta(days=-100)
    assert int(digits[6]) % 2 == int(value.replace("-", "")[6]) % 2  # same sex
    assert (int(digits[6]) in (5, 6, 7, 8)) == (int(value.replace("-", "")[6]) in (5, 6, 7, 8))  # foreigner


@pytest.mark.parametrize("value", ["110101199003074514", "44030519851231002X", "110101900307451"])
def test_cn_resident_id_surrogates_pass_mod_11_2_and_carry_the_shifted_birth_date(key, value):
    fake = _surrogate(key, "CN_RESIDENT_ID", value)
    assert len(fake) == len(value)
    assert checksums.cn_resident_id_is_valid(fake)
    original = checksums.cn_resident_id_birth_date(value)
    assert checksums.cn_resident_id_birth_date(fake) == original + dt.timedelta(days=-100)
    sex = -2 if len(value) == 18 else -1
    assert int(fake[sex]) % 2 == int(value[sex]) % 2


def test_us_ssn_surrogates_are_never_issued_numbers(key):
    fake = _surrogate(key, "US_SSN", "123-45-6789")
    assert re.fullmatch(r"9\d\d-\d\d-\d{4}", fake)


@pytest.mark.parametrize(
    ("value", "shape"),
    [
        ("010-1234-5678", r"010-[1-9]\d{3}-\d{4}"),
        ("02-123-4567", r"02-[1-9]\d{2}-\d{4}"),
        ("031-987-6543", r"031-[1-9]\d{2}-\d{4}"),
        ("01012345678", r"010[1-9]\d{7}"),
        ("138 1234 5678", r"138 [1-9]\d{3} \d{4}"),
        ("13812345678", r"138[1-9]\d{7}"),
        ("(217) 555-1234", r"\(217\) 555-01\d\d"),
        ("217-555-1234", r"217-555-01\d\d"),
    ],
)
def test_phone_surrogates_keep_the_national_format(key, value, shape):
    assert re.fullmatch(shape, _surrogate(key, "PHONE_NUMBER", value))


@pytest.mark.parametrize(
    ("value", "script", "length"),
    [("김민준", "ko", 3), ("민준", "ko", 2), ("남궁민수", "ko", 4), ("王小明", "zh", 3), ("王伟", "zh", 2)],
)
def test_name_surrogates_keep_script_and_shape(key, value, script, length):
    fake = _surrogate(key, "PERSON", value)
    assert script_of(fake) == script
    assert len(fake) == length
    assert fake != value


def test_english_name_surrogates_keep_tokens_and_case(key):
    assert re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z'-]+", _surrogate(key, "PERSON", "John Smith"))
    assert re.fullmatch(r"[A-Z'-]+, [A-Z'-]+", _surrogate(key, "PERSON", "SMITH, JOHN"))


def test_other_identifiers_keep_their_format(key):
    fake = _surrogate(key, "MEDICAL_RECORD_NUMBER", "MRN-2024-00123")
    assert re.fullmatch(r"[A-Z]{3}-\d{4}-\d{5}", fake)


def test_surrogates_are_deterministic_and_keyed(key):
    from emr_deid.transforms.mask.keys import MaskingKey

    from .conftest import OTHER_KEY

    assert _surrogate(key, "PERSON", "김민준") == _surrogate(key, "PERSON", "김민준")
    other = MaskingKey(OTHER_KEY, "other")
    values = ["김민준", "이서연", "王小明", "John Smith", "010-1234-5678"]
    types = ["PERSON", "PERSON", "PERSON", "PERSON", "PHONE_NUMBER"]
    assert [_surrogate(key, t, v) for t, v in zip(types, values, strict=True)] != [
        _surrogate(other, t, v) for t, v in zip(types, values, strict=True)
    ]


def test_address_surrogates_keep_language_and_detail(key):
    assert len(_surrogate(key, "ADDRESS", "서울특별시 강남구 테헤란로 123").split()) == 4
    assert len(_surrogate(key, "LOCATION", "서울특별시").split()) == 1
    assert script_of(_surrogate(key, "ADDRESS", "北京市朝阳区建国路88号")) == "zh"
    assert _surrogate(key, "ADDRESS", "45 Elm St, Springfield, IL 62704").count(",") == 2
