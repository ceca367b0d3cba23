"""The pattern recognizer every language's rules build on.

`SpanPatternRecognizer` is a Presidio `PatternRecognizer` that compiles its patterns once, when it is
built, and whose entity span is the regex's `phi` group when it has one. Precision in clinical notes needs
context ("등록번호: 12345678", "患者张力", "MRN: 12345678"), and the engine may run without an NLP model, so
the context is written into the pattern around the identifier instead of being left to Presidio's context
enhancer; the span stays the identifier alone, without the label, particle or honorific.

Presidio's own pattern loop times each pattern, logs it and matches under a timeout; over a note those
cost a third of the matching itself. These patterns are ours and anchored on labels or bounded runs, so
they run without the timeout.

`Pattern` is Presidio's, less its check at construction that the regex compiles: the recognizer that
holds a pattern compiles it anyway, and Presidio's check compiled each of ours a second time with the
slower `regex` parser, a second of every worker's start-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import presidio_analyzer
import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers import PHI_GROUP
from emr_deid.recognizers.prefilter import PatternPrefilter, re_flags


class Pattern(presidio_analyzer.Pattern):
    """A named regex and its score, compiled (and so checked) by the recognizer that holds it."""

    def __init__(self, name: str, regex: str, score: float):
        if not 0 <= score <= 1:
            raise ValueError(f"pattern {name!r}: score {score} is not between 0 and 1")
        self.name, self.regex, self.score = name, regex, score
        self.compiled_regex = None
        self.compiled_with_flags = None


class SpanPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer reporting the `phi` group's span (else the match's), its patterns compiled once.

    `validate_result` receives the span's text: True raises the score to 1.0, False drops the match,
    None keeps the pattern's score, as in Presidio. Patterns named in `LABELLED_PATTERNS` match a
    value right after its own label ("身份证号："): there a failed check digit is a typo in a real
    identifier, so the match stays at the pattern's score instead of being dropped.
    """

    LABELLED_PATTERNS: frozenset[str] = frozenset()
    # What a subclass reports unless the registry says otherwise; PATTERNS and CONTEXT likewise.
    ENTITY: str | None = None
    LANGUAGE: str | None = None
    REGEX_FLAGS = re.MULTILINE
    # The regex engine: `re`, or `regex` where patterns need `\K` or ASCII word rules inside Unicode text.
    compile_regex: Callable[[str, int], re.Pattern] = staticmethod(re.compile)
    # Patterns, by name, that the other engine scans several times faster, finding the same matches: `regex`
    # skips to where a match can start even past a leading lookbehind, where `re` tries the lookbehind at every
    # position; `re` runs some patterns led by a capitalised word faster. Measured with
    # `python -m emr_deid.benchmarks.bench_regex_engines`; tests/recognizers/test_regex_engines.py checks both
    # engines find the same matches.
    ON_RE: frozenset[str] = frozenset()
    ON_REGEX: frozenset[str] = frozenset()

    def __init__(self, supported_language: str | None = None, supported_entity: str | None = None, **kwargs) -> None:
        kwargs.setdefault("global_regex_flags", self.REGEX_FLAGS)
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            supported_language=supported_language or self.LANGUAGE,
            patterns=kwargs.pop("patterns", None) or getattr(self, "PATTERNS", None),
            context=kwargs.pop("context", None) or getattr(self, "CONTEXT", None),
            **kwargs,
        )
        self._compiled = [
            (pattern, self.engine_for(pattern.name)(pattern.regex, self.global_regex_flags))
            for pattern in self.patterns
        ]
        self._prefilter: PatternPrefilter | None = None  # built on first use: tests build recognizers by the hundred

    def engine_for(self, pattern_name: str) -> Callable[[str, int], re.Pattern]:
        """The compile function of the named pattern: the recognizer's engine unless ON_RE or ON_REGEX names it."""
        if pattern_name in self.ON_RE:
            return re.compile
        if pattern_name in self.ON_REGEX:
            return regex.compile
        return self.compile_regex

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for pattern, compiled in self._scanned_patterns(text):
            has_group = PHI_GROUP in compiled.groupindex
            for match in compiled.finditer(text):
                start, end = match.span(PHI_GROUP) if has_group else match.span()
                if start >= end or not self.accepts(pattern.name, match):
                    continue
                value = text[start:end]
                validation = self.validate_result(value)
                if validation is False and pattern.name in self.LABELLED_PATTERNS:
                    validation = None
                if validation is False or self.invalidate_result(value):
                    continue
                score = EntityRecognizer.MAX_SCORE if validation else pattern.score
                results.append(self._result(start, end, score, pattern.name, validation))
        if len(results) < 2:  # most scans find none or one: nothing to de-duplicate, only a zero score to drop
            return [result for result in results if result.score > 0]
        return EntityRecognizer.remove_duplicates(results)

    def accepts(self, pattern_name: str, match: re.Match) -> bool:
        """Whether a match of the named pattern is one; a subclass checks what a regex cannot (a name's syllables)."""
        return True

    def _patterns_for(self, text: str) -> list[tuple[Pattern, re.Pattern]]:
        """The compiled patterns worth running over `text`; a subclass may skip those that cannot match."""
        return self._compiled

    def _scanned_patterns(self, text: str) -> list[tuple[Pattern, re.Pattern]]:
        """`_patterns_for(text)` less those the prefilter's one scan shows cannot match (recognizers/prefilter.py)."""
        candidates = self._patterns_for(text)
        possible = self._pattern_prefilter().possible(text)
        if possible is None:
            return candidates
        kept = {id(self._compiled[index][1]) for index in possible}
        return [entry for entry in candidates if id(entry[1]) in kept]

    def _pattern_prefilter(self) -> PatternPrefilter:
        if self._prefilter is None:
            self._prefilter = PatternPrefilter(
                [
                    (pattern.regex, re_flags(compiled), not isinstance(compiled, re.Pattern))
                    for pattern, compiled in self._compiled
                ]
            )
        return self._prefilter

    def warm_up(self) -> None:
        """Build the pattern prefilter now (compiled, or read from its cache), not on the first note."""
        self._pattern_prefilter().warm_up()

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
