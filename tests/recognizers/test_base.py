"""The pattern recognizer every language's rules build on: its patterns are checked when it compiles them."""

import re

import pytest

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer


class _Labelled(SpanPatternRecognizer):
    ENTITY = "ID"
    LANGUAGE = "en"
    PATTERNS = [Pattern("number after its label", r"ID:\s?(?P<phi>\d{4})", 0.6)]


def test_the_span_is_the_phi_group():
    (result,) = _Labelled().analyze("ID: 1234 seen", ["ID"])
    assert (result.start, result.end, result.score) == (4, 8, 0.6)


def test_a_bad_regex_fails_when_its_recognizer_is_built():
    broken = Pattern("unclosed group", r"(?P<phi>\d+", 0.5)
    with pytest.raises(re.error):
        _Labelled(patterns=[broken])


@pytest.mark.parametrize("score", [-0.1, 1.5])
def test_a_score_outside_zero_to_one_is_refused(score):
    with pytest.raises(ValueError, match="between 0 and 1"):
        Pattern("any", r"\d", score)
