"""Which of a recognizer's patterns can match a text, found in one Hyperscan scan before any of them runs.

Most pattern scans find nothing (94 % on the bench's notes), and each still walks the whole note: a third of
detection's time. Hyperscan matches a set of patterns in one pass, but it reads PCRE, not Python's syntax,
and neither lookarounds nor `\\K`. So each pattern is compiled for Hyperscan in a relaxed form, written from
the parse Python's own `re` makes of it:
- what only narrows where a match is (lookarounds, anchors, word boundaries) is left out, a backreference
  becomes any text, an atomic group or possessive repeat an ordinary one, a bounded repeat an unbounded one;
- letters under IGNORECASE become classes of their case forms, `.` matches a newline too, a class is spelled
  out as the pattern's flags read it (ASCII or Unicode `\\d`, `\\w`, `\\s`), and a negated class leaves out
  only what it names literally.
Every text in which the pattern matches holds a match of its relaxed form, so a pattern the scan does not
report cannot match and is skipped: the recognizer finds exactly what it finds without the prefilter
(tests/recognizers/test_prefilter.py checks this over the evaluation notes). A pattern the translation
cannot read (a construct it does not know, `regex`-only syntax) is never skipped.

Compiling the relaxed forms takes seconds (the address gazetteers' alternations), so each recognizer's
database is compiled once per machine and kept in `EMR_DEID_CACHE_DIR` (default `~/.cache/emr-deid`);
without a writable cache it is compiled once per process. Without the `hyperscan` package (it has wheels
for x86-64 and macOS), every pattern runs, with the same results.
"""

from __future__ import annotations

import _sre
import functools
import hashlib
import logging
import os
import platform
import re
import string
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from re import _casefix, _parser  # Python's own regex parser, and its extra case equivalences
from re import _constants as sre

import regex

try:
    import hyperscan
except ImportError:  # pragma: no cover - a platform without its wheels
    hyperscan = None

logger = logging.getLogger(__name__)

_CACHE_DIR_VARIABLE = "EMR_DEID_CACHE_DIR"
# Python's `\s` also holds the information separators, which PCRE's does not.
_UNICODE_SPACE_EXTRA = r"\x{1c}-\x{1f}"
_ASCII_CATEGORIES = {
    sre.CATEGORY_DIGIT: ("0-9", r"\x{0}-\x{2f}\x{3a}-\x{10ffff}"),
    sre.CATEGORY_WORD: ("0-9A-Z_a-z", r"\x{0}-\x{2f}\x{3a}-\x{40}\x{5b}-\x{5e}\x{60}\x{7b}-\x{10ffff}"),
    sre.CATEGORY_SPACE: (r"\x{9}-\x{d}\x{20}", r"\x{0}-\x{8}\x{e}-\x{1f}\x{21}-\x{10ffff}"),
}
_UNICODE_CATEGORIES = {
    sre.CATEGORY_DIGIT: (r"\d", r"\D"),
    sre.CATEGORY_WORD: (r"\w", r"\W"),
    sre.CATEGORY_SPACE: (r"\s" + _UNICODE_SPACE_EXTRA, r"\S"),
}
_REGEX_MODULE_CATEGORIES = {**_UNICODE_CATEGORIES, sre.CATEGORY_WORD: (r"\w\p{M}\p{Pc}\x{200c}\x{200d}", r"\W")}
_NEGATED = {
    sre.CATEGORY_NOT_DIGIT: sre.CATEGORY_DIGIT,
    sre.CATEGORY_NOT_WORD: sre.CATEGORY_WORD,
    sre.CATEGORY_NOT_SPACE: sre.CATEGORY_SPACE,
}
_REGEX_MODULE_FLAGS = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL,
                       "VERBOSE": re.VERBOSE, "ASCII": re.ASCII}  # fmt: skip


class Untranslatable(ValueError):
    """A construct the relaxed form cannot be written for: the pattern always runs."""


def relaxed(pattern: str, flags: int = 0, regex_module: bool = False) -> str:
    """The relaxed PCRE form of a Python pattern (module docstring): it matches in every text the pattern does.

    `regex_module`: the pattern runs on `regex`, whose Unicode `\\w` also holds marks and connectors.
    """
    try:
        parsed = _parser.parse(pattern.replace(r"\K", ""), flags)  # `\K` (regex) only moves a match's start
    except (re.error, OverflowError, RecursionError) as error:
        raise Untranslatable(f"not Python `re` syntax: {error}") from None
    return _Writer(parsed.state.flags, regex_module).sequence(parsed)


def re_flags(compiled: re.Pattern | regex.Pattern) -> int:
    """The `re` flags of a compiled `re` or `regex` pattern."""
    if isinstance(compiled, re.Pattern):
        return compiled.flags
    return sum(flag for name, flag in _REGEX_MODULE_FLAGS.items() if compiled.flags & getattr(regex, name))


