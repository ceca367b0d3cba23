"""Shared machinery of the Korean and Chinese recognizers.

`SpanPatternRecognizer` is a Presidio `PatternRecognizer` whose entity span is the regex's `phi` group
when it has one. Precision for these languages needs context ("등록번호: 12345678", "患者张力", "김민준
님"), and the engine may run without an NLP model, so the context is written into the pattern around
the `phi` group instead of being left to Presidio's context enhancer; the span stays the identifier
alone, without the context word, particle or honorific.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

PHI_GROUP = "phi"


@cache
def load_rows(package: str, filename: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated fields of each non-blank, non-comment line of a package data file."""
    text = (resources.files(package) / "data" / filename).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line.strip() and line[0] != "#")


@cache
def load_word_list(package: str, filename: str) -> tuple[str, ...]:
    """The first field of each row of a package data file."""
    return tuple(row[0].strip() for row in load_rows(package, filename))


@cache
def load_weighted_list(package: str, filename: str) -> dict[str, float]:
    """`word<TAB>weight` rows of a package data file (weight 0 when absent)."""
    return {row[0].strip(): float("\t".join(row[1:]) or 0) for row in load_rows(package, filename)}


def alternation(words: tuple[str, ...] | list[str] | set[str], word_pattern: Callable[[str], str] = re.escape) -> str:
    """A non-capturing regex alternation of literal words, longest first so the longest wins; `word_pattern`
    writes each word as a regex (by default the word itself, escaped)."""
    return "(?:" + "|".join(word_pattern(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


# A value may sit in brackets after its label, as forms and table cells print it: "진료번호(12345678)",
# "住院号【1234567】", "病历号（12345678）", "등록번호 [12345678]"; the span stays the value inside.
_OPENING_BRACKET = r"(?:[(\[（【〔<][ \t]*)?"
# Korean prose puts a particle on the label: "등록번호는 12345678", "환자번호가 12345678인".
_PARTICLE = r"(?:[은는이가](?=[ \t]))?"
LABEL_GAP = (
    _PARTICLE
    + r"[ \t]*(?:[(（][^()（）\n]{0,12}[)）])?[ \t]*(?:[Nn][Oo]\.?|번호)?[ \t]*[:：#=]?[ \t]*"
    + _OPENING_BRACKET
)
# Code-mixed labels also end in a full stop or take "#" or "No." after one: "Reg. No. 123", "Acc# 123", "Acc. 123".
MIXED_LABEL_GAP = (
    _PARTICLE
    + r"\.?[ \t]*(?:[(（][^()（）\n]{0,12}[)）])?[ \t]*(?:[Nn][Oo]\.?|번호)?[ \t]*[:：#=.]?[ \t]*"
    + _OPENING_BRACKET
)

# A table row puts the value in the cell after its label's: "| 병록번호 | 12345678 |", "등록번호 || 12345678".
TABLE_CELL_GAP = r"[ \t]*[:：]?[ \t]*\|{1,2}[ \t]*" + _OPENING_BRACKET


def with_spaced_labels(words: list[str]) -> list[str]:
    """`words` and, for each label ending in 번호, its spaced form: charts write "의무기록 번호" as often as
    "의무기록번호"."""
    spaced = [word[:-2].rstrip() + " 번호" for word in words if word.endswith("번호") and len(word.rstrip()) > 2]
    return list(dict.fromkeys(words + spaced))


def after_context(
    context_words: list[str],
    value: str,
    gap: str = LABEL_GAP,
    ignore_case: bool = False,
    word_pattern: Callable[[str], str] = re.escape,
) -> str:
    """A regex for `value` (as the `phi` group) right after one of the context words, e.g.
    "등록번호: 12345678", "병록번호(MRN) 12345678", "passport no. M1234567", "住院号：2024001".
    `ignore_case` applies to the context words only ("Passport No.", "PASSPORT NO"); `word_pattern` as in
    `alternation`."""
    words = alternation(context_words, word_pattern)
    return (f"(?i:{words})" if ignore_case else words) + gap + f"(?P<{PHI_GROUP}>{value})"


class SpanPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer reporting the `phi` group's span; patterns are compiled once with `re`.

    `validate_result` receives the `phi` text: True raises the score to 1.0, False drops the match,
    None keeps the pattern's score, as in Presidio. Patterns named in `LABELLED_PATTERNS` match a
    value right after its own label ("身份证号："): there a failed check digit is a typo in a real
    identifier, so the match stays at the pattern's score instead of being dropped.
    """

    LABELLED_PATTERNS: frozenset[str] = frozenset()
    # What a subclass reports unless the registry says otherwise; PATTERNS and CONTEXT likewise.
    ENTITY: str | None = None
    LANGUAGE: str | None = None

    def __init__(self, supported_language: str | None = None, supported_entity: str | None = None, **kwargs) -> None:
        kwargs.setdefault("global_regex_flags", re.MULTILINE)
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            supported_language=supported_language or self.LANGUAGE,
            patterns=kwargs.pop("patterns", None) or getattr(self, "PATTERNS", None),
            context=kwargs.pop("context", None) or getattr(self, "CONTEXT", None),
            **kwargs,
        )
        self._compiled = [(pattern, re.compile(pattern.regex, self.global_regex_flags)) for pattern in self.patterns]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for pattern, regex in self._patterns_for(text):
            has_group = PHI_GROUP in regex.groupindex
            for match in regex.finditer(text):
                start, end = match.span(PHI_GROUP) if has_group else match.span()
                if start >= end:
                    continue
                value = text[start:end]
                validation = self.validate_result(value)
                if validation is False and pattern.name in self.LABELLED_PATTERNS:
                    validation = None
                if validation is False or self.invalidate_result(value):
                    continue
                score = EntityRecognizer.MAX_SCORE if validation else pattern.score
                results.append(self._result(start, end, score, pattern.name, validation))
        return EntityRecognizer.remove_duplicates(results)

    def _patterns_for(self, text: str) -> list[tuple[Pattern, re.Pattern]]:
        """The compiled patterns worth running over `text`; a subclass may skip those that cannot match."""
        return self._compiled

    def _result(self, start: int, end: int, score: float, pattern_name: str, validation: bool | None):
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=score,
            pattern_name=pattern_name,
            validation_result=validation,
            textual_explanation=f"Detected by `{self.name}` using pattern `{pattern_name}`",
        )
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
