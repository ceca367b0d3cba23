"""Realistic replacements in the original's language and format, chosen by the keyed hash.

Choices come from a `KeyedRandom` seeded with the keyed hash of the normalised original, never from
Faker's global random state: the same value and key give the same surrogate in every process. Faker
is used only for its name and place lists, sorted so that the order of a list does not matter.
Identifiers carrying a birth date (KR RRN/FRN, CN resident ID) get the birth date shifted by the
patient's date offset, so they agree with the patient's shifted dates, and a valid check digit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from faker.providers.address.en_US import Provider as EnAddress
from faker.providers.address.ko_KR import Provider as KoAddress
from faker.providers.address.zh_CN import Provider as ZhAddress
from faker.providers.person.en_US import Provider as EnPerson
from faker.providers.person.ko_KR import Provider as KoPerson
from faker.providers.person.zh_CN import Provider as ZhPerson

from emr_deid.recognizers import checksums
from emr_deid.schemas.entity import EntityType

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Korean two-syllable surnames: the given name of a full name starts after them.
_KO_COMPOUND_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방")
# Real county-level codes (GB/T 2260), one or two per province, for the first six digits of a CN ID.
_CN_REGION_CODES = ("110101", "110105", "120101", "310101", "310115", "320102", "330102", "370102",
                    "420102", "440103", "440305", "500103", "510104", "610102", "210102", "430102")  # fmt: skip
_ZH_HOSPITAL_SUFFIXES = ("市第一人民医院", "市中心医院", "市中医院", "市妇幼保健院")
_KO_HOSPITAL_SUFFIXES = ("병원", "의료원", "기독병원", "중앙병원")
_EN_HOSPITAL_SUFFIXES = ("Memorial Hospital", "General Hospital", "Medical Center", "Community Hospital")


class KeyedRandom:
    """A deterministic stream of choices from a seed (a keyed hash): SHA-256 in counter mode."""

    def __init__(self, seed: bytes) -> None:
        self._seed = seed
        self._counter = 0

    def below(self, n: int) -> int:
        self._counter += 1
        block = hashlib.sha256(self._seed + self._counter.to_bytes(4, "big")).digest()
        return int.from_bytes(block[:8], "big") % n

    def choice(self, options: Sequence[str]) -> str:
        return options[self.below(len(options))]

    def digits(self, count: int, first_nonzero: bool = False) -> str:
        out = [str(self.below(10)) for _ in range(count)]
        if first_nonzero and out:
            out[0] = str(1 + self.below(9))
        return "".join(out)


@dataclass(frozen=True)
class SurrogateContext:
    """What a surrogate may depend on besides the value: the patient's date offset in days."""

    date_offset_days: int = 0


def script_of(text: str) -> str:
    if _HANGUL.search(text):
        return "ko"
    if _HAN.search(text):
        return "zh"
    return "en"


@cache
def _sorted_names(provider: type, attribute: str, length: int | None = None) -> tuple[str, ...]:
    names = sorted(set(getattr(provider, attribute)))
    return tuple(name for name in names if length is None or len(name) == length)


# ---- people -------------------------------------------------------------------------------------


def _korean_name(value: str, rng: KeyedRandom) -> str:
    compact = value.replace(" ", "")
    compound = compact.startswith(_KO_COMPOUND_SURNAMES) and len(compact) >= 4
    surname = rng.choice(_KO_COMPOUND_SURNAMES if compound else _sorted_names(KoPerson, "last_names", 1))
    given = rng.choice(_sorted_names(KoPerson, "first_names", 2))
    if len(compact) <= 1:
        return surname
    if len(compact) == 2:  # Korean given names are two syllables; a full name is three or more
        return given
    return f"{surname} {given}" if " " in value else surname + given  # 김 민준 keeps its space


def _chinese_name(value: str, rng: KeyedRandom) -> str:
    compact = value.replace(" ", "")
    surname = rng.choice(_sorted_names(ZhPerson, "last_names", 1))
    given_length = min(2, max(1, len(compact) - 1))
    return surname + rng.choice(_sorted_names(ZhPerson, "first_names", given_length))


def _styled(name: str, like: str) -> str:
    if like.isupper():
        return name.upper()
    return name.lower() if like.islower() else name


def _english_name(value: str, rng: KeyedRandom) -> str:
    first_names, last_names = _sorted_names(EnPerson, "first_names"), _sorted_names(EnPerson, "last_names")
    if "," in value:  # Smith, John
        last, _, rest = value.partition(",")
        given = " ".join(_styled(rng.choice(first_names), token) for token in rest.split())
        return f"{_styled(rng.choice(last_names), last.strip())}, {given}"
    tokens = value.split()
    if len(tokens) <= 1:
        return _styled(rng.choice(last_names), value)
    given = [_styled(rng.choice(first_names), token) for token in tokens[:-1]]
    return " ".join([*given, _styled(rng.choice(last_names), tokens[-1])])


