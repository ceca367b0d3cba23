"""Language by script, not by a model: Hangul is Korean, Han is Chinese, Latin letters are English.

Korean notes may carry Hanja (Han characters) in small amounts, so Han counts as Chinese only when it
outweighs Hangul.
"""

from __future__ import annotations

import re
from collections import Counter


def script_of(char: str) -> str | None:
    """'ko', 'zh' or 'en' for a letter of that script; None for digits, punctuation and space."""
    code = ord(char)
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "ko"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F:
        return "zh"
    if char.isascii() and char.isalpha():
        return "en"
    if 0x00C0 <= code <= 0x024F and char.isalpha():  # accented Latin in names and loan words
        return "en"
    return None


# The character classes of script_of, for counting at C speed.
_SCRIPT_LETTERS = {
    "ko": re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "zh": re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002fa1f]"),
    "en": re.compile("[A-Za-z\u00c0-\u024f]"),
}


def script_counts(text: str) -> Counter:
    """Letters per script; the same classes as `script_of` (accented Latin counted only if a letter)."""
    counts = Counter()
    for language, letters in _SCRIPT_LETTERS.items():
        found = letters.findall(text)
        if language == "en":
            found = [char for char in found if char.isalpha()]
        if found:
            counts[language] = len(found)
    return counts


def languages_by_script(text: str) -> tuple[str, ...]:
    """The languages present in `text`, main language first; Hanja inside Korean does not count as zh.

    Korean or Chinese comes before English whenever its script is present, whatever the letter counts: a
    code-mixed Korean note often has more Latin letters than Hangul ("POD#1 BP stable, JP drain 제거 예정"),
    and its main language decides which recognizers see the whole text. The Korean and Chinese ones are
    written for code-mixed notes (romanized names and places, dates beside English words), while the
    English ones lose nothing by running over the copy with Hangul or Han blanked.
    """
    counts = script_counts(text)
    if counts["ko"] and counts["zh"] and counts["zh"] < counts["ko"]:
        del counts["zh"]
    return tuple(sorted(counts, key=lambda lang: (lang == "en", -counts[lang])))


def blank_other_scripts(text: str, language: str) -> str:
    """`text` with every letter of another script replaced by a space: same length, same offsets.

    Detection runs a second language's recognizers over this copy, once, instead of over each of its
    segments: digits and punctuation stay, so "DOB 03/05/2024" inside a Korean sentence is still
    whole, and a name followed by a Korean particle ("Smith는") ends at a word boundary.
    """
    other_letters = _OTHER_SCRIPTS_LETTERS.get(language)
    if other_letters is None:
        raise ValueError(f"no script known for language {language!r}")
    return other_letters.sub(lambda match: " " * len(match.group()), text)


_OTHER_SCRIPTS_LETTERS = {
    language: re.compile(
        "[" + "".join(p.pattern[1:-1] for other, p in _SCRIPT_LETTERS.items() if other != language) + "]+"
    )
    for language in _SCRIPT_LETTERS
}
