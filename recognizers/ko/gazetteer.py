"""Korean word lists from recognizers/ko/data, loaded once per process, and the regex pieces built from them."""

from __future__ import annotations

from functools import cache

from emr_deid.recognizers.ko.base import alternation, load_rows, load_weighted_list, load_word_list
from emr_deid.recognizers.ko.romanization import romanize_hangul

_PACKAGE = "emr_deid.recognizers.ko"


def _name_and_forms(filename: str) -> tuple[list[str], list[str]]:
    """Official names (first column) and the other forms (second column, space separated)."""
    rows = load_rows(_PACKAGE, filename)
    return [row[0].strip() for row in rows], [form for row in rows for field in row[1:] for form in field.split()]


@cache
def province_regex() -> str:
    """시/도 in any written form: 서울특별시, 서울시, 서울, 경기도, 충북 ..."""
    official, forms = _name_and_forms("provinces.txt")
    return alternation(official + forms)


@cache
def district_regex(with_short_forms: bool) -> str:
    """Listed 시/군/구 (수원시, 강남구, 양평군), optionally with their safe short forms (수원)."""
    official, forms = _name_and_forms("districts.txt")
    return alternation(official + forms if with_short_forms else official)


@cache
def district_stem_regex(excluded: frozenset[str]) -> str:
    """Every listed 시/군/구 without its suffix (가평, 분당, 순천), two syllables or more, less `excluded`.
    Many stems are also common words (음성 "negative", 진도 "progress"), so callers match them only
    where a residence word says they are places."""
    official, _ = _name_and_forms("districts.txt")
    stems = {name[:-1] for name in official if len(name) >= 3}
    return alternation(stems - excluded)


@cache
def administrative_names() -> frozenset[str]:
    """Listed 시/도 and 시/군/구 written with their administrative suffix (강남구, 경기도, 서울시, 부천시): never
    a person's name, though many read as a surname and a given name (강+남구, 경+기도)."""
    names = set()
    for filename in ("provinces.txt", "districts.txt"):
        official, forms = _name_and_forms(filename)
        names.update(name for name in official + forms if name.endswith(("시", "군", "구", "도")))
    return frozenset(names)


# Administrative suffixes and how romanized names write them: "Suwon-si", "Mapo-gu", "Gyeonggi-do".
_ROMANIZED_SUFFIXES = {
    "특별자치도": "", "특별자치시": "", "특별시": "", "광역시": "", "시": "-si", "군": "-gun", "구": "-gu", "도": "-do"
}  # fmt: skip


@cache
def romanized_place_regex() -> str:
    """시/도 and listed 시/군/구 in Latin letters, as code-mixed notes write them: "Busan", "Suwon-si",
    "Mapo-gu", "Gyeonggi-do". Romanized syllable by syllable (no sound changes: "Gangreung" for 강릉), from
    stems of two syllables or more ("Jung" of 중구 is a surname), plus the official spellings that this misses
    (romanized_places.txt: "Gangneung", "Jeolla-do")."""
    provinces, province_forms = _name_and_forms("provinces.txt")
    districts, _ = _name_and_forms("districts.txt")
    names = set()
    for name in [*provinces, *province_forms, *districts]:
        suffix = next((s for s in _ROMANIZED_SUFFIXES if name.endswith(s)), "")
        stem = name[: len(name) - len(suffix)]
        if len(stem) >= 2 and all("가" <= char <= "힣" for char in stem):
            romanized = romanize_hangul(stem).capitalize()
            names.update({romanized, romanized + _ROMANIZED_SUFFIXES[suffix]} if suffix else {romanized})
    return alternation(names | set(load_word_list(_PACKAGE, "romanized_places.txt")))


@cache
def building_suffix_regex() -> str:
    return alternation(load_word_list(_PACKAGE, "building_suffixes.txt"))


@cache
def road_suffix_regex() -> str:
    return alternation(load_word_list(_PACKAGE, "road_suffixes.txt"))


@cache
def hospital_names() -> tuple[str, ...]:
    return load_word_list(_PACKAGE, "hospitals.txt")


@cache
def hospital_generic_words() -> tuple[str, ...]:
    return load_word_list(_PACKAGE, "hospital_generic_words.txt")


@cache
def departments() -> frozenset[str]:
    return frozenset(load_word_list(_PACKAGE, "departments.txt"))


@cache
def surname_shares() -> dict[str, float]:
    """Surname -> share of the population in percent."""
    return load_weighted_list(_PACKAGE, "surnames.txt")


@cache
def given_name_syllables() -> frozenset[str]:
    return frozenset(load_word_list(_PACKAGE, "given_name_syllables.txt"))


@cache
def name_stopwords() -> frozenset[str]:
    return frozenset(load_word_list(_PACKAGE, "name_stopwords.txt"))
