"""Chinese word lists from recognizers/zh/data, loaded once per process, and the regex pieces built from them."""

from __future__ import annotations

from functools import cache

from emr_deid.recognizers.ko.base import alternation, load_rows, load_weighted_list, load_word_list

_PACKAGE = "emr_deid.recognizers.zh"


@cache
def _provinces() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(official name, short forms, ID region code) per province-level division."""
    return tuple((name, tuple(shorts.split()), code) for name, shorts, code in load_rows(_PACKAGE, "provinces.txt"))


@cache
def province_regex() -> str:
    """Provinces in any written form: 广东省, 广东, 内蒙古自治区, 北京市, 北京."""
    return alternation([name for name, _, _ in _provinces()] + [s for _, shorts, _ in _provinces() for s in shorts])


@cache
def province_official_regex() -> str:
    """Provinces by their official names only, which end in 省, 市 or 自治区: 广东省, 北京市, 内蒙古自治区."""
    return alternation([name for name, _, _ in _provinces()])


@cache
def city_regex(with_suffix_only: bool) -> str:
    """Prefecture-level cities, with their 市 (深圳市) and, unless `with_suffix_only`, without it."""
    cities = load_word_list(_PACKAGE, "cities.txt")
    return alternation([c + "市" for c in cities] + ([] if with_suffix_only else list(cities)))


@cache
def hospital_names() -> tuple[str, ...]:
    return load_word_list(_PACKAGE, "hospitals.txt")


@cache
def departments() -> frozenset[str]:
    return frozenset(load_word_list(_PACKAGE, "departments.txt"))


@cache
def surname_shares() -> dict[str, float]:
    return load_weighted_list(_PACKAGE, "surnames.txt")


@cache
def name_stopwords() -> frozenset[str]:
    return frozenset(load_word_list(_PACKAGE, "name_stopwords.txt"))
