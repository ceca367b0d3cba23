"""The known-PHI searches that stand in for regular expressions find exactly what those expressions find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from emr_deid.recognizers.known_phi import NameSearch, RegexSearch, ascii_digits, identifier_patterns, phone_patterns
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


@given(text=DIGIT_TEXT, value=st.sampled_from(["12-34-56", "AB12 3", "0101234567", "+82 10-1234-5678", "abcd"]))
def test_digit_prefilter_never_skips_a_match(text, value):
    for kind, patterns in (("MEDICAL_RECORD_NUMBER", identifier_patterns), ("PHONE_NUMBER", phone_patterns)):
        for search, _ in patterns(KnownPhi(kind, value)):
            assert isinstance(search, RegexSearch)
            assert list(search.spans(text, ascii_digits(text))) == regex_spans(search.pattern, text)


def test_identifier_with_separators_is_found_and_absent_digits_skip_the_search():
    ((search, _),) = identifier_patterns(KnownPhi("MEDICAL_RECORD_NUMBER", "12345678"))
    text = "등록번호 1234-5678 확인"
    assert list(search.spans(text, ascii_digits(text))) == [(5, 14)]
    assert search.digits == ("12345678",)
    assert list(search.spans("등록번호 미상", "")) == []
