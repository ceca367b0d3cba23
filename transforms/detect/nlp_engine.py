"""A Presidio NLP engine that only tokenizes, by script, so context words work without any model.

Why not spaCy: no spaCy model is installed, `spacy.blank("ko")` needs MeCab, and a full pipeline
is what makes vanilla Presidio slow. Context enhancement needs only tokens, their offsets and
"lemmas" (here: lower-cased tokens). Tokens are runs of one script's letters, runs of digits, or
single other characters, so "등록번호:12345678" gives "등록번호", ":", "12345678" and "住院号123"
gives "住院号", "123". Presidio matches context words as substrings of these tokens
(`context_matching_mode="substring"`), so Korean particles ("등록번호는") and Chinese compounds
("患者住院号") still carry their context word. No named entities are produced: names come from rules,
known PHI and, later, the NER model.

`NlpArtifacts.tokens` holds the token strings, not a spaCy `Doc`: Presidio's context enhancer only
iterates the tokens and takes their lengths, and building and iterating a `Doc` was a third of the
detection time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

# Hangul, Han and Latin letter runs are separate tokens; digits; any other non-space character alone.
_TOKEN = re.compile(
    r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+"
    r"|[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+"
    r"|[A-Za-z\u00c0-\u024f]+"
    r"|\d+"
    r"|\S"
)


def tokenize(text: str) -> tuple[list[str], list[int]]:
    """Tokens of `text` and their start offsets."""
    words, starts = [], []
    for match in _TOKEN.finditer(text):
        words.append(match.group())
        starts.append(match.start())
    return words, starts


class ScriptTokenArtifacts(NlpArtifacts):
    """`NlpArtifacts` whose keywords skip Presidio's per-token engine calls: our tokens are never stopwords and
    hold no ":", and a punctuation token is one non-alphanumeric character, so the rule is one comprehension."""

    @staticmethod
    def set_keywords(nlp_engine, lemmas: list[str], language: str) -> list[str]:
        return [lemma for lemma in lemmas if lemma[:1].isalnum() and lemma != "be"]  # Presidio drops "be" too


class ScriptTokenNlpEngine(NlpEngine):
    """Tokens and lower-cased lemmas for any language; no tagging, parsing or entities."""

    engine_name = "script_tokens"
    is_available = True

    def __init__(self, languages: Iterable[str]):
        self.languages = list(languages)

    def load(self) -> None:
        """Nothing to load: the tokenizer is a regular expression."""

    def is_loaded(self) -> bool:
        return True

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        words, starts = tokenize(text)
        return ScriptTokenArtifacts(
            entities=[],
            tokens=words,
            tokens_indices=starts,
            lemmas=[word.lower() for word in words],
            nlp_engine=self,
            language=language,
        )

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return not word[:1].isalnum()  # a token is a letter run, a digit run or one other character

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return self.languages
