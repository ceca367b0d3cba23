"""Renders a template family into one gold note: text, entity spans, known PHI.

Slots are resolved by `NoteContext`, which holds one patient and the note's other people, dates and
identifiers, so repeated slots repeat values. Noise (missing spaces next to PHI, typos in the
surrounding words) touches only plain text, so spans stay correct by construction.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable

from emr_deid.evaluation.synthetic import vocab
from emr_deid.evaluation.synthetic.builder import NoteBuilder, Piece
from emr_deid.evaluation.synthetic.families import Family
from emr_deid.evaluation.synthetic.values import (
    LocaleValues,
    Patient,
    Person,
    english_date,
    kr_registration_number,
)
from emr_deid.recognizers.ko.romanization import romanize_hangul

_FORMATTER = string.Formatter()
# Days from the encounter date for named dates; other keys fall within two weeks either side.
_DATE_OFFSETS: dict[str, tuple[int, int]] = {
    "adm": (0, 0), "exam": (0, 1), "op": (1, 3), "dc": (4, 15), "fu": (18, 45), "onset": (-10, -1),
    "prev": (-700, -30), "lmp": (-200, -40), "edc": (60, 200), "report": (4, 10),
}  # fmt: skip
# Korean particles after a final consonant (first) or a vowel (second).
_JOSA = {"은는": ("은", "는"), "이가": ("이", "가"), "을를": ("을", "를"), "과와": ("과", "와"), "으로": ("으로", "로"),
         "이": ("이", "")}  # fmt: skip
KNOWN_PHI_SHARE = 0.65


def _has_final_consonant(char: str) -> bool:
    code = ord(char) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 0


class NoteContext:
    """Values of one note: one patient, other people by role and key, dates by key.

    `resolvers()` maps each slot kind to a function of the slot's key that renders it as pieces.
    """

    def __init__(self, lang: str, values: LocaleValues, rng: random.Random, cohort: str = "any"):
        self.lang = lang
        self.vocab_lang = "ko" if lang == "ko-en" else lang
        self.values = values
        self.rng = rng
        self.patient: Patient = values.patient(cohort)
        self.people: dict[tuple[str, str], Person] = {}
        self.days: dict[str, dt.date] = {}
        self.cache: dict[tuple[str, str], list[Piece]] = {}
        self.kin_used: set[str] = set()
        self.clinicians_used: set[str] = set()
        gravida = rng.randint(1, 4)
        self.obstetric = (rng.randint(5, 39), gravida, rng.randint(0, gravida - 1))

    # people -----------------------------------------------------------------------------------
    def _person(self, role: str, key: str) -> Person:
        if (role, key) not in self.people:
            self.people[(role, key)] = self.values.person()
        return self.people[(role, key)]

    def _name_forms(self, person: Person) -> str:
        if person.script != "en":
            return person.full
        middle = f" {self.rng.choice(string.ascii_uppercase)}."
        return self.rng.choice((person.full, person.full, f"{person.given}{middle} {person.family}",
                                f"{person.family}, {person.given}", person.full.upper(),
                                f"{person.given[0]}. {person.family}"))  # fmt: skip

    def _roman(self, person: Person) -> str:
        given_hyphenated = "-".join(romanize_hangul(ch) for ch in person.given).capitalize()
        return self.rng.choice((f"{person.roman_given} {person.roman_family}",
                                f"{person.roman_family} {given_hyphenated}",
                                f"{person.roman_family.upper()} {person.roman_given.upper()}",
                                f"{person.roman_family}, {person.roman_given}"))  # fmt: skip

    # dates ------------------------------------------------------------------------------------
    def _day(self, key: str) -> dt.date:
        if key not in self.days:
            low, high = _DATE_OFFSETS.get(key, (-14, 14))
            self.days[key] = self.patient.encounter + dt.timedelta(days=self.rng.randint(low, high))
        return self.days[key]

    def _date(self, day: dt.date, short: bool) -> str:
        if self.lang == "ko-en" and self.rng.random() < 0.35:
            return english_date(self.rng, day, short)  # English date forms inside Korean notes
        return self.values.date(day, short)

    def _age(self) -> list[Piece]:
        age = self.patient.age
        return [(str(age), "AGE_OVER_89" if age > 89 else None)]

    def _sex(self) -> str:
        female = self.patient.person.sex == "F"
        if self.lang == "ko-en":
            return self.rng.choice((("M", "F"), ("남", "여")))[female]
        return {"ko": ("남", "여"), "zh": ("男", "女"), "en": ("male", "female")}[self.lang][female]

    def _title(self) -> str:
        """The courtesy title that goes with a surname: 先生/女士, Mr./Ms., 씨."""
        female = self.patient.person.sex == "F"
        return {"zh": ("先生", "女士"), "en": ("Mr.", "Ms.")}.get(self.vocab_lang, ("씨", "씨"))[female]

    def _plain(self, table: dict[str, tuple[str, ...]]) -> list[Piece]:
        # Code-mixed notes write most clinical terms in English.
        lang = "en" if self.lang == "ko-en" and self.rng.random() < 0.7 else self.vocab_lang
        return [(self.rng.choice(table[lang]), None)]

    def _pregnancy(self) -> list[Piece]:
        lang = "en" if self.lang == "ko-en" and self.rng.random() < 0.5 else self.vocab_lang
        return [(self.rng.choice(vocab.pregnancy_terms(lang, *self.obstetric)), "SENSITIVE_PREGNANCY")]

    def _std(self) -> list[Piece]:
        lang = "en" if self.lang == "ko-en" and self.rng.random() < 0.5 else self.vocab_lang
        return [(self.rng.choice(vocab.STD_TERMS[lang]), "SENSITIVE_STD")]

    def _url(self) -> list[Piece]:
        host = self.rng.choice(("portal", "pacs", "emr", "mychart"))
        return [(f"https://{host}.{self.rng.choice(('snuh.org', 'hosp.kr', 'mgh.org', 'hospital.cn'))}"
                 f"/p/{self.values.digits(8)}", "URL")]  # fmt: skip

    def _ip(self) -> list[Piece]:
        return [(f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}", "IP_ADDRESS")]

    def _national_id(self) -> list[Piece]:
        kind, value = self.patient.national_id
        if kind != "US_SSN" and self.rng.random() < 0.15:
            value = value.replace("-", "")
        return [(value, kind)]

    def resolvers(self) -> dict[str, Callable[[str], list[Piece]]]:
        p, v = self.patient, self.values
        return {
            "name": lambda key: [(self._name_forms(p.person), "PERSON")],
            "given": lambda key: [(p.person.given, "PERSON")],
            "family": lambda key: [(p.person.family, "PERSON")],
            "roman": lambda key: [(self._roman(p.person), "PERSON")],
            "kin": lambda key: self._role_name("kin", key, self.kin_used),
            "doctor": lambda key: self._role_name("doctor", key, self.clinicians_used),
            "doctor_family": lambda key: [(self._person("doctor", key).family, "PERSON")],
            "doctor_roman": lambda key: [(self._roman(self._person("doctor", key)), "PERSON")],
            "age": lambda key: self._age(),
            "sex": lambda key: [(self._sex(), None)],
            "sex_initial": lambda key: [(p.person.sex, None)],  # "67F": age glued to M/F in banners
            "title": lambda key: [(self._title(), None)],
            "date": lambda key: [(self._date(self._day(key), short=False), "DATE")],
            "sdate": lambda key: [(self._date(self._day(key), short=True), "DATE")],
            "dob": lambda key: [(self._date(p.birth, short=False), "DATE")],
            "altdate": lambda key: [(v.alt_date(self._day(key)), "DATE")],
            "natid": lambda key: self._national_id(),
            "frn": lambda key: [(kr_registration_number(self.rng, p.birth, p.person.sex, foreigner=True), "KR_FRN")],
            "mrn": lambda key: [(p.mrn, "MEDICAL_RECORD_NUMBER")],
            "phone": lambda key: [(p.phone, "PHONE_NUMBER")],
            "tel": lambda key: [(v.phone("office"), "PHONE_NUMBER")],
            "mobile": lambda key: [(v.phone("mobile"), "PHONE_NUMBER")],
            "email": lambda key: [(p.email, "EMAIL_ADDRESS")],
            "address": lambda key: [(p.address, "ADDRESS")],
            "village": lambda key: [(v.rural_address(), "ADDRESS")],
            "location": lambda key: [(v.location(), "LOCATION")],
            "location_roman": lambda key: [(v.roman_location(), "LOCATION")],  # Korean places in Latin letters
            "postcode": lambda key: [(v.postcode(), "POSTCODE")],
            "hospital": lambda key: [(v.hospital(), "HOSPITAL")],
            "insurance": lambda key: [(v.insurance(), "HEALTH_INSURANCE_NUMBER")],
            "passport": lambda key: [(v.passport(), "PASSPORT")],
            "permit": lambda key: [(v.travel_permit(), "TRAVEL_PERMIT")],
            "license": lambda key: [(v.driver_license(), "DRIVER_LICENSE")],
            "accession": lambda key: [(v.accession(), "ID")],
            "url": lambda key: self._url(),
            "ip": lambda key: self._ip(),
            "std": lambda key: self._std(),
            "preg": lambda key: self._pregnancy(),
            "drug": lambda key: self._plain(vocab.DRUGS),
            "lab": lambda key: self._plain(vocab.LABS),
            "vitals": lambda key: self._plain(vocab.VITALS),
            "eponym": lambda key: self._plain(vocab.EPONYMS),
            "icd": lambda key: self._plain(vocab.ICD),
            "dept": lambda key: self._plain(vocab.DEPARTMENTS),
        }

    def _role_name(self, role: str, key: str, used: set[str]) -> list[Piece]:
        used.add(key)
        person = self._person(role, key)
        if self.lang == "ko-en" and role == "doctor" and self.rng.random() < 0.3:
            return [(self._roman(person), "PERSON")]
        return [(self._name_forms(person), "PERSON")]

    def known_phi(self) -> list[dict]:
        """The patient's identifiers as a PID segment would carry them, plus kin and clinicians named."""
        p = self.patient
        known = [
            {"kind": "PERSON", "value": p.person.full, "role": "patient", "parts": p.person.parts()},
            {"kind": "MEDICAL_RECORD_NUMBER", "value": p.mrn, "role": "patient"},
            {"kind": "DATE", "value": p.birth.isoformat(), "role": "patient"},
            {"kind": "PHONE_NUMBER", "value": p.phone, "role": "patient"},
            {"kind": "ADDRESS", "value": p.address, "role": "patient"},
            {"kind": "EMAIL_ADDRESS", "value": p.email, "role": "patient"},
            {"kind": p.national_id[0], "value": p.national_id[1], "role": "patient"},
        ]
        for role, keys in (("kin", self.kin_used), ("clinician", self.clinicians_used)):
            for key in sorted(keys):
                person = self._person("kin" if role == "kin" else "doctor", key)
                known.append({"kind": "PERSON", "value": person.full, "role": role, "parts": person.parts()})
        return known