def person(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    """A name of the same script and shape: full name for a full name, given name for a given name."""
    return {"ko": _korean_name, "zh": _chinese_name, "en": _english_name}[script_of(value)](value, rng)


# ---- national identifiers -----------------------------------------------------------------------


def _shifted_birth_date(original: dt.date | None, rng: KeyedRandom, context: SurrogateContext) -> dt.date:
    if original is None:  # unreadable birth date: any adult birth date will do
        original = dt.date(1940, 1, 1) + dt.timedelta(days=rng.below(60 * 365))
    return original + dt.timedelta(days=context.date_offset_days)


def _with_separators(template: str, digits: str) -> str:
    """`digits` laid out in the template's positions of digits, keeping its separators."""
    stream = iter(digits)
    return "".join(next(stream) if ch.isdigit() else ch for ch in template)


def kr_registration_number(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    """A KR RRN (or FRN) with the patient's shifted birth date, the original's sex, a valid check digit."""
    digits = "".join(ch for ch in value if ch.isdigit())
    original_birth = checksums.kr_rrn_birth_date(digits) if len(digits) == 13 else None
    birth = _shifted_birth_date(original_birth, rng, context)
    sex_digit = int(digits[6]) if len(digits) >= 7 else 1 + rng.below(2)
    is_foreigner, is_female = sex_digit in (5, 6, 7, 8), sex_digit % 2 == 0
    if birth.year < 1900:  # born in the 1800s: 9 male, 0 female
        gender = 0 if is_female else 9
    else:  # 1900s: 1/2 (foreigners 5/6); 2000s: 3/4 (foreigners 7/8)
        gender = (1 if birth.year < 2000 else 3) + is_female + 4 * is_foreigner
    first12 = f"{birth:%y%m%d}{gender}{rng.digits(5)}"
    number = first12 + checksums.kr_rrn_check_digit(first12)
    return _with_separators(value, number) if len(digits) == 13 else f"{number[:6]}-{number[6:]}"


def cn_resident_id(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    """A PRC resident ID: a real region code, the shifted birth date, the original's sex, MOD 11-2."""
    compact = value.strip().upper()
    original_birth = checksums.cn_resident_id_birth_date(compact)
    birth = _shifted_birth_date(original_birth, rng, context)
    region = rng.choice(_CN_REGION_CODES)
    sex_position = {18: 16, 15: 14}.get(len(compact))  # odd: male, even: female
    is_male = compact[sex_position] in "13579" if sex_position is not None else rng.below(2) == 1
    sequence = rng.digits(2) + str(rng.below(5) * 2 + is_male)
    if len(compact) == 15 and 1900 <= birth.year <= 1999:  # legacy 15-digit form: YYMMDD, no check
        return f"{region}{birth:%y%m%d}{sequence}"
    first17 = f"{region}{birth:%Y%m%d}{sequence}"
    return first17 + checksums.cn_resident_id_check_char(first17)


def us_ssn(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    """Area 900-999 is never issued as an SSN, so the surrogate cannot be a real person's."""
    number = f"9{rng.digits(2)}{1 + rng.below(99):02d}{1 + rng.below(9999):04d}"
    digits = sum(ch.isdigit() for ch in value)
    return _with_separators(value, number) if digits == 9 else f"{number[:3]}-{number[3:5]}-{number[5:]}"


def same_format(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    """Digits for digits, letters for letters of the same case, separators kept (MRNs, passports ...)."""
    out = []
    for ch in value:
        if ch.isdigit():
            out.append(str(rng.below(10)))
        elif "A" <= ch <= "Z":
            out.append(chr(ord("A") + rng.below(26)))
        elif "a" <= ch <= "z":
            out.append(chr(ord("a") + rng.below(26)))
        else:
            out.append(ch)
    return "".join(out)


# ---- contacts -----------------------------------------------------------------------------------

_US_PHONE = re.compile(r"(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?\d{3}[\s.-]?\d{4}")


def phone(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    """The same national format: Korean and Chinese prefixes kept, US numbers in the fictional 555-01XX."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) < 7:  # an extension or a fragment: no national format to keep
        return same_format(value, rng, context)
    us = _US_PHONE.fullmatch(value.strip())
    if us and not digits.startswith("0") and not re.fullmatch(r"1[3-9]\d{9}", digits):
        line = f"5550{100 + rng.below(100)}"  # 555-0100 .. 555-0199, reserved for fiction
        return _with_separators(value, digits[: len(digits) - 7] + line)
    if re.fullmatch(r"(?:86)?1[3-9]\d{9}", digits):  # Chinese mobile: keep the 1[3-9]X prefix
        keep = len(digits) - 8
    elif digits.startswith("82"):  # +82 10-XXXX-XXXX: keep country code and the next group
        keep = 4
    elif digits.startswith("02"):  # Seoul
        keep = 2
    else:  # 010 mobiles, 031.. area codes and anything else: the first three digits
        keep = 3
    rest = len(digits) - keep
    return _with_separators(value, digits[:keep] + rng.digits(rest, first_nonzero=True))


def email(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    user = rng.choice(_sorted_names(EnPerson, "first_names")).lower()
    return f"{user}{rng.digits(3)}@example.org"  # example.org is reserved for documentation (RFC 2606)


def url(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    return f"https://example.org/{rng.digits(8)}"


def ip_address(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    if ":" in value:
        return f"2001:db8::{rng.below(0xFFFF):x}"  # IPv6 documentation prefix (RFC 3849)
    return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{1 + rng.below(254)}"  # RFC 5737


# ---- places -------------------------------------------------------------------------------------


def _korean_place_parts(rng: KeyedRandom) -> list[str]:
    if rng.below(2):
        region, district = (
            rng.choice(_sorted_names(KoAddress, "metropolitan_cities")),
            rng.choice(_sorted_names(KoAddress, "boroughs")),
        )
    else:
        region = rng.choice(_sorted_names(KoAddress, "provinces"))
        district = rng.choice([c for c in _sorted_names(KoAddress, "cities") if " " not in c])
    road = rng.choice(_sorted_names(KoAddress, "road_names")) + rng.choice(("로", "길"))
    return [region, district, road, str(1 + rng.below(300)), f"{1 + rng.below(20)}층"]


def _chinese_place_parts(rng: KeyedRandom) -> list[str]:
    province = rng.choice([p for p in _sorted_names(ZhAddress, "provinces") if p.endswith("省")])
    return [
        province,
        rng.choice(_sorted_names(ZhAddress, "cities")) + "市",
        rng.choice(_sorted_names(ZhAddress, "districts")) + "区",
        rng.choice(_sorted_names(ZhAddress, "districts")) + rng.choice(("路", "街")),
        f"{1 + rng.below(300)}号",
        f"{1 + rng.below(30)}{rng.digits(2)}室",
    ]


_ZH_LEVEL_MARKERS = re.compile(r"省|自治区|市|区|县|镇|乡|街道|路|街|号|室")


def address(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    """An address of the same language and about the same level of detail (as many parts as the original)."""
    script = script_of(value)
    if script == "ko":
        parts = _korean_place_parts(rng)
        return " ".join(parts[: max(1, min(len(parts), len(value.split())))])
    if script == "zh":
        parts = _chinese_place_parts(rng)
        return "".join(parts[: max(1, min(len(parts), len(_ZH_LEVEL_MARKERS.findall(value))))])
    street = f"{1 + rng.below(9899)} {rng.choice(_sorted_names(EnPerson, 'last_names'))} "
    street += rng.choice(("Street", "Avenue", "Road", "Lane"))
    city = rng.choice(_sorted_names(EnPerson, "last_names")) + rng.choice(_sorted_names(EnAddress, "city_suffixes"))
    parts = [street, city, f"{rng.choice(_sorted_names(EnAddress, 'states_abbr'))} {rng.digits(5, True)}"]
    count = value.count(",") + 1
    return ", ".join(parts[: min(len(parts), count)] if value[:1].isdigit() else parts[1 : 1 + count])


def hospital(value: str, rng: KeyedRandom, context: SurrogateContext) -> str:
    script = script_of(value)
    if script == "ko":
        return rng.choice(_sorted_names(KoAddress, "road_names")) + rng.choice(_KO_HOSPITAL_SUFFIXES)
    if script == "zh":
        return rng.choice(_sorted_names(ZhAddress, "cities")) + rng.choice(_ZH_HOSPITAL_SUFFIXES)
    return f"{rng.choice(_sorted_names(EnPerson, 'last_names'))} {rng.choice(_EN_HOSPITAL_SUFFIXES)}"


SurrogateMaker = Callable[[str, KeyedRandom, SurrogateContext], str]
MAKERS: dict[str, SurrogateMaker] = {
    EntityType.PERSON: person,
    EntityType.KR_RRN: kr_registration_number,
    EntityType.KR_FRN: kr_registration_number,
    EntityType.CN_RESIDENT_ID: cn_resident_id,
    EntityType.US_SSN: us_ssn,
    EntityType.PHONE_NUMBER: phone,
    EntityType.EMAIL_ADDRESS: email,
    EntityType.URL: url,
    EntityType.IP_ADDRESS: ip_address,
    EntityType.ADDRESS: address,
    EntityType.LOCATION: address,
    EntityType.HOSPITAL: hospital,
}


def surrogate(entity_type: str, value: str, seed: bytes, context: SurrogateContext) -> str:
    """The surrogate of a value of a type; types without their own maker keep their format."""
    return MAKERS.get(entity_type, same_format)(value, KeyedRandom(seed), context)
