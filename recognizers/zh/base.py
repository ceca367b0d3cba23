"""The Chinese recognizers' common base: traditional characters are read as simplified ones."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers.base import SpanPatternRecognizer
from emr_deid.recognizers.ko.base import LABEL_GAP as SHARED_LABEL_GAP
from emr_deid.recognizers.ko.base import TABLE_CELL_GAP, after_context

# Chinese prose joins a label to its value with a copula: "住院号为2024001", "医保卡号是A12345678".
LABEL_GAP = r"(?:[ \t]*[为是])?" + SHARED_LABEL_GAP


# Forms justify short labels with spaces between their characters: "住 院 号：", "病　案　号：".
_LABEL_SPACE = "[ \u3000]?"


def _spaced_label(word: str) -> str:
    """`word` as a regex in which a space may stand between two Han characters."""
    pieces = [re.escape(word[0])]
    for before, char in pairwise(word):
        pieces.append((_LABEL_SPACE if _is_han(before) and _is_han(char) else "") + re.escape(char))
    return "".join(pieces)


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def after_label(context_words: list[str], value: str) -> str:
    """A regex for `value` (as the `phi` group) after one of the labels, spaced or not, with the Chinese label
    gap: "住院号：2024001", "住院号为2024001", "住 院 号：2024001"."""
    return after_context(context_words, value, gap=LABEL_GAP, word_pattern=_spaced_label)


def in_cell_after_label(context_words: list[str], value: str) -> str:
    """A regex for `value` (as the `phi` group) in the table cell after its label's: "| 病历号 | 2024001 |"."""
    return after_context(context_words, value, gap=TABLE_CELL_GAP, word_pattern=_spaced_label)


@cache
def _simplified_table() -> dict[int, str]:
    text = (resources.files("emr_deid.recognizers.zh") / "data" / "traditional.txt").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {ord(traditional): simplified for traditional, simplified in pairs}


@lru_cache(maxsize=16)  # every Chinese recognizer converts the same note: once, not a dozen times
def to_simplified(text: str) -> str:
    """`text` with traditional characters replaced by their simplified forms (醫院 -> 医院, 號 -> 号).
    The mapping is one character to one, so every offset in the result is an offset in `text`."""
    return text.translate(_simplified_table())


class ChinesePatternRecognizer(SpanPatternRecognizer):
    """A SpanPatternRecognizer whose patterns, written in simplified characters, also match notes that
    use traditional ones (住院號：, 電話：, 陳醫師)."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        return super().analyze(to_simplified(text), entities, nlp_artifacts, regex_flags)