def _gluable(char: str) -> bool:
    return not (char.isascii() and char.isalnum()) and not char.isspace()


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _noisy_literal(text: str, lang: str, rng: random.Random, before_phi: bool, after_phi: bool) -> str:
    """Plain text with the noise of hurried charting: dropped spaces next to PHI, transposed letters."""
    # Spaces drop between a value and Hangul, Han or punctuation ("환자김민준", "김민준 님" -> "김민준님"),
    # never between two values or next to Latin letters and digits, where even a reader could not split them.
    if lang != "en" and text.strip():
        if before_phi and text[-2:-1] and _gluable(text[-2]) and text.endswith(" ") and rng.random() < 0.12:
            text = text[:-1]
        if after_phi and text[1:2] and _gluable(text[1]) and text.startswith(" ") and rng.random() < 0.08:
            text = text[1:]
    elif before_phi and text.endswith(": ") and rng.random() < 0.1:
        text = text[:-1]
    if rng.random() < 0.04:
        words = text.split(" ")
        candidates = [i for i, word in enumerate(words) if len(word) >= 6 and word.isascii() and word.isalpha()]
        if candidates:
            i = rng.choice(candidates)
            words[i] = _typo(words[i], rng)
            text = " ".join(words)
    return text


def _template_lines(family: Family, rng: random.Random) -> str:
    lines = []
    for line in family.template.split("\n"):
        if line.startswith("? "):
            if rng.random() < 0.6:
                lines.append(line[2:])
        else:
            lines.append(line)
    return "\n".join(lines)


