"""Language by script, not by a model: Hangul is Korean, Han is Chinese, Latin letters are English.

Korean notes may carry Hanja (Han characters) in small amounts, so Han counts as Chinese only when it
outweighs Hangul.
"""

from __future__ import annotations

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


def script_counts(text: str) -> Counter:
    return Counter(script for script in map(script_of, text) if script)


def languages_by_script(text: str) -> tuple[str, ...]:
    """The languages present in `text`, most letters first; Hanja inside Korean does not count as zh."""
    counts = script_counts(text)
    if counts["ko"] and counts["zh"] and counts["zh"] < counts["ko"]:
        del counts["zh"]
    return tuple(lang for lang, _ in counts.most_common())
