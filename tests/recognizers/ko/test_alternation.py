"""`alternation`: words grouped by their first character match exactly what the flat, longest-first list matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from emr_deid.recognizers.ko.base import alternation

_LETTERS = "abAB가각서울"
_words = st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=4), min_size=1, max_size=12)


def _flat(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


@given(words=_words, text=st.text(alphabet=_LETTERS + " ", max_size=30), ignore_case=st.booleans())
def test_grouped_words_match_as_the_flat_list_does(words, text, ignore_case):
    # A continuation that only some lengths satisfy makes the order in which words are tried visible.
    for template in ("{}", "{}(?=b)", "(?:{})+a", "{}(?![가-힣])"):
        flags = re.IGNORECASE if ignore_case else 0
        grouped = re.compile(template.format(alternation(words)), flags)
        flat = re.compile(template.format(_flat(words)), flags)
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_each_first_character_is_one_group_longest_word_first():
    assert alternation(["서울", "서울시", "부산", "Seoul", "seo"]) == "(?:(?:Seoul|seo)|(?:서울시|서울)|부산)"
