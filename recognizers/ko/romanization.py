"""Hangul in Latin letters: Revised Romanization, syllable by syllable as Korean passports write names."""

from __future__ import annotations

_RR_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_RR_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
              "yu", "eu", "ui", "i")  # fmt: skip
_RR_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
              "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip


def romanize_hangul(text: str) -> str:
    """`text` with each Hangul syllable romanized on its own (no sound changes across syllables: 강릉 is
    "Gangreung", not the official "Gangneung"); other characters unchanged."""
    out = []
    for char in text:
        code = ord(char) - 0xAC00
        if not 0 <= code < 11172:
            out.append(char)
            continue
        initial, rest = divmod(code, 588)
        vowel, final = divmod(rest, 28)
        syllable = _RR_INITIALS[initial] + _RR_VOWELS[vowel] + _RR_FINALS[final]
        out.append(syllable.replace("r", "l", 1) if initial == 5 and not out else syllable)
    return "".join(out)
