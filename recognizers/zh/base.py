"""The Chinese recognizers' common base: traditional characters are read as simplified ones."""

from __future__ import annotations

from functools import cache
from importlib import resources

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers.ko.base import LABEL_GAP as SHARED_LABEL_GAP
from emr_deid.recognizers.ko.base import SpanPatternRecognizer, after_context

# Chinese prose joins a label to its value with a copula: "住院号为2024001", "医保卡号是A12345678".
LABEL_GAP = r"(?:[ \t]*[为是])?" + SHARED_LABEL_GAP


def after_label(context_words: list[str], value: str) -> str:
    """`after_context` with the Chinese label gap: "住院号：2024001", "住院号为2024001"."""
    return after_context(context_words, value, gap=LABEL_GAP)


@cache
def _simplified_table() -> dict[int, str]:
    text = (resources.files("emr_deid.recognizers.zh") / "data" / "traditional.txt").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {ord(traditional): simplified for traditional, simplified in pairs}


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
