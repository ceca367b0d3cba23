"""Training examples: synthetic gold notes (dev families) plus Weibo NER train, as (text, tag ids) pairs.

No real patient data: the notes come from `emr_deid.evaluation.synthetic.generate`, whose families
are split into "dev" (trained on) and "heldout" (never trained on, scored by `evaluate`). Weibo NER
(CC BY-SA 3.0, Peng & Dredze) adds real Chinese social-media text for person and place names; it
annotates only PER/LOC/GPE/ORG, so characters it could not have annotated are left out of the loss
(tag IGNORE) instead of being taught as outside text: organisations other than hospitals, and
date-like runs. Nominal mentions (PER.NOM "老师") are role words, not identifiers: outside.
KMOU NER is evaluation-only by licence and is never read here.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emr_deid.evaluation.synthetic import generate
from emr_deid.recognizers.ner.decoding import tag_spans
from emr_deid.recognizers.ner.features import GOLD_TO_LABEL, bio_tags
from emr_deid.recognizers.ner.training.lexicon import OutsideLexicon

IGNORE = -100  # torch's cross-entropy ignore_index
WEIBO_LABELS = {"PER.NAM": "PERSON", "LOC.NAM": "LOCATION", "GPE.NAM": "LOCATION"}
_HOSPITAL_NAME = re.compile(r"(医院|医科|诊所|卫生院|卫生所|保健院|中医院)")
_DATE_LIKE = re.compile(r"[0-9０-９一二三四五六七八九十零〇两]+\s*[年月日号点时]|[0-9０-９]+[/.\-:][0-9０-９]+")


@dataclass(frozen=True)
class Example:
    text: str
    tags: np.ndarray  # tag id per character, IGNORE where unknown
    lang: str
    source: str  # template family or corpus name


def gold_spans(entities: Iterable[dict]) -> list[tuple[int, int, str]]:
    """Gold entities as (start, end, model label); types the model does not predict are dropped."""
    return [(e["start"], e["end"], GOLD_TO_LABEL[e["type"]]) for e in entities if e["type"] in GOLD_TO_LABEL]


def synthetic_examples(n: int, split: str, seed: int) -> Iterator[Example]:
    for note in generate(n, "all", split, seed):
        tags = bio_tags(len(note["text"]), gold_spans(note["entities"]))
        yield Example(note["text"], tags, note["lang"], note["template"])


def read_weibo(path: str | Path) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences of a Weibo NER CoNLL file with their (start, end, raw label) mentions."""
    chars: list[str] = []
    mentions: list[list] = []
    for line in [*Path(path).read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if chars:
                yield "".join(chars), [tuple(m) for m in mentions]
            chars, mentions = [], []
            continue
        token, _, tag = line.partition("\t")
        prefix, _, label = tag.partition("-")
        position = len(chars)
        chars.append(token[:-1])  # the glued digit is the word-segment position
        if prefix == "I" and mentions and mentions[-1][2] == label and mentions[-1][1] == position:
            mentions[-1][1] = position + 1
        elif prefix in ("B", "I"):
            mentions.append([position, position + 1, label])


def weibo_examples(path: str | Path) -> Iterator[Example]:
    for text, mentions in read_weibo(path):
        spans, unknown = [], []
        for start, end, label in mentions:
            if label in WEIBO_LABELS:
                spans.append((start, end, WEIBO_LABELS[label]))
            elif label == "ORG.NAM" and _HOSPITAL_NAME.search(text[start:end]):
                spans.append((start, end, "HOSPITAL"))
            elif label == "ORG.NAM":
                unknown.append((start, end))
        tags = bio_tags(len(text), spans)
        unknown += [match.span() for match in _DATE_LIKE.finditer(text)]
        for start, end in unknown:
            if not tags[start:end].any():
                tags[start:end] = IGNORE
        yield Example(text, tags, "zh", "weibo-ner")


def _same_length_case(text: str, upper: bool) -> str:
    # str.upper() may lengthen a character ("ß" -> "SS"); tags are per character, so such characters stay.
    changed = text.upper() if upper else text.lower()
    if len(changed) == len(text):
        return changed
    return "".join(
        c.upper() if upper and len(c.upper()) == 1 else c.lower() if not upper and len(c.lower()) == 1 else c
        for c in text
    )


class Augmenter:
    """Variants of training notes: lines in another order, outside words swapped, outside lines added, case.

    The template families are few, and a model that sees each in one order with its own words learns
    the templates (a name is what follows this header) rather than the cues, and held-out families
    differ. So each epoch sees half the notes with their lines shuffled; some outside words (fully O,
    whitespace-delimited) replaced by outside words of other notes or, half the time, by a word of the
    same script from a large general and clinical lexicon (`OutsideLexicon`); some notes with lines of
    lexicon text added, half of them holding an entity of another note of the language (a name, date or
    identifier among unfamiliar words: its shape, not the template around it, marks it); and a fifth
    of notes in one case.
    """

    _TOKEN = re.compile(r"\S+|\s+")

    def __init__(
        self,
        examples: Iterable[Example],
        lexicon: OutsideLexicon | None = None,
        shuffle_lines: float = 0.5,
        replace_words: float = 0.15,
        add_lines: float = 0.5,
        change_case: float = 0.2,
    ):
        pool = set()
        self.entities: dict[str, list[tuple[str, np.ndarray]]] = {}
        for example in examples:
            for match in self._TOKEN.finditer(example.text):
                start, end = match.span()
                if not match.group().isspace() and end - start <= 12 and not example.tags[start:end].any():
                    pool.add(match.group())
            for start, end, _ in tag_spans(np.maximum(example.tags, 0)):
                if (example.tags[start:end] > 0).all():
                    entity = (example.text[start:end], example.tags[start:end])
                    self.entities.setdefault(example.lang, []).append(entity)
        self.outside_words = sorted(pool)
        self.lexicon = lexicon
        self.shuffle_lines, self.replace_words, self.change_case = shuffle_lines, replace_words, change_case
        self.add_lines = add_lines if lexicon else 0.0

    def __call__(self, example: Example, rng: random.Random) -> Example:
        text, tags = example.text, example.tags
        if rng.random() < self.add_lines:
            text, tags = self._add_lines(text, tags, example.lang, rng)
        if rng.random() < self.shuffle_lines:
            text, tags = _shuffle_lines(text, tags, rng)
        if self.outside_words and self.replace_words:
            text, tags = self._replace_words(text, tags, rng)
        draw = rng.random()
        if draw < self.change_case:
            text = _same_length_case(text, upper=draw < self.change_case / 2)
        return Example(text, tags, example.lang, example.source)

    def _replace_words(self, text: str, tags: np.ndarray, rng: random.Random) -> tuple[str, np.ndarray]:
        pieces, piece_tags = [], []
        for match in self._TOKEN.finditer(text):
            start, end = match.span()
            word = match.group()
            if not word.isspace() and not tags[start:end].any() and rng.random() < self.replace_words:
                from_lexicon = self.lexicon.like(word, rng) if self.lexicon and rng.random() < 0.5 else None
                word = from_lexicon or rng.choice(self.outside_words)
                pieces.append(word)
                piece_tags.append(np.zeros(len(word), dtype=tags.dtype))
            else:
                pieces.append(word)
                piece_tags.append(tags[start:end])
        return "".join(pieces), np.concatenate(piece_tags) if piece_tags else tags

    def _add_lines(self, text: str, tags: np.ndarray, lang: str, rng: random.Random) -> tuple[str, np.ndarray]:
        """One to three lines of lexicon text, each at the start of a line where no entity continues."""
        for _ in range(rng.randint(1, 3)):
            starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n" and not _continues(tags, i + 1)]
            at = rng.choice(starts)
            line, line_tags = self._lexicon_line(lang, rng)
            text = text[:at] + line + "\n" + text[at:]
            tags = np.concatenate((tags[:at], line_tags, np.zeros(1, dtype=tags.dtype), tags[at:]))
        return text, tags

    def _lexicon_line(self, lang: str, rng: random.Random) -> tuple[str, np.ndarray]:
        line = self.lexicon.line(lang, rng)
        tags = np.zeros(len(line), dtype=np.int64)
        entities = self.entities.get(lang)
        if not entities or rng.random() < 0.5:
            return line, tags
        entity, entity_tags = rng.choice(entities)
        if lang == "zh":
            at = rng.randrange(len(line))  # before any character but the closing "。"
        else:
            at = rng.choice([i for i, c in enumerate(line) if c == " "] or [0])
            entity = f" {entity} " if at else f"{entity} "
            entity_tags = np.concatenate(([0], entity_tags, [0]) if at else (entity_tags, [0]))
        return line[:at] + entity + line[at + (1 if at and lang != "zh" else 0) :], np.concatenate(
            (tags[:at], entity_tags, tags[at + (1 if at and lang != "zh" else 0) :])
        )


def _continues(tags: np.ndarray, position: int) -> bool:
    """Whether the character at `position` continues an entity (an I- tag)."""
    return position < len(tags) and tags[position] > 0 and tags[position] % 2 == 0


def _shuffle_lines(text: str, tags: np.ndarray, rng: random.Random) -> tuple[str, np.ndarray]:
    """Lines in random order; unchanged when an entity continues across a line break."""
    breaks = [i for i, char in enumerate(text) if char == "\n"]
    if not breaks or any(_continues(tags, i + 1) for i in breaks):
        return text, tags
    if not text.endswith("\n"):  # every line ends with its break, so any order joins back into lines
        text, tags = text + "\n", np.append(tags, 0)
    bounds = [0, *(i + 1 for i, char in enumerate(text) if char == "\n")]
    lines = [(text[a:b], tags[a:b]) for a, b in itertools.pairwise(bounds)]
    rng.shuffle(lines)
    return "".join(line for line, _ in lines), np.concatenate([t for _, t in lines])
