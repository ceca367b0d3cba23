"""Korean names written in Latin letters, as code-mixed notes and referral letters write them:
"Kim Min-jun", "KIM MINJUN", "Kim, Minjun", "Minjun Kim", and a surname with the given name's initials, as
signatures and staff lists abbreviate it: "Lee JH", "KIM Y.H.".

A name is a listed Korean surname romanisation next to a given name whose parts are Korean syllables
in Revised Romanization or the common older spellings (Hyun, Seung, Young, Hee). Surnames that are
also English words (An, In, Do, Go, No, Ha, Ma, Song used alone) are left out of the list, and the
given name must be one to three syllables, so English words beside a surname are rarely taken.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko.base import alternation, load_word_list
from emr_deid.schemas.entity import EntityType

_INITIAL = r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhy])?"
_VOWEL = r"(?:yae|yeo|wae|you|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)"
_FINAL = r"(?:ng|[kntlmpg])?"
_SYLLABLE = _INITIAL + _VOWEL + _FINAL
_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}", re.IGNORECASE)
_SURNAME_AND_INITIALS = "surname and initials"  # two initials: no syllables to check
# Two capitals that are a ward, a test or a route, not initials: "Park ER", "Moon CT".
_NOT_INITIALS = r"(?!(?:ER|ED|OR|CT|MR|PT|OT|IV|IM|BP|HR|RR|GI|GU|US|UA|OP|PO|PR|SC|SL|DC|NS|LR|OB|GY|EM|IR)\b)"


def _given_name_syllables(given: str, short_allowed: bool = False) -> bool:
    """Whether a given name ("Seung-hyeon", "Seunghyeon", "MINJUN") splits into 1-3 Korean syllables.
    Short unhyphenated ones (Siu, Jiu) read like English words and are taken only when `short_allowed`."""
    parts = given.split("-")
    if len(parts) > 2 or not all(_GIVEN.fullmatch(part) for part in parts):
        return False
    return short_allowed or len(parts) == 2 or len(given) >= 4


class KoreanRomanizedNameRecognizer(SpanPatternRecognizer):
    """Surname then given name ("Nam Seung-hyeon", "Yoon, Jimin", "KIM SEONGHYEON") or given name then
    surname ("Juwon Jeon"), in title case or capitals; the span is the whole name."""

    CONTEXT = ["Dr", "Prof", "Name", "Patient", "Pt", "Read by", "RN", "Attending"]

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.PERSON.value, **kwargs):
        surnames = load_word_list("emr_deid.recognizers.ko", "romanized_surnames.txt")
        ambiguous = load_word_list("emr_deid.recognizers.ko", "romanized_surnames_ambiguous.txt")
        title = alternation(surnames)
        upper = alternation([s.upper() for s in surnames])
        comma_only = alternation([*ambiguous, *(s.upper() for s in ambiguous)])
        any_surname = alternation([*surnames, *ambiguous, *(s.upper() for s in (*surnames, *ambiguous))])
        given_any = r"[A-Z][A-Za-z]{0,9}(?:-[A-Za-z]{1,5})?"
        given_title = r"[A-Z][a-z]{0,9}(?:-[a-z]{1,5})?"  # Minjun, Min-jun, U-jin
        given_upper = r"[A-Z]{1,10}(?:-[A-Z]{1,5})?"
        start, end = r"(?<![A-Za-z])(?=[A-Z])", r"(?![A-Za-z\-])"  # the lookahead skips most positions at once
        patterns = [
            Pattern("surname first", rf"{start}(?P<phi>{title},?[ ](?P<given>{given_title})){end}", 0.75),
            Pattern("surname first, capitals", rf"{start}(?P<phi>{upper},?[ ](?P<given>{given_upper})){end}", 0.75),
            Pattern(
                "ambiguous surname with a comma",
                rf"{start}(?P<phi>{comma_only},[ ](?P<given>[A-Z][A-Za-z]{{3,9}})){end}",
                0.6,
            ),
            # Beside the name in Hangul, "Lim, Siu(임시우", "마승현(Ma Seung-hyeon)", any surname and given name go.
            Pattern(
                "before its Hangul form",
                rf"{start}(?P<phi>{any_surname},?[ ](?P<given>{given_any})){end}"
                r"(?=[ ]?[(（][가-힣]{2,4}[ ]?[,，)）])",
                0.8,
            ),
            Pattern(
                "after its Hangul form",
                rf"[가-힣]{{2,4}}[ ]?[(（](?P<phi>{any_surname},?[ ](?P<given>{given_any}))[ ]?(?=[)）])",
                0.8,
            ),
            Pattern(
                _SURNAME_AND_INITIALS,
                rf"{start}(?P<phi>(?:{title}|{upper})[ ]{_NOT_INITIALS}(?P<given>[A-Z]\.?-?[A-Z]\.?))(?![A-Za-z\-])",
                0.7,
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
                beside_hangul = pattern.name in ("before its Hangul form", "after its Hangul form")
                if pattern.name != _SURNAME_AND_INITIALS and (
                    given.lower() in self._surnames or not _given_name_syllables(given, short_allowed=beside_hangul)
                ):
                    continue
                start, end = match.span("phi")
                results.append(self._result(start, end, pattern.score, pattern.name, None))
        return EntityRecognizer.remove_duplicates(results)
