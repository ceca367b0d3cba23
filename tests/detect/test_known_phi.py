"""KnownPhiRecognizer: a message's structured PHI found in its text, with the variants notes use."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.known_phi import KnownPhiRecognizer
from emr_deid.schemas import KnownPhi


def found(text: str, *known: KnownPhi) -> list[tuple[str, str]]:
    results = KnownPhiRecognizer(known).analyze(text, [])
    return sorted({(text[r.start : r.end], r.entity_type) for r in results})


@pytest.mark.parametrize(
    "mention", ["김민수님", "김민수 환자", "김 민수", "민수는", "민수에게", "김 씨", "김씨가", "Kim Minsu", "MIN-SU"]
)
def test_korean_name_variants(mention):
    patient = KnownPhi("PERSON", "김민수", parts=(("family", "김"), ("given", "민수"), ("romanised", "Kim Min-su")))
    assert found(f"보호자와 {mention} 상담", patient)


def test_korean_given_name_needs_a_particle_or_a_boundary():
    assert found("민수기 강독", KnownPhi("PERSON", "김민수")) == []


def test_two_character_surnames_and_chinese_honorifics():
    assert ("남궁", "PERSON") in found("남궁 씨 내원", KnownPhi("PERSON", "남궁민수"))
    assert found("张先生今日复诊，张伟诉头痛", KnownPhi("PERSON", "张伟")) == [("张", "PERSON"), ("张伟", "PERSON")]


def test_english_name_orders_and_parts():
    kin = KnownPhi("PERSON", "Smith, John", role="kin")
    text = "SMITH JOHN called; Mr. Smith and John Smith visited. J. Smith signed. Smith는 보호자."
    parts = {part for part, _ in found(text, kin)}
    assert parts == {"SMITH JOHN", "SMITH", "JOHN", "Smith", "John Smith", "J. Smith", "John"}


def test_lower_case_words_are_not_names():
    assert found("will mark the site", KnownPhi("PERSON", "Mark Will")) == []


def test_phone_with_and_without_separators_and_country_code():
    phone = KnownPhi("PHONE_NUMBER", "010-1234-5678")
    text = "연락처 01012345678, +82 10 1234 5678, 010.1234.5678"
    assert [part for part, _ in found(text, phone)] == ["+82 10 1234 5678", "010.1234.5678", "01012345678"]


def test_identifier_with_and_without_dashes():
    mrn = KnownPhi("MEDICAL_RECORD_NUMBER", "12-345-678")
    assert found("MRN 12345678 / 12-345-678 / 912345678", mrn) == [
        ("12-345-678", "MEDICAL_RECORD_NUMBER"),
        ("12345678", "MEDICAL_RECORD_NUMBER"),
    ]


def test_birth_date_in_every_language():
    birth = KnownPhi("DATE", "19500305")
    text = "DOB 1950-03-05; 1950년 3월 5일생; 1950年3月5日出生; 03/05/1950; March 5, 1950"
    assert len(found(text, birth)) == 5


def test_address_with_other_spacing_and_its_street_line():
    home = KnownPhi("ADDRESS", "서울시 강남구 테헤란로 123", parts=(("line", "테헤란로 123"),))
    assert ("서울시 강남구  테헤란로 123", "ADDRESS") in found("주소: 서울시 강남구  테헤란로 123", home)
    assert found("테헤란로 123 거주", home) == [("테헤란로 123", "ADDRESS")]


def test_unknown_kinds_are_identifiers_and_one_letter_values_are_ignored():
    assert found("acct AB-9912", KnownPhi("ACCOUNT", "AB9912")) == [("AB-9912", "ID")]
    assert found("a b c", KnownPhi("PERSON", "b")) == []


def test_phone_after_a_country_code_and_in_brackets():
    korean = KnownPhi("PHONE_NUMBER", "+82-10-3657-7798")
    assert [part for part, _ in found("연락처: +82-10-3657-7798 / 010-3657-7798", korean)] == [
        "+82-10-3657-7798",
        "010-3657-7798",
    ]
    american = KnownPhi("PHONE_NUMBER", "(215) 887-9004")
    assert [part for part, _ in found("Phone: (215) 887-9004, cell 215.887.9004", american)] == [
        "(215) 887-9004",
        "215.887.9004",
    ]


def test_korean_short_birth_date_forms():
    birth = KnownPhi("DATE", "1937-11-25")
    text = "DOB '37.11.25; 생년월일 1937. 11. 25.; 37.11.25생"
    assert found(text, birth) == [("'37.11.25", "DATE"), ("1937. 11. 25.", "DATE"), ("37.11.25", "DATE")]


def test_family_name_after_a_title_or_before_a_chinese_title():
    doctor = KnownPhi("PERSON", "김지혜", role="clinician")
    assert found("이상 소견 시 Dr. 김께 noti. Dr.김, 회신 바람", doctor) == [("김", "PERSON")]
    assert found("Dr. 김지혜 확인. Dr. 김영수 아님", doctor) == [("김지혜", "PERSON")]
    chinese = KnownPhi("PERSON", "何丽", role="patient")
    assert found("已嘱何女士注意胎动。上级医师何主任同意", chinese) == [("何", "PERSON")]
    assert found("任何人不得入内", chinese) == []
