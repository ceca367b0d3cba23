"""Known PHI: identifiers from the message's structured fields (PID, Patient, NK1 ...) found in its text.

The recognizer is built per note (Presidio's ad-hoc recognizers) from that note's `KnownPhi`, and
searches for the forms a value takes in free text:
- names: the full name with or without a space, family and given name alone, the family name before an
  honorific (김 씨, 张先生), Korean particles after a name (민수님, 민수는), Latin names in either order,
  romanised forms given in `parts`;
- phone numbers with or without separators and with or without the country code;
- identifiers with or without dashes and spaces;
- dates of birth in the numeric, Korean, Chinese and English forms;
- addresses with flexible spacing, and their street line alone.
Search patterns are built from the values but never logged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import groupby
from typing import NamedTuple

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from emr_deid.schemas import EntityType, KnownPhi
from emr_deid.transforms.language import script_of

FULL_SCORE = 0.95
PART_SCORE = 0.85

_KO_TWO_CHAR_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")
_ZH_TWO_CHAR_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "夏侯", "令狐", "司徒")
_KO_HONORIFICS = (
    "님",
    "씨",
    "환자",
    "선생님",
    "보호자",
    "간호사",
    "교수님",
    "교수",
    "과장님",
    "원장님",
    "군",
    "양",
    "여사",
)
_KO_PARTICLES = ("이", "가", "은", "는", "을", "를", "의", "에게", "께서", "와", "과", "도", "만", "아", "야")
_ZH_HONORIFICS = ("先生", "女士", "老师", "医生", "大夫", "护士", "某", "老", "阿姨", "师傅", "小姐", "太太", "同志",
                  "主任", "医师", "教授", "院长")  # fmt: skip
# A title before a family name alone, as code-mixed notes write clinicians: "Dr. 김께 noti", "Dr.이,".
_TITLE_BEFORE = r"(?:(?<=Dr\.)|(?<=Dr\. )|(?<=Prof\.)|(?<=Prof\. ))"
_HANGUL = "가-힣"
_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")  # fmt: skip
_ID_KINDS = {t.value for t in EntityType} - {"PERSON", "PHONE_NUMBER", "ADDRESS", "DATE", "EMAIL_ADDRESS", "URL"}
# Latin word edges by ASCII letters: "Smith" must still be found in "Smith는" or "Smith先生".
_LATIN_START, _LATIN_END = r"(?<![A-Za-z])", r"(?![A-Za-z])"
_MIN_SEARCHED_LENGTH = 2  # a one-letter variant would match everywhere


# Compiling a note's search patterns costs more than running them, and `re`'s own cache of 512 patterns is
# exhausted within a few dozen notes. A patient's values recur across their notes, so compiled patterns are
# kept (in memory only) for the process's recent patients.
_COMPILED_SEARCHES_CACHED = 8192

_ASCII_DIGITS = frozenset("0123456789")


def ascii_digits(text: str) -> str:
    return "".join(char for char in text if char in _ASCII_DIGITS)


@lru_cache(maxsize=_COMPILED_SEARCHES_CACHED)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


class RegexSearch(NamedTuple):
    """A regular expression, compiled when first searched for.

    Pre-checks skip the search, and the compilation, in notes where the pattern cannot match; the
    result is the same:
    - `digits`, when given, are the ASCII digits of the forms it matches (its separators and letters
      hold none): a note whose ASCII digits (`text_digits`) contain none of them is not searched;
    - `literals`, when given, are strings one of which every match contains, case as written: a note
      containing none of them is not searched.
    """

    pattern: str
    digits: tuple[str, ...] = ()
    literals: tuple[str, ...] = ()

    def spans(self, text: str, text_digits: str) -> Iterator[tuple[int, int]]:
        if self.digits and not any(digits in text_digits for digits in self.digits):
            return iter(())
        if self.literals and not any(literal in text for literal in self.literals):
            return iter(())
        return (match.span() for match in _compiled(self.pattern).finditer(text) if match.end() > match.start())


class NameSearch(NamedTuple):
    """A name as a literal, found where `before` matches at its start and `after` at its end.

    The lookarounds around a Korean or Chinese name test letter classes (not after a Hangul syllable,
    not before two Han characters ...) that are the same for every name: compiled once here, not into
    each name's pattern, where `re` takes about a millisecond per Hangul or Han class. Same matches as
    the pattern `before + re.escape(name) + after` with `finditer`.
    """

    name: str
    before: re.Pattern
    after: re.Pattern

    def spans(self, text: str, text_digits: str) -> Iterator[tuple[int, int]]:
        def first_from(position: int) -> tuple[int, int] | None:
            start = text.find(self.name, position)
            return (start, start + len(self.name)) if start >= 0 else None

        return _edge_checked(first_from, text, self.before, self.after)


class BoundedSearch(NamedTuple):
    """A regular expression, `core`, found where `before` matches at its start and `after` at its end.

    An identifier's edges (no letter or digit either side, ignoring case) are classes holding four
    non-ASCII letters, which `re` compiles slowly: compiled into each identifier's pattern they took about
    0.8 ms per note, now once. The same matches as `before + core + after` with `finditer`, as long as the
    core matches at most one way from a given start (an identifier's characters with optional separators
    between them: a failed edge leaves no other match there). `digits` pre-check as `RegexSearch`'s.
    """

    core: str
    before: re.Pattern
    after: re.Pattern
    digits: str

    def spans(self, text: str, text_digits: str) -> Iterator[tuple[int, int]]:
        if self.digits not in text_digits:
            return iter(())
        core = _compiled(self.core)

        def first_from(position: int) -> tuple[int, int] | None:
            match = core.search(text, position)
            return match.span() if match is not None else None

        return _edge_checked(first_from, text, self.before, self.after)


def _edge_checked(
    first_from: Callable[[int], tuple[int, int] | None], text: str, before: re.Pattern, after: re.Pattern
) -> Iterator[tuple[int, int]]:
    """The spans `first_from(position)` finds, kept where `before` matches at their start and `after` at their
    end. The search goes on after a kept span and one past a dropped one's start, as `finditer` would."""
    found = first_from(0)
    while found is not None:
        start, end = found
        if before.match(text, start) and after.match(text, end):
            yield start, end
            found = first_from(end)
        else:
            found = first_from(start + 1)


