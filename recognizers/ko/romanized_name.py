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

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko.base import alternation, load_word_list
from emr_deid.schemas.entity import EntityType

_INITIAL = r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhy])?"
_VOWEL = r"(?:yae|yeo|wae|you|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)"
_FINAL = r"(?:ng|[kntlmpg])?"
_SYLLABLE = _INITIAL + _VOWEL + _FINAL
_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}", re.IGNORECASE)
NAME_START = r"(?<![A-Za-z])(?=[A-Z])"  # the lookahead skips most positions at once
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


def name_order_patterns(
    surnames: tuple[str, ...],
    ambiguous: tuple[str, ...],
    given_title: str,
    given_upper: str,
    comma_given: str,
    end: str,
) -> list[Pattern]:
    """The patterns of a romanised East Asian name, its span the whole name and its given name the `given` group:
    surname first or given name first, in title case or capitals; a surname that is also an English word
    (`ambiguous`) only before a comma and `comma_given`. `end` is the lookahead that ends a name."""
    title, upper = alternation(surnames), alternation([s.upper() for s in surnames])
    comma_only = alternation([*ambiguous, *(s.upper() for s in ambiguous)])
    return [
        Pattern("surname first", rf"{NAME_START}(?P<phi>{title},?[ ](?P<given>{given_title})){end}", 0.75),
        Pattern("surname first, capitals", rf"{NAME_START}(?P<phi>{upper},?[ ](?P<given>{given_upper})){end}", 0.75),
        Pattern(
            "ambiguous surname with a comma",
            rf"{NAME_START}(?P<phi>{comma_only},[ ](?P<given>{comma_given})){end}",
            0.6,
        ),
        Pattern("given name first", rf"{NAME_START}(?P<phi>(?P<given>{given_title})[ ]{title}){end}", 0.7),
        Pattern("given name first, capitals", rf"{NAME_START}(?P<phi>(?P<given>{given_upper})[ ]{upper}){end}", 0.7),
    ]


class KoreanRomanizedNameRecognizer(SpanPatternRecognizer):
    """Surname then given name ("Nam Seung-hyeon", "Yoon, Jimin", "KIM SEONGHYEON") or given name then
    surname ("Juwon Jeon"), in title case or capitals; the span is the whole name."""

    CONTEXT = ["Dr", "Prof", "Name", "Patient", "Pt", "Read by", "RN", "Attending"]

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.PERSON.value, **kwargs):
        surnames = load_word_list("emr_deid.recognizers.ko", "romanized_surnames.txt")
        ambiguous = load_word_list("emr_deid.recognizers.ko", "romanized_surnames_ambiguous.txt")
        title, upper = alternation(surnames), alternation([s.upper() for s in surnames])
        any_surname = alternation([*surnames, *ambiguous, *(s.upper() for s in (*surnames, *ambiguous))])
        given_any = r"[A-Z][A-Za-z]{0,9}(?:-[A-Za-z]{1,5})?"
        given_title = r"[A-Z][a-z]{0,9}(?:-[a-z]{1,5})?"  # Minjun, Min-jun, U-jin
        given_upper = r"[A-Z]{1,10}(?:-[A-Z]{1,5})?"
        end = r"(?![A-Za-z\-])"
        patterns = [
            *name_order_patterns(surnames, ambiguous, given_title, given_upper, r"[A-Z][A-Za-z]{3,9}", end),
            # Beside the name in Hangul, "Lim, Siu(임시우", "마승현(Ma Seung-hyeon)", any surname and given name go.
            Pattern(
                "before its Hangul form",
                rf"{NAME_START}(?P<phi>{any_surname},?[ ](?P<given>{given_any})){end}"
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
                rf"{NAME_START}(?P<phi>(?:{title}|{upper})[ ]{_NOT_INITIALS}(?P<given>[A-Z]\.?-?[A-Z]\.?)){end}",
                0.7,
            ),
        ]
        super().__init__(
            supported_language, supported_entity, patterns=kwargs.pop("patterns", None) or patterns, **kwargs
        )
        self._surnames = frozenset(s.lower() for s in (*surnames, *ambiguous))

    def accepts(self, pattern_name: str, match: re.Match) -> bool:
        given = match.group("given")
        if pattern_name == _SURNAME_AND_INITIALS:
            return True
        beside_hangul = pattern_name in ("before its Hangul form", "after its Hangul form")
        return given.lower() not in self._surnames and _given_name_syllables(given, short_allowed=beside_hangul)