class _Writer:
    def __init__(self, flags: int, regex_module: bool):
        self.ascii = bool(flags & re.ASCII)
        self.ignore_case = bool(flags & re.IGNORECASE)
        self.unicode_categories = _REGEX_MODULE_CATEGORIES if regex_module else _UNICODE_CATEGORIES

    def sequence(self, items) -> str:
        return "".join(self.item(op, argument) for op, argument in items)

    def item(self, op, argument) -> str:
        if op is sre.LITERAL:
            return self.literal(chr(argument))
        if op is sre.NOT_LITERAL:
            return f"[^{_char(chr(argument))}]"
        if op is sre.ANY:
            return "."  # compiled with DOTALL: also a newline
        if op is sre.IN:
            return self.char_class(argument)
        if op is sre.BRANCH:
            return "(?:" + "|".join(self.sequence(branch) for branch in argument[1]) + ")"
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, body = argument
            return self.with_flags(add_flags, del_flags, body)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, body = argument
            written = self.sequence(body)
            return f"(?:{written})*" if low == 0 else f"(?:{written}){{{low},}}"
        if op is sre.ATOMIC_GROUP:
            return f"(?:{self.sequence(argument)})"
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return ""
        if op is sre.GROUPREF:
            return "(?:.*)"
        if op is sre.GROUPREF_EXISTS:
            _, yes, no = argument
            return f"(?:{self.sequence(yes)}|{self.sequence(no) if no is not None else ''})"
        raise Untranslatable(f"no relaxed form for {op}")

    def with_flags(self, add_flags: int, del_flags: int, body) -> str:
        saved = self.ascii, self.ignore_case
        self.ascii = (self.ascii or bool(add_flags & re.ASCII)) and not del_flags & re.ASCII
        self.ignore_case = (self.ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        try:
            return f"(?:{self.sequence(body)})"
        finally:
            self.ascii, self.ignore_case = saved

    def literal(self, char: str) -> str:
        variants = self.case_variants(char)
        return _char(char) if len(variants) == 1 else "[" + "".join(map(_char, variants)) + "]"

    def case_variants(self, char: str) -> list[str]:
        """The characters a literal matches; an ASCII letter's non-ASCII twins are left to `possible`."""
        if not self.ignore_case:
            return [char]
        return sorted(_same_ignoring_case({ord(char)}) - _ascii_case_twins())

    def char_class(self, items) -> str:
        negated = bool(items) and items[0][0] is sre.NEGATE
        written = "".join(self.class_item(op, argument, negated) for op, argument in items[negated:])
        return f"[^{written}]" if negated else f"[{written}]"

    def class_item(self, op, argument, negated: bool) -> str:
        """One item of a class; a negated class leaves out no more than Python's would (what it names literally)."""
        if op is sre.LITERAL:
            char = chr(argument)
            return _char(char) if negated else "".join(map(_char, self.case_variants(char)))
        if op is sre.RANGE:
            low, high = argument
            written = f"{_char(chr(low))}-{_char(chr(high))}"
            if negated or not self.ignore_case:
                return written
            others = _same_ignoring_case(set(range(low, high + 1))) - set(map(chr, range(low, high + 1)))
            return written + "".join(map(_char, sorted(others)))
        if op is sre.CATEGORY:
            categories = _ASCII_CATEGORIES if self.ascii else self.unicode_categories
            if argument in categories:
                written = categories[argument][0]
                # In a negated class, Unicode \s leaves out PCRE's spaces alone: fewer than Python's.
                return r"\s" if negated and argument is sre.CATEGORY_SPACE and not self.ascii else written
            if argument in _NEGATED and not negated:
                return categories[_NEGATED[argument]][1]
        raise Untranslatable(f"no relaxed form for class item {op} {argument}")


def _same_ignoring_case(codes: set[int]) -> set[str]:
    """The characters Python's IGNORECASE matches for these: those whose lowercase is one of theirs, or one
    of the extra equivalences `re` keeps (`re._casefix`: "s" and "ſ")."""
    lowered = {_sre.unicode_tolower(code) for code in codes}
    lowered |= {extra for code in set(lowered) for extra in _casefix._EXTRA_CASES.get(code, ())}
    sharing = _sharing_lowercase()
    return set(map(chr, codes | lowered)).union(*(sharing.get(code, "") for code in lowered))


@functools.cache
def _ascii_case_twins() -> frozenset[str]:
    """The non-ASCII characters IGNORECASE equates with an ASCII letter: "K" (the Kelvin sign), "ſ", "ı", "İ".

    Written into every relaxed caseless "k" or "s" they would keep Hyperscan off its fast paths for ASCII
    literals; instead a text holding one is not prefiltered.
    """
    letters = {ord(char) for char in string.ascii_letters}
    return frozenset(char for char in _same_ignoring_case(letters) if not char.isascii())


@functools.cache
def _ascii_case_twin_search() -> re.Pattern:
    return re.compile("[" + "".join(sorted(_ascii_case_twins())) + "]")


@functools.cache
def _sharing_lowercase() -> dict[int, str]:
    """Each lowercase code point, with the characters `re` lowers to it (other than itself)."""
    sharing: dict[int, str] = {}
    for code in range(sys.maxunicode + 1):
        lowered = _sre.unicode_tolower(code)
        if lowered != code:
            sharing[lowered] = sharing.get(lowered, "") + chr(code)
    return sharing


def _char(char: str) -> str:
    return f"\\x{{{ord(char):x}}}"


class PatternPrefilter:
    """`possible(text)`: the indices of the patterns that may match in `text`; the others cannot.

    Built from (pattern, `re` flags, whether it runs on `regex`) triples; the database is compiled (or read
    from the cache) on first use.
    """

    def __init__(self, patterns: Sequence[tuple[str, int, bool]]):
        self._expressions: list[tuple[int, bytes]] = []
        self._always = set()
        for index, (pattern, flags, regex_module) in enumerate(patterns):
            try:
                expression = relaxed(pattern, flags, regex_module).encode()
            except Untranslatable:
                expression = b""
            if expression:
                self._expressions.append((index, expression))
            else:  # untranslatable, or nothing but assertions: it may match anywhere
                self._always.add(index)
        self._database = None
        self._built = False
        self._scratch = threading.local()  # Hyperscan's scratch space is one scan's at a time

    @property
    def enabled(self) -> bool:
        return hyperscan is not None and bool(self._expressions)

    def warm_up(self) -> None:
        if self.enabled:
            self._scan_database()

    def possible(self, text: str) -> set[int] | None:
        """Indices of the patterns that may match in `text`; None when every one may (no prefilter)."""
        if not self.enabled:
            return None
        database = self._scan_database()
        if database is None:  # no relaxed form compiled
            return None
        scratch = getattr(self._scratch, "scratch", None)
        if scratch is None:
            scratch = self._scratch.scratch = hyperscan.Scratch(database)
        if not text.isascii() and _ascii_case_twin_search().search(text):
            return None
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: let every pattern look
            return None
        found = set(self._always)
        database.scan(data, match_event_handler=_collect, context=found, scratch=scratch)
        return found

    def _scan_database(self):
        if not self._built:
            self._database, uncompilable = _database(self._expressions)
            self._always |= uncompilable
            self._built = True
        return self._database


def _collect(index: int, start: int, end: int, flags: int, found: set[int]) -> None:
    found.add(index)


# Each expression matches in a text at most once (SINGLEMATCH) and may match empty text (ALLOWEMPTY: a
# pattern of optional parts); PREFILTER lets Hyperscan relax further what it would find too large.
_FLAGS = (
    "HS_FLAG_UTF8",
    "HS_FLAG_UCP",
    "HS_FLAG_DOTALL",
    "HS_FLAG_SINGLEMATCH",
    "HS_FLAG_ALLOWEMPTY",
    "HS_FLAG_PREFILTER",
)


def _database(expressions: list[tuple[int, bytes]]) -> tuple[object | None, set[int]]:
    """The compiled database of the expressions (None if none compiles) and the indices of those that do not.

    Read from the cache when it is there; a file holds the indices left out on its first line, then the
    serialised database.
    """
    flags = 0
    for name in _FLAGS:
        flags |= getattr(hyperscan, name)
    key = hashlib.sha256(repr((hyperscan.__version__, platform.machine(), flags, expressions)).encode()).hexdigest()
    path = _cache_dir() / f"prefilter-{key[:40]}.hsdb"
    try:
        left_out, _, serialised = path.read_bytes().partition(b"\n")
        uncompilable = {int(index) for index in left_out.split(b",") if index}
        return (hyperscan.loadb(serialised, hyperscan.HS_MODE_BLOCK) if serialised else None), uncompilable
    except (OSError, ValueError, hyperscan.error):
        pass
    database, uncompilable = _compiled(expressions, flags)
    left_out = ",".join(map(str, sorted(uncompilable))).encode()
    _store(path, left_out + b"\n" + (hyperscan.dumpb(database) if database is not None else b""))
    return database, uncompilable


def _compiled(expressions: list[tuple[int, bytes]], flags: int) -> tuple[object | None, set[int]]:
    """All the expressions in one database; if Hyperscan rejects one (a gazetteer too long for it), those it
    rejects alone are left out."""
    try:
        return _compile(expressions, flags), set()
    except hyperscan.error:
        pass
    uncompilable = set()
    for index, expression in expressions:
        try:
            _compile([(index, expression)], flags)
        except hyperscan.error:
            uncompilable.add(index)
    kept = [(index, expression) for index, expression in expressions if index not in uncompilable]
    return (_compile(kept, flags) if kept else None), uncompilable


def _compile(expressions: list[tuple[int, bytes]], flags: int):
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    ids, patterns = [index for index, _ in expressions], [expression for _, expression in expressions]
    database.compile(expressions=patterns, ids=ids, elements=len(patterns), flags=flags)
    return database


def _cache_dir() -> Path:
    configured = os.environ.get(_CACHE_DIR_VARIABLE)
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "emr-deid"


def _store(path: Path, data: bytes) -> None:
    """Writes the file whole or not at all (a concurrent reader never sees half of it); a failure only logs."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".prefilter-", delete=False) as file:
            file.write(data)
        os.replace(file.name, path)
    except OSError as error:
        logger.warning("prefilter database not cached (%s): it is compiled again in each process", type(error).__name__)
