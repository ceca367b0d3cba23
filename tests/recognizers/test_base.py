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


def test_matches_are_deduplicated_and_zero_scores_dropped_however_many_there_are():
    overlapping = [Pattern("number", r"(?P<phi>\d{4})", 0.6), Pattern("labelled", r"ID:\s?(?P<phi>\d{4})", 0.8)]
    results = _Labelled(patterns=overlapping).analyze("ID: 1234 seen", ["ID"])
    assert [(r.start, r.end, r.score) for r in results] == [(4, 8, 0.8)]
    assert _Labelled(patterns=[Pattern("never", r"(?P<phi>\d{4})", 0.0)]).analyze("ID: 1234", ["ID"]) == []
