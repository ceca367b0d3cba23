"""Person names in clinical English without a statistical model.

Rules, most certain first: a courtesy or professional title ("Dr. Lee", "Mrs. Ana Ruiz"), a name
before credentials ("Jane Doe, RN"), a signature line ("Signed by: Jane Doe"), a name after "Pt" or
"Patient", a relative's name ("son Thomas"), and a capitalised pair whose first word is a known given
name and second a known surname ("Maria Garcia", "Matheus Araujo"). Known names are those of Faker's
locales, read at import time: every locale's in Latin letters where a pair or a cue vouches for the name,
en_US's alone for the weakest rules. Capitalised clinical words are excluded, so "Pt Denies Pain" is no
name. Weakest, an en_US given name with a capitalised word after it ("Elita Desaulniers"), or alone
("Brandon"), unless the name is also an everyday English word ("Will", "May", "Hope").
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from importlib import resources

import faker.providers.person
import regex
from faker.providers.lorem.en_US import Provider as _FakerLorem
from faker.providers.person.en_US import Provider as _FakerPerson
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from emr_deid.recognizers.en import ASCII_WORDS

GIVEN_NAMES = frozenset(_FakerPerson.first_names)
SURNAMES = frozenset(_FakerPerson.last_names)


def _names_of_every_locale(*attributes: str) -> frozenset[str]:
    """The names in Latin letters under `attributes` of every Faker locale's person provider ("Matheus",
    "Nowak", "Xiaoming" from zh_CN's romanised lists)."""
    names: set[str] = set()
    for locale in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{locale.name}").Provider
        for attribute in attributes:
            listed = getattr(provider, attribute, ())
            if isinstance(listed, (tuple, list, dict)):  # a few locales compute theirs (a property)
                names.update(listed)
    return frozenset(
        name
        for name in names
        if name.isascii() and name.isalpha() and name[:1].isupper() and name.lower() not in _ENGLISH_WORDS
    )


# Capitalised words that follow "Patient" or a title in notes without being names.
NOT_NAMES = frozenset(
    [
        "Patient",
        "Pt",
        "Dr",
        "Prof",
        "Mr",
        "Mrs",
        "Ms",
        "Denies",
        "Reports",
        "States",
        "Presents",
        "Complains",
        "Was",
        "Is",
        "Has",
        "Had",
        "Will",
        "Notes",
        "Admitted",
        "Discharged",
        "Seen",
        "Here",
        "Today",
        "Tomorrow",
        "Yesterday",
        "Alert",
        "Awake",
        "Oriented",
        "Stable",
        "Afebrile",
        "Status",
        "History",
        "Note",
        "Name",
        "Unknown",
        "On",
        "Call",
        "Team",
        "Office",
        "Nurse",
        "Resident",
        "Attending",
        "Family",
        "Medicine",
        "Surgery",
        "Hospital",
        "Clinic",
        "The",
        "And",
        "Or",
        "Of",
    ]
)

