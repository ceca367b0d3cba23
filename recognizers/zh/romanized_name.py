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

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko.base import alternation, load_word_list
from emr_deid.schemas.entity import EntityType

_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er"
    r"|a|o|e|i|u|v)"
)
_SYLLABLE = _INITIAL + _FINAL
_GIVEN = re.compile(rf"(?:{_SYLLABLE})(?:['-]?{_SYLLABLE})?", re.IGNORECASE)
_GIVEN_FIRST = ("given name first", "given name first, capitals")
_DATA = "emr_deid.recognizers.zh"


def _two_syllables(given: str) -> bool:
    """Whether `given` ("Xiaoming", "Tai-man", "JIANGUO") reads as two Pinyin syllables, not one."""
    return bool(re.fullmatch(rf"(?i:{_SYLLABLE})['-]?(?i:{_SYLLABLE})", given))


class ChineseRomanizedNameRecognizer(SpanPatternRecognizer):
    """Surname then given name ("Zhang Wei", "Chen, Jianguo", "WANG FANG") or a two-syllable given name then
    surname ("Jianguo Chen"), in title case or capitals; the span is the whole name."""

    CONTEXT = ["Dr", "Prof", "Name", "Patient", "Pt", "Attending", "Nurse", "Mr", "Mrs", "Ms"]

    def __init__(self, supported_language: str = "zh", supported_entity: str = EntityType.PERSON.value, **kwargs):
        surnames = load_word_list(_DATA, "romanized_surnames.txt")
        ambiguous = load_word_list(_DATA, "romanized_surnames_ambiguous.txt")
        title, upper = alternation(surnames), alternation([s.upper() for s in surnames])
        comma_only = alternation([*ambiguous, *(s.upper() for s in ambiguous)])
        # Wei, Xiaoming, Tai-man, Xi'an, and Hong Kong's "Ka Ho": two one-syllable words
        syllable_word = rf"(?=(?i:{_SYLLABLE})(?![A-Za-z]))[A-Z][a-z]{{0,5}}"
        given_title = rf"(?:{syllable_word}[ ]{syllable_word}|[A-Z][a-z]{{0,11}}(?:['-][a-z]{{1,6}})?)"
        given_upper = r"[A-Z]{1,12}(?:['-][A-Z]{1,6})?"
        start, end = r"(?<![A-Za-z])(?=[A-Z])", r"(?![A-Za-z\-'])"  # the lookahead skips most positions at once
        patterns = [
            Pattern("surname first", rf"{start}(?P<phi>{title},?[ ](?P<given>{given_title})){end}", 0.75),
            Pattern("surname first, capitals", rf"{start}(?P<phi>{upper},?[ ](?P<given>{given_upper})){end}", 0.75),
            Pattern(
                "ambiguous surname with a comma",
                rf"{start}(?P<phi>{comma_only},[ ](?P<given>[A-Z][A-Za-z]{{1,6}}(?:-[A-Za-z]{{1,6}})?)){end}",
                0.6,
            ),
            Pattern("given name first", rf"{start}(?P<phi>(?P<given>{given_title})[ ]{title}){end}", 0.7),
            Pattern("given name first, capitals", rf"{start}(?P<phi>(?P<given>{given_upper})[ ]{upper}){end}", 0.7),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
        self._surnames = frozenset(s.lower() for s in (*surnames, *ambiguous))

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for pattern, regex in self._compiled:
            for match in regex.finditer(text):
                given = match.group("given")
                if not all(_GIVEN.fullmatch(part) for part in given.split(" ")) or (
                    pattern.name in _GIVEN_FIRST and not _two_syllables(given)
                ):
                    continue
                if pattern.name in _GIVEN_FIRST and given.lower() in self._surnames:
                    continue  # "Wang Li": surname first, found by its own pattern
                start, end = match.span("phi")
                results.append(self._result(start, end, pattern.score, pattern.name, None))
        return EntityRecognizer.remove_duplicates(results)
