"""The known-PHI searches that stand in for regular expressions find exactly what those expressions find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from emr_deid.recognizers.known_phi import (
    NameSearch,
    RegexSearch,
    address_patterns,
    ascii_digits,
    date_patterns,
    identifier_patterns,
    literal_patterns,
    person_patterns,
    phone_patterns,
)
from emr_deid.schemas import KnownPhi

BEFORE, AFTER = r"(?<![가-힣])", r"(?=(?:님|씨|는)|[^가-힣]|$)"
KOREAN_TEXT = st.text(alphabet="김민수님씨는가 A1\n-", max_size=30)
DIGIT_TEXT = st.text(alphabet="0123456789 -AaBb:\n", max_size=30)


def regex_spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(pattern, text) if match.end() > match.start()]


@given(text=KOREAN_TEXT, name=st.sampled_from(["민수", "민민", "김"]))
def test_name_search_finds_what_its_regex_finds(text, name):
    search = NameSearch(name, re.compile(BEFORE), re.compile(AFTER))
    assert list(search.spans(text, ascii_digits(text))) == regex_spans(BEFORE + re.escape(name) + AFTER, text)


def test_name_search_after_a_rejected_overlapping_occurrence():
    # "민민" at 0 is preceded by nothing but followed by a Hangul "민": rejected; the one at 1 is found.
    search = NameSearch("민민", re.compile(BEFORE), re.compile(AFTER))
    assert list(search.spans("민민민", "")) == regex_spans(BEFORE + "민민" + AFTER, "민민민") == []
    assert list(search.spans("x민민님", "")) == [(1, 3)]


IDENTIFIERS = ["12-34-56", "AB12 3", "0101234567", "+82 10-1234-5678", "abcd", "k-1s2i", "A1A1A1"]


def identifier_regex(value: str) -> str:
    """The one expression an identifier's search stands in for: its characters, optional separators between,
    no letter or digit either side, ignoring case."""
    flexible = r"[\s-]?".join(re.escape(char) for char in value if char.isalnum())
    return rf"(?i:(?<![A-Za-z0-9]){flexible}(?![A-Za-z0-9]))"


@given(text=DIGIT_TEXT, value=st.sampled_from(IDENTIFIERS))
def test_digit_prefilter_never_skips_a_match(text, value):
    ((search, _),) = identifier_patterns(KnownPhi("MEDICAL_RECORD_NUMBER", value))
    assert list(search.spans(text, ascii_digits(text))) == regex_spans(identifier_regex(value), text)
    for search, _ in phone_patterns(KnownPhi("PHONE_NUMBER", value)):
        assert isinstance(search, RegexSearch)
        assert list(search.spans(text, ascii_digits(text))) == regex_spans(search.pattern, text)


# Letters and digits of the identifiers above, their separators, other cases and the letters that [A-Za-z]
# matches ignoring case (Kelvin sign, long s, dotted and dotless i).
IDENTIFIER_TEXT = st.text(alphabet="0123456 -ABabKkSsIi\u212a\u017f\u0130\u0131\n:", max_size=24)


@given(text=IDENTIFIER_TEXT, value=st.sampled_from(IDENTIFIERS))
def test_identifier_search_finds_what_its_expression_finds(text, value):
    ((search, _),) = identifier_patterns(KnownPhi("MEDICAL_RECORD_NUMBER", value))
    assert list(search.spans(text, ascii_digits(text))) == regex_spans(identifier_regex(value), text)


def test_identifier_search_after_a_rejected_overlapping_occurrence():
    # "1212" at 0 is followed by a digit: rejected; the one at 2 ends the text and is found.
    ((search, _),) = identifier_patterns(KnownPhi("MEDICAL_RECORD_NUMBER", "1212"))
    assert list(search.spans("121212", "121212")) == regex_spans(identifier_regex("1212"), "121212") == []
    text = "x 12-12 12 12"
    assert (
        list(search.spans(text, ascii_digits(text))) == regex_spans(identifier_regex("1212"), text) == [(2, 7), (8, 13)]
    )


def test_identifier_with_separators_is_found_and_absent_digits_skip_the_search():
    ((search, _),) = identifier_patterns(KnownPhi("MEDICAL_RECORD_NUMBER", "12345678"))
    text = "등록번호 1234-5678 확인"
    assert list(search.spans(text, ascii_digits(text))) == [(5, 14)]
    assert search.digits == "12345678"
    assert list(search.spans("등록번호 미상", "")) == []


EDGES = st.text(alphabet="0a-K\u212a\u017f\u0130\u0131é가 ", max_size=4)  # Kelvin sign, long s, dotted and dotless i


@given(before=EDGES, after=EDGES)
def test_a_digits_only_identifier_has_the_edges_it_had_ignoring_case(before, after):
    # Compiled without ignoring case, its edges still refuse the letters that [A-Za-z] ignoring case matches.
    ((search, _),) = identifier_patterns(KnownPhi("MEDICAL_RECORD_NUMBER", "1234-5678"))
    ignoring_case = r"(?i:(?<![A-Za-z0-9])1[\s-]?2[\s-]?3[\s-]?4[\s-]?5[\s-]?6[\s-]?7[\s-]?8(?![A-Za-z0-9]))"
    text = before + "1234 5678" + after
    assert list(search.spans(text, ascii_digits(text))) == regex_spans(ignoring_case, text)


# A date of birth as notes write it, among noise that holds digits and date separators.
DATES_WRITTEN = ["1949. 3. 5.", "'49.03.05", "03/05/1949", "3-5-49", "05.03.1949", "19490305", "1949년 3월 5일",
                 "1949年3月5日", "March 5th, 1949", "Mar. 05 1949", "5 Mar 49", "05-March-1949",
                 "1949/3/5"]  # fmt: skip
DATE_NOISE = st.text(alphabet="0123459 -./'년月Mar,\n", max_size=12)


@given(before=DATE_NOISE, written=st.sampled_from(DATES_WRITTEN), after=DATE_NOISE)
def test_date_digit_prefilter_never_skips_a_match(before, written, after):
    ((search, _),) = date_patterns(KnownPhi("DATE", "1949-03-05"))
    for text in (before + written + after, before + after):
        assert list(search.spans(text, ascii_digits(text))) == regex_spans(search.pattern, text)
    assert list(search.spans(written, ascii_digits(written)))  # every written form is found


def test_date_digit_prefilter_skips_notes_without_the_dates_digits():
    ((search, _),) = date_patterns(KnownPhi("DATE", "1949-03-05"))
    text = "내원 2024. 3. 5. 재진"
    assert search.digits and list(search.spans(text, ascii_digits(text))) == regex_spans(search.pattern, text) == []


# Names as notes write them (Latin forms in either order and case, Korean and Chinese with titles and particles).
NAMES = [
    KnownPhi("PERSON", "김민수", parts={"family": "김", "given": "민수", "romanised": "Min-su Kim"}),
    KnownPhi("PERSON", "John Smith"),
    KnownPhi("PERSON", "张伟"),
]
NAMES_WRITTEN = ["Min-su Kim", "MINSU KIM", "Kim, Min su", "M. Kim", "김민수님", "김 민수", "Dr. 김", "John A. Smith",
                 "SMITH, JOHN", "J. Smith", "Smith", "张伟", "张医生", "张 伟"]  # fmt: skip
NAME_NOISE = st.text(alphabet="김민수 님는JohnSmitKM., -张伟医生", max_size=10)


@given(before=NAME_NOISE, written=st.sampled_from(NAMES_WRITTEN), after=NAME_NOISE)
def test_name_literal_prefilter_never_skips_a_match(before, written, after):
    text = before + written + after
    for phi in NAMES:
        for search, _ in person_patterns(phi):
            if isinstance(search, RegexSearch):
                assert search.literals
                assert list(search.spans(text, ascii_digits(text))) == regex_spans(search.pattern, text)


def test_name_literal_prefilter_skips_notes_without_the_name():
    searches = [search for search, _ in person_patterns(NAMES[1]) if isinstance(search, RegexSearch)]
    assert [list(search.spans("Pt seen by Dr. Lee", "")) for search in searches] == [[]] * len(searches)
    assert any(list(search.spans("Pt John Smith seen", "")) for search in searches)


# Addresses and e-mail addresses are searched ignoring case: the noise holds other cases and the characters
# that case folding matches with ASCII letters (the long s, the Kelvin sign).
CASE_INSENSITIVE = [
    KnownPhi("ADDRESS", "서울특별시 종로구 대학로 101", parts={"line": "대학로 101"}),
    KnownPhi("ADDRESS", "42 Beacon St, Boston"),
    KnownPhi("ADDRESS", "上海市徐汇区宛平南路600号"),
    KnownPhi("EMAIL_ADDRESS", "min.su_kim42@example.org"),
    KnownPhi("EMAIL_ADDRESS", "jane@example.com"),
]
WRITTEN_IGNORING_CASE = [
    "서울특별시 종로구 대학로 101",
    "대학로  101",
    "42 BEACON ST, boston",
    "42beacon st",
    "上海市徐汇区 宛平南路600号",
    "MIN.SU_KIM42@EXAMPLE.ORG",
    "min.\u017fu_\u212aim42@example.org",  # long s, Kelvin sign
    "Jane@Example.Com",
]
CASE_NOISE = st.text(alphabet="대학로1042 BeacnST,@.jaexmpl\u017f\u212a宛平南路号", max_size=10)


@given(before=CASE_NOISE, written=st.sampled_from(WRITTEN_IGNORING_CASE), after=CASE_NOISE)
def test_case_insensitive_prefilters_never_skip_a_match(before, written, after):
    text = before + written + after
    for phi in CASE_INSENSITIVE:
        patterns = address_patterns(phi) if phi.kind == "ADDRESS" else literal_patterns(phi)
        for search, _ in patterns:
            assert search.digits or search.literals
            assert list(search.spans(text, ascii_digits(text))) == regex_spans(search.pattern, text)


def test_case_insensitive_prefilters_find_other_cases_and_skip_absent_values():
    ((email, _),) = literal_patterns(KnownPhi("EMAIL_ADDRESS", "jane@example.com"))
    assert email.literals == ("@",)
    assert list(email.spans("mail JANE@EXAMPLE.COM", "")) == [(5, 21)]
    ((folded_email, _),) = literal_patterns(KnownPhi("EMAIL_ADDRESS", "min.su_kim42@example.org"))
    folded = "min.\u017fu_\u212aim42@example.org"  # the long s and the Kelvin sign match s and k ignoring case
    assert list(folded_email.spans(folded, ascii_digits(folded))) == [(0, len(folded))]
    (street, _), *_ = address_patterns(KnownPhi("ADDRESS", "서울특별시 종로구 대학로 101"))
    assert street.literals == ("서울특별시",) and street.digits == ("101",)
    assert list(street.spans("주소 미상, 101호", "101")) == []