# Given names that are also everyday words ("Will", "Hope"): alone or before a capitalised word they prove nothing.
AMBIGUOUS_GIVEN_NAMES = frozenset(
    line.strip()
    for line in (resources.files("emr_deid.recognizers.en") / "data" / "ambiguous_given_names.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)

_NAME = r"(?:[OD]'|Ma?c)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"  # Mary, O'Neil, Smith-Jones, McDonald, D'Angelo
_UPPER_NAME = r"[A-Z]{2,}(?:[-'][A-Z]{2,})?"  # MARY, O'NEIL in upper-case headers and signatures
_INITIAL = r"[A-Z](?:\.|\b)"
_FULL_NAME = rf"{_NAME}(?: {_INITIAL})?(?: {_NAME}){{0,2}}"  # spaces only: a name never spans lines
_INITIAL_NAME = rf"[A-Z]\. ?{_NAME}"  # K. Reed
_TITLE = r"(?:Dr|Drs|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Doctor|Nurse|Sister)"
_CREDENTIAL = r"(?:MD|M\.D\.|DO|RN|LPN|NP|PA-C|PA|APRN|CNA|PharmD|PhD|MBBS|DDS|BSN|MSN|CRNA|LCSW|PT|OT|RD)"
_RELATION = (
    r"(?:son|daughter|wife|husband|mother|father|mom|dad|brother|sister|spouse|partner|friend|nephew|niece"
    r"|grandson|granddaughter|grandmother|grandfather|caregiver|guardian|aunt|uncle|cousin|neighbor|fiance|fiancee)"
)
_SIGNATURE = (
    r"(?:Signed|Electronically\ssigned|Signed\sby|Dictated\sby|Transcribed\sby|Cosigned\sby|Reviewed\sby"
    r"|Attending|Resident|Author|Provider|PCP|Referring\sphysician|Primary\scare|Nurse|RN)"
)

# Some locales list words as names ("Sister", "General", "Doctor"): everyday English words are left out of theirs.
_ENGLISH_WORDS = frozenset(
    word.lower()
    for word in (
        *_FakerLorem.word_list,
        *NOT_NAMES,
        *AMBIGUOUS_GIVEN_NAMES,
        *regex.findall("[a-z]+", (_RELATION + _TITLE).lower()),
    )
)
# Where a pair or a cue vouches for the name, any locale's names count: patients are not all named in en_US.
GIVEN_NAMES_ANYWHERE = GIVEN_NAMES | _names_of_every_locale(
    "first_names", "first_names_male", "first_names_female", "first_romanized_names"
)
SURNAMES_ANYWHERE = SURNAMES | _names_of_every_locale("last_names", "last_romanized_names")


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: regex.Pattern
    score: float
    # "none": the context is proof; "given": a known given name or surname; "pair": known given name + surname;
    # "reversed pair": surname, given name; "surname": a known surname (after an initial);
    # "lower case": an unambiguous known given name, alone or before a known surname, in lower case;
    # "given first"/"given alone": an unambiguous known given name first / alone
    check: str


def _rule(name: str, pattern: str, score: float, check: str) -> _Rule:
    return _Rule(name, regex.compile(ASCII_WORDS + pattern), score, check)


_RULES = (
    _rule(
        # on the title's line: in "Lake Justin, MS.\nWound care" the state's code ends a line
        "title + name",
        rf"\b(?i:{_TITLE})(?:\.[ \t]?|[ \t])\K(?:{_FULL_NAME}|[A-Z]{{2,}}(?: [A-Z]{{2,}})?)\b",
        0.85,
        "none",
    ),
    _rule(
        "name + credentials",
        rf"\b(?:{_NAME}(?: {_INITIAL})? {_NAME}|{_INITIAL_NAME})(?=,?\s{_CREDENTIAL}\b)",
        0.85,
        "none",
    ),
    _rule("signature line", rf"(?i:\b{_SIGNATURE}\s?(?:by)?\s?:\s?)\K(?-i:{_INITIAL_NAME}|{_FULL_NAME})", 0.85, "none"),
    # a form's name fields: "Patient last name: Li     First name: Kerry"
    _rule(
        "name field of a form",
        rf"(?i:\b(?:last|first|given|family|middle|sur)[ \t]?name[ \t]?:[ \t]?)\K(?-i:{_NAME}|{_UPPER_NAME})\b",
        0.85,
        "none",
    ),
    # a name said or asked for: "Her maiden name is Kowalski", "my name is Lena Andersson", "What's your name? Jo Bouts"
    _rule(
        "name stated in a sentence",
        r"(?i:\b(?:(?:my|his|her|their|your|patient'?s|pt'?s)[ \t](?:(?:full|first|last|maiden|given|family|legal"
        r"|preferred|middle|birth)[ \t])?name[ \t](?:is|was)|what'?s[ \t]your[ \t](?:(?:full|first|last)[ \t])?name\?)"
        rf"(?:[ \t]+|[ \t]*\n[ \t]*))\K(?-i:{_FULL_NAME}|{_UPPER_NAME})\b",
        0.85,
        "none",
    ),
    _rule("after Pt/Patient", rf"\b(?i:pt|patient)\.?:?\s\K(?-i:{_NAME} {_NAME}|{_INITIAL_NAME})\b", 0.8, "given"),
    _rule("relative's name", rf"\b(?i:{_RELATION}),?:?\s\K(?-i:{_NAME}(?: {_NAME})?)\b", 0.8, "given"),
    # notes typed in lower case: "lives with wife mary", "son john smith at bedside"
    _rule("relative's name in lower case", rf"\b(?i:{_RELATION}),?:?\s\K[a-z]+\b", 0.7, "lower case"),
    _rule("relative's full name in lower case", rf"\b(?i:{_RELATION}),?:?\s\K[a-z]+ [a-z]+\b", 0.7, "lower case"),
    _rule("known given name + surname", rf"\b{_NAME}(?: {_INITIAL})? {_NAME}\b", 0.7, "pair"),
    _rule("known given name + surname, upper case", rf"\b{_UPPER_NAME}(?: {_INITIAL})? {_UPPER_NAME}\b", 0.7, "pair"),
    _rule("surname, known given name", rf"\b(?:{_NAME}, {_NAME}|{_UPPER_NAME}, {_UPPER_NAME})\b", 0.7, "reversed pair"),
    _rule("initial + known surname", rf"\b[A-Z]\.\s?(?:{_NAME}|{_UPPER_NAME})\b", 0.65, "surname"),
    _rule("known given name + capitalised word", rf"\b{_NAME}(?: {_INITIAL})? {_NAME}\b", 0.6, "given first"),
    _rule("known given name alone", rf"\b{_NAME}\b", 0.55, "given alone"),
)


class ClinicalPersonRecognizer(EntityRecognizer):
    def __init__(self, supported_language: str = "en", supported_entity: str = "PERSON", **kwargs):
        super().__init__(
            supported_entities=[supported_entity],
            supported_language=supported_language,
            name=type(self).__name__,
            **kwargs,
        )

    def load(self) -> None:
        """The name lists are read at import time."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for rule in _RULES:
            for match in rule.pattern.finditer(text, overlapped=rule.check in ("pair", "reversed pair", "given first")):
                if self._accepts(match.group().split(), rule.check):
                    results.append(self._result(match.start(), match.end(), rule))
        return results

    @staticmethod
    def _accepts(words: list[str], check: str) -> bool:
        # The name lists are capitalised: "JOHN" and "Smith," are looked up as "John" and "Smith".
        words = [
            word.rstrip(",").capitalize() if word.isupper() or word.islower() else word.rstrip(",") for word in words
        ]
        if words[0] in NOT_NAMES or words[-1] in NOT_NAMES:
            return False
        if check == "given":
            return words[0] in GIVEN_NAMES_ANYWHERE or words[-1] in SURNAMES_ANYWHERE
        if check == "pair":
            return words[0] in GIVEN_NAMES_ANYWHERE and words[-1] in SURNAMES_ANYWHERE
        if check == "reversed pair":
            return words[0] in SURNAMES_ANYWHERE and words[-1] in GIVEN_NAMES_ANYWHERE
        if check == "surname":  # after an initial, "Reed" or "Lane" is a name, not a word
            return words[-1] in SURNAMES
        if check == "lower case":
            return (
                words[0] in GIVEN_NAMES
                and words[0] not in AMBIGUOUS_GIVEN_NAMES
                and (len(words) == 1 or words[1] in SURNAMES)
            )
        if check in ("given first", "given alone"):
            return words[0] in GIVEN_NAMES and words[0] not in AMBIGUOUS_GIVEN_NAMES
        return True

    def _result(self, start: int, end: int, rule: _Rule) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name, original_score=rule.score, pattern_name=rule.name, textual_explanation=rule.name
        )
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=rule.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