@cache
def _lookaround(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _name_search(before: str, name: str, after: str) -> NameSearch:
    return NameSearch(name, _lookaround(before), _lookaround(after))


def _flexible(chars: Iterable[str], separator: str) -> str:
    return separator.join(re.escape(char) for char in chars)


def _split_name(value: str, parts: dict[str, str]) -> tuple[str, str]:
    """(family, given) from the parts, else from the value's script conventions."""
    family, given = parts.get("family", ""), parts.get("given", "")
    if family or given:
        return family.strip(), given.strip()
    value = value.strip()
    if "," in value:  # "Smith, John"
        family, _, given = value.partition(",")
        return family.strip(), given.strip()
    words = value.split()
    if len(words) > 1:
        if script_of(value[0]) in ("ko", "zh"):  # "김 민수", "张 伟"
            return words[0], " ".join(words[1:])
        return words[-1], " ".join(words[:-1])  # "John Smith"
    two_char = _KO_TWO_CHAR_SURNAMES + _ZH_TWO_CHAR_SURNAMES
    if script_of(value[:1]) in ("ko", "zh") and len(value) >= 2:
        cut = 2 if len(value) >= 4 and value.startswith(two_char) else 1
        return value[:cut], value[cut:]
    return value, ""


def person_patterns(phi: KnownPhi) -> list[tuple[RegexSearch | NameSearch, float]]:
    parts = dict(phi.parts)
    family, given = _split_name(phi.value, parts)
    patterns: list[tuple[RegexSearch | NameSearch, float]] = []
    if script_of(family[:1] or given[:1]) in ("ko", "zh"):
        letters = _HANGUL if script_of((family or given)[:1]) == "ko" else _HAN
        honorifics = _KO_HONORIFICS if letters == _HANGUL else _ZH_HONORIFICS
        if family and given:
            patterns.append((RegexSearch(rf"{re.escape(family)}\s?{re.escape(given)}", literals=(family,)), FULL_SCORE))
            before_honorific = rf"(?=\s?(?:{'|'.join(honorifics)}))"
            patterns.append((_name_search(rf"(?<![{letters}])", family, before_honorific), PART_SCORE))
            patterns.append((_name_search(_TITLE_BEFORE, family, rf"(?![{letters}]{{2}})"), PART_SCORE))
            if letters == _HAN:  # no spaces in Chinese: "已嘱何女士", "上级医师张主任"
                titles = "|".join(honorific for honorific in honorifics if len(honorific) >= 2)
                patterns.append((RegexSearch(rf"{re.escape(family)}(?=(?:{titles}))", literals=(family,)), PART_SCORE))
        if len(given) >= 2:
            after = "|".join(honorifics + (_KO_PARTICLES if letters == _HANGUL else ()))
            name_end = rf"(?=(?:{after})|[^{letters}]|$)"
            patterns.append((_name_search(rf"(?<![{letters}])", given, name_end), PART_SCORE))
    else:
        patterns.extend(_latin_name_patterns(family, given))
    for key in ("romanised", "romanized"):
        if parts.get(key):
            romanised_family, romanised_given = _split_name(parts[key], {})
            patterns.extend(_latin_name_patterns(romanised_family, romanised_given))
    words = phi.value.split()
    patterns.append((RegexSearch(_flexible(words, r"[\s,]+"), literals=tuple(words[:1])), FULL_SCORE))
    return patterns


def _name_pieces(name: str) -> list[str]:
    return [piece for piece in re.split(r"[\s-]+", name) if piece]


def _leading_pieces(name: str) -> tuple[str, ...]:
    """Literals one of which every match of `word(name)` or `word(name.upper())` holds: their first pieces."""
    as_written, upper = _name_pieces(name), _name_pieces(name.upper())
    return tuple(dict.fromkeys((as_written[0], upper[0]))) if as_written and upper else ()


def _latin_name_patterns(family: str, given: str) -> list[tuple[RegexSearch, float]]:
    def word(name: str) -> str:  # "Min-su" also as "Minsu" and "Min su"
        return r"[\s-]?".join(re.escape(piece) for piece in _name_pieces(name))

    patterns = []
    if family and given:
        forms = [
            form
            for first, last in ((given, family), (given.upper(), family.upper()))  # as written, or upper case
            for form in (
                rf"{word(first)}\s(?:[A-Z]\.?\s)?{word(last)}",  # John Smith, John A. Smith
                rf"{word(last)},?\s{word(first)}",  # Smith, John / SMITH JOHN
                rf"{re.escape(first[0])}\.\s?{word(last)}",  # J. Smith
            )
        ]
        # Every form holds the family name, as written or upper case.
        full = rf"{_LATIN_START}(?:{'|'.join(forms)}){_LATIN_END}"
        patterns.append((RegexSearch(full, literals=_leading_pieces(family)), FULL_SCORE))
    for name in (family, given):
        if len(name) >= 3:  # capitalised or upper case only: "Mark" the name, not "mark" the verb
            alone = rf"{_LATIN_START}(?:{word(name)}|{word(name.upper())}){_LATIN_END}"
            patterns.append((RegexSearch(alone, literals=_leading_pieces(name)), PART_SCORE))
    return patterns


def phone_patterns(phi: KnownPhi) -> list[tuple[RegexSearch, float]]:
    digits = "".join(char for char in phi.value if char.isdigit())
    if len(digits) < 7:
        return []
    national = {digits}
    for code in ("82", "86", "1"):
        if phi.value.lstrip().startswith("+" + code) or (code != "1" and digits.startswith(code) and len(digits) > 10):
            national.add("0" + digits[len(code) :] if code != "1" else digits[len(code) :])
    # Written after a country code, the trunk 0 drops: +82 10-..., +86 ...
    national.update(number[1:] for number in list(national) if number.startswith("0"))
    separator = r"[\s.()\-]{0,2}"
    numbers = sorted(national, key=len, reverse=True)
    pattern = rf"(?<!\d)(?:\+?\d{{1,3}}[\s.-]?)?\(?(?:{'|'.join(_flexible(n, separator) for n in numbers)})(?!\d)"
    return [(RegexSearch(pattern, digits=tuple(ascii_digits(number) for number in numbers)), FULL_SCORE)]


# No letter or digit at an identifier's edges, ignoring case: [A-Za-z] ignoring case also matches these four.
_NOT_ALNUM = "[A-Za-z0-9\u0130\u0131\u017f\u212a]"


def identifier_patterns(phi: KnownPhi) -> list[tuple[BoundedSearch, float]]:
    chars = [char for char in phi.value if char.isalnum()]
    if len(chars) < 4:
        return []
    flexible = _flexible(chars, r"[\s-]?")
    # Case cannot matter to digits, and compiling without ignoring case is four times faster.
    core = rf"(?i:{flexible})" if any(char.isalpha() for char in chars) else flexible
    # No character other than an ASCII digit matches one, even ignoring case.
    search = BoundedSearch(
        core, _lookaround(f"(?<!{_NOT_ALNUM})"), _lookaround(f"(?!{_NOT_ALNUM})"), ascii_digits(chars)
    )
    return [(search, FULL_SCORE)]


def date_patterns(phi: KnownPhi) -> list[tuple[str | RegexSearch, float]]:
    digits = "".join(char for char in phi.value if char.isdigit())
    try:
        date = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return [(re.escape(phi.value), FULL_SCORE)] if phi.value.strip() else []
    y, m, d = date.year, date.month, date.day
    forms = [
        rf"{y}\.\s0?{m}\.\s0?{d}\.?",  # Korean "1949. 10. 22."
        rf"'?{y % 100:02d}\.0?{m}\.0?{d}",  # Korean "'37.11.25", "61.03.23"
        rf"{y}[-./]0?{m}[-./]0?{d}",
        rf"0?{m}[/-]0?{d}[/-](?:{y}|{y % 100:02d})",
        rf"0?{d}\.0?{m}\.{y}",
        rf"{y}{m:02d}{d:02d}",
        rf"{y}\s?년\s?0?{m}\s?월\s?0?{d}\s?일",
        rf"{y}\s?年\s?0?{m}\s?月\s?0?{d}\s?日",
        rf"(?:{_MONTH_NAMES[m - 1]}|{_MONTH_ABBR[m - 1]}\.?)\s0?{d}(?:st|nd|rd|th)?,?\s{y}",
        rf"0?{d}[-\s](?:{_MONTH_NAMES[m - 1]}|{_MONTH_ABBR[m - 1]})[-\s,]\s?(?:{y}|{y % 100:02d})",
    ]
    return [(RegexSearch(rf"(?<!\d)(?:{'|'.join(forms)})(?!\d)", digits=_date_digits(y, m, d)), FULL_SCORE)]


def _date_digits(y: int, m: int, d: int) -> tuple[str, ...]:
    """The ASCII digits of every form of `date_patterns`, in order, each optional leading 0 either way."""
    year, short_year = str(y), f"{y % 100:02d}"
    digits = {f"{y}{m:02d}{d:02d}"}
    for day in (str(d), f"0{d}"):
        digits.update((day + year, day + short_year))  # "March 5th, 1949", "5 Mar 49"
        for month in (str(m), f"0{m}"):
            digits.update((year + month + day, short_year + month + day, day + month + year))
            digits.update((month + day + year, month + day + short_year))
    return tuple(sorted(digits))


def address_patterns(phi: KnownPhi) -> list[tuple[RegexSearch, float]]:
    parts = dict(phi.parts)
    lines = [phi.value] + [parts[key] for key in ("line", "street") if len(parts.get(key, "")) >= 5]
    spacing = r"[\s,]*"
    patterns = []
    for words in (line.replace(",", " ").split() for line in lines):
        if words:
            pattern = rf"(?i:{_flexible(words, spacing)})"
            patterns.append((_case_insensitive_search(pattern, words), FULL_SCORE))
    return patterns


def literal_patterns(phi: KnownPhi) -> list[tuple[RegexSearch, float]]:
    value = phi.value.strip()
    return [(_case_insensitive_search(rf"(?i:{re.escape(value)})", [value]), FULL_SCORE)] if value else []


def _case_insensitive_search(pattern: str, words: list[str]) -> RegexSearch:
    """`pattern` matches `words` ignoring case, with separators (none ASCII digits) between them: its pre-checks."""
    digits = ascii_digits("".join(words))  # no other character matches an ASCII digit, even ignoring case
    return RegexSearch(pattern, digits=(digits,) if digits else (), literals=_caseless_literal(words))


def _caseless(char: str) -> bool:
    """Whether ignoring case matches `char` with itself alone: ASCII characters but letters, Hangul syllables, Han."""
    return (char.isascii() and not char.isalpha()) or "가" <= char <= "힣" or "\u4e00" <= char <= "\u9fff"


def _caseless_literal(words: Iterable[str]) -> tuple[str, ...]:
    """The longest run of caseless characters within one of `words`, which a match ignoring case holds as written."""
    runs = ["".join(run) for word in words for caseless, run in groupby(word, key=_caseless) if caseless]
    longest = max(runs, key=len, default="")
    return (longest,) if longest else ()


def search_patterns(phi: KnownPhi) -> list[tuple[str | RegexSearch | NameSearch | BoundedSearch, float]]:
    """Regular expressions or name searches (with scores) for the forms `phi` may take in a note's text."""
    if len(phi.value.strip()) < _MIN_SEARCHED_LENGTH:
        return []
    if phi.kind == EntityType.PERSON:
        return person_patterns(phi)
    if phi.kind == EntityType.PHONE_NUMBER:
        return phone_patterns(phi)
    if phi.kind == EntityType.DATE:
        return date_patterns(phi)
    if phi.kind == EntityType.ADDRESS:
        return address_patterns(phi)
    if phi.kind in _ID_KINDS or phi.kind not in EntityType.__members__:
        return identifier_patterns(phi)
    return literal_patterns(phi)


class KnownPhiRecognizer(EntityRecognizer):
    """Finds one note's known PHI in its text; build one per note and pass it as an ad-hoc recognizer."""

    def __init__(self, known_phi: Sequence[KnownPhi] = (), supported_language: str = "en", **kwargs):
        self._searches = []
        for phi in known_phi:
            entity = phi.kind if phi.kind in EntityType.__members__ else EntityType.ID.value
            for pattern, score in search_patterns(phi):
                search = RegexSearch(pattern) if isinstance(pattern, str) else pattern
                self._searches.append((search, entity, score))
        super().__init__(
            supported_entities=sorted({entity for _, entity, _ in self._searches}) or [EntityType.PERSON.value],
            supported_language=supported_language,
            name=type(self).__name__,
            **kwargs,
        )

    def load(self) -> None:
        """The search patterns are built in the constructor, from the note's known PHI, and compiled when used."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        text_digits = ascii_digits(text)
        for search, entity, score in self._searches:
            for start, end in search.spans(text, text_digits):
                results.append(self._result(start, end, entity, score))
        return results

    def _result(self, start: int, end: int, entity: str, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=score),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
