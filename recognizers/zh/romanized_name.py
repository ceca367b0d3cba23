"""Chinese names written in Latin letters, as English and code-mixed notes write them: "Zhang Wei",
"LI XIAOMING", "Chen, Jianguo", "Xiaoming Li", "Chan Tai-man", "Wong Ka Ho".

A name is a listed surname romanisation (Hanyu Pinyin, or the Wade-Giles and Cantonese spellings of
Taiwan, Hong Kong and Singapore) next to a given name of one or two Pinyin syllables. Surnames that are
also English words (He, Ma, Sun, Long ...) are taken only in the "Surname, Given" form, and a given name
before its surname must have two syllables ("Xiaoming Li", not "She Li"), so English words beside a
surname are rarely taken.
"""

from __future__ import annotations

import re

from emr_deid.recognizers.base import SpanPatternRecognizer
from emr_deid.recognizers.ko.base import load_word_list
from emr_deid.recognizers.ko.romanized_name import name_order_patterns
from emr_deid.schemas.entity import EntityType

_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er"
    r"|a|o|e|i|u|v)"
)
_SYLLABLE = _INITIAL + _FINAL
_GIVEN = re.compile(rf"(?:{_SYLLABLE})(?:['-]?{_SYLLABLE})?", re.IGNORECASE)
_TWO_SYLLABLES = re.compile(rf"(?:{_SYLLABLE})['-]?(?:{_SYLLABLE})", re.IGNORECASE)  # Xiaoming, Tai-man, JIANGUO
_GIVEN_FIRST = ("given name first", "given name first, capitals")
_DATA = "emr_deid.recognizers.zh"


class ChineseRomanizedNameRecognizer(SpanPatternRecognizer):
    """Surname then given name ("Zhang Wei", "Chen, Jianguo", "WANG FANG") or a two-syllable given name then
    surname ("Jianguo Chen"), in title case or capitals; the span is the whole name."""

    CONTEXT = ["Dr", "Prof", "Name", "Patient", "Pt", "Attending", "Nurse", "Mr", "Mrs", "Ms"]

    def __init__(self, supported_language: str = "zh", supported_entity: str = EntityType.PERSON.value, **kwargs):
        surnames = load_word_list(_DATA, "romanized_surnames.txt")
        ambiguous = load_word_list(_DATA, "romanized_surnames_ambiguous.txt")
        # Wei, Xiaoming, Tai-man, Xi'an, and Hong Kong's "Ka Ho": two one-syllable words
        syllable_word = rf"(?=(?i:{_SYLLABLE})(?![A-Za-z]))[A-Z][a-z]{{0,5}}"
        given_title = rf"(?:{syllable_word}[ ]{syllable_word}|[A-Z][a-z]{{0,11}}(?:['-][a-z]{{1,6}})?)"
        given_upper = r"[A-Z]{1,12}(?:['-][A-Z]{1,6})?"
        comma_given = r"[A-Z][A-Za-z]{1,6}(?:-[A-Za-z]{1,6})?"
        patterns = name_order_patterns(surnames, ambiguous, given_title, given_upper, comma_given, r"(?![A-Za-z\-'])")
        super().__init__(
            supported_language, supported_entity, patterns=kwargs.pop("patterns", None) or patterns, **kwargs
        )
        self._surnames = frozenset(s.lower() for s in (*surnames, *ambiguous))

    def accepts(self, pattern_name: str, match: re.Match) -> bool:
        given = match.group("given")
        if not all(_GIVEN.fullmatch(part) for part in given.split(" ")):
            return False
        # Before its surname a given name has two syllables; "Wang Li" is surname first, its own pattern's.
        if pattern_name not in _GIVEN_FIRST:
            return True
        return _TWO_SYLLABLES.fullmatch(given) is not None and given.lower() not in self._surnames
