"""Shared machinery of the Korean and Chinese recognizers: word lists, alternations and the label gaps
between a context word and its value ("등록번호: 12345678", "병록번호(MRN) 12345678", "住院号：2024001").

Precision for these languages needs context, and the engine may run without an NLP model, so the context is
written into each pattern around the value's `phi` group (`emr_deid.recognizers.base.SpanPatternRecognizer`);
the span stays the identifier alone, without the context word, particle or honorific.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from emr_deid.recognizers import PHI_GROUP


@cache
def load_rows(package: str, filename: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated fields of each non-blank, non-comment line of a package data file."""
    text = (resources.files(package) / "data" / filename).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line.strip() and line[0] != "#")


@cache
def load_word_list(package: str, filename: str) -> tuple[str, ...]:
    """The first field of each row of a package data file."""
    return tuple(row[0].strip() for row in load_rows(package, filename))


@cache
def load_weighted_list(package: str, filename: str) -> dict[str, float]:
    """`word<TAB>weight` rows of a package data file (weight 0 when absent)."""
    return {row[0].strip(): float("\t".join(row[1:]) or 0) for row in load_rows(package, filename)}


def alternation(words: tuple[str, ...] | list[str] | set[str], word_pattern: Callable[[str], str] = re.escape) -> str:
    """A non-capturing regex alternation of literal words, longest first so the longest wins; `word_pattern`
    writes each word as a regex that starts by matching the word's first character.

    The words are grouped by that first character (ignoring case): `re` tries a flat alternation's words one
    by one at every position of the text, a grouped one only the words of the character there. The matches
    are the same: words that can match at one position share their first character, so they fall in one
    group, in which they keep their longest-first order. Over the bench's Korean notes, a pattern around
    the 525 romanised place names ran 17 times faster.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        groups.setdefault(word[:1].lower(), []).append(word_pattern(word))
    return "(?:" + "|".join("|".join(group) if len(group) == 1 else "(?:" + "|".join(group) + ")"
                            for group in groups.values()) + ")"  # fmt: skip


# A value may sit in brackets after its label, as forms and table cells print it: "진료번호(12345678)",
# "住院号【1234567】", "病历号（12345678）", "등록번호 [12345678]"; the span stays the value inside.
_OPENING_BRACKET = r"(?:[(\[（【〔<][ \t]*)?"
# Korean prose puts a particle on the label: "등록번호는 12345678", "환자번호가 12345678인".
_PARTICLE = r"(?:[은는이가](?=[ \t]))?"
LABEL_GAP = (
    _PARTICLE
    + r"[ \t]*(?:[(（][^()（）\n]{0,12}[)）])?[ \t]*(?:[Nn][Oo]\.?|번호)?[ \t]*[:：#=]?[ \t]*"
    + _OPENING_BRACKET
)
# Code-mixed labels also end in a full stop or take "#" or "No." after one: "Reg. No. 123", "Acc# 123", "Acc. 123".
MIXED_LABEL_GAP = (
    _PARTICLE
    + r"\.?[ \t]*(?:[(（][^()（）\n]{0,12}[)）])?[ \t]*(?:[Nn][Oo]\.?|번호)?[ \t]*[:：#=.]?[ \t]*"
    + _OPENING_BRACKET
)

# A table row puts the value in the cell after its label's: "| 병록번호 | 12345678 |", "등록번호 || 12345678".
TABLE_CELL_GAP = r"[ \t]*[:：]?[ \t]*\|{1,2}[ \t]*" + _OPENING_BRACKET
# A value after its label in prose or in the next cell of a table row.
LABEL_OR_CELL_GAP = f"(?:{MIXED_LABEL_GAP}|{TABLE_CELL_GAP})"


# A form exported one field per line: the label and its colon end their line, and the value alone fills the
# next ("등록번호:\n12345678", "门诊号：\n12345678"). Alone: a date or a sentence below an empty field is not it.
_COLON_AND_LINE_BREAK = r"[ \t]*[:：][ \t]*\r?\n[ \t]*"
_ENDS_ITS_LINE = r"[ \t]*(?:\r?\n|$)"


def with_spaced_labels(words: list[str]) -> list[str]:
    """`words` and, for each label ending in 번호, its spaced form: charts write "의무기록 번호" as often as
    "의무기록번호"."""
    spaced = [word[:-2].rstrip() + " 번호" for word in words if word.endswith("번호") and len(word.rstrip()) > 2]
    return list(dict.fromkeys(words + spaced))


def after_context(
    context_words: list[str],
    value: str,
    gap: str = LABEL_GAP,
    ignore_case: bool = False,
    word_pattern: Callable[[str], str] = re.escape,
) -> str:
    """A regex for `value` (as the `phi` group) right after one of the context words, e.g.
    "등록번호: 12345678", "병록번호(MRN) 12345678", "passport no. M1234567", "住院号：2024001", or alone on the
    line below the word and its colon. `ignore_case` applies to the context words only ("Passport No.",
    "PASSPORT NO"); `word_pattern` as in `alternation`."""
    words = alternation(context_words, word_pattern)
    below = f"{_COLON_AND_LINE_BREAK}(?=(?:{value}){_ENDS_ITS_LINE})"
    return (f"(?i:{words})" if ignore_case else words) + f"(?:{gap}|{below})(?P<{PHI_GROUP}>{value})"