def render(family: Family, values: LocaleValues, rng: random.Random) -> tuple[NoteBuilder, NoteContext]:
    context = NoteContext(family.lang, values, rng, family.cohort)
    resolvers = context.resolvers()
    builder = NoteBuilder()
    parsed = list(_FORMATTER.parse(_template_lines(family, rng)))
    for index, (literal, field_name, key, _) in enumerate(parsed):
        after_phi = index > 0 and parsed[index - 1][1] is not None and parsed[index - 1][1] in _PHI_KINDS
        before_phi = field_name in _PHI_KINDS
        builder.add(_noisy_literal(literal, family.lang, rng, before_phi, after_phi))
        if field_name is None:
            continue
        if field_name == "j":
            final = _has_final_consonant(builder.text[-1]) if builder.length else False
            builder.add(_JOSA[key][0 if final else 1])
            continue
        if field_name not in resolvers:
            raise KeyError(f"family {family.id}: unknown slot {field_name!r}")
        cache_key = (field_name, key or "")
        if cache_key not in context.cache or field_name in _FRESH_KINDS:
            context.cache[cache_key] = resolvers[field_name](key or "")
        builder.extend(context.cache[cache_key])
    return builder, context


# Slot kinds that render PHI (noise may drop the space next to them) and kinds drawn afresh each time.
_PHI_KINDS = frozenset({"name", "given", "family", "roman", "kin", "doctor", "doctor_family", "doctor_roman", "date",
                        "sdate", "dob", "natid", "frn", "mrn", "phone", "tel", "mobile", "email", "address", "location",
                        "postcode", "hospital", "insurance", "passport", "permit", "license", "accession", "url",
                        "ip", "altdate", "village", "location_roman"})  # fmt: skip
_FRESH_KINDS = frozenset({"drug", "lab", "vitals", "eponym", "icd"})
