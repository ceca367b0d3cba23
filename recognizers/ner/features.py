"""Character features of the NER model and its label set; shared by training and inference, torch-free.

Every character of a note becomes one row of `FEATURES` integer ids, computed with numpy over the
whole text at once (no per-character Python):
- `char`: the character's id in the vocabulary, after folding case and writing every decimal digit
  as ASCII ("７" and "٣" are digits too); unknown characters share UNK. Digits keep their value: an age
  over 89 differs from one under by its digits;
- `bigram` / `trigram`: hashed ids of the folded (previous, current) and (previous, current, next)
  characters, a cheap lexical memory for name syllables and label words;
- `shape`: the character class (space, newline, digit, Latin upper/lower, Hangul, Han, kana, punctuation ...);
- `jamo_initial` / `jamo_medial` / `jamo_final`: the letters of a Hangul syllable, so syllables never
  seen in training (rare given names) still look like names.
Offsets stay note offsets: one row per Python character (code point), never a normalised string.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

# Entity types the model predicts (EntityType values). Gold types map onto them with GOLD_TO_LABEL.
LABELS: tuple[str, ...] = (
    "PERSON",
    "LOCATION",
    "ADDRESS",
    "HOSPITAL",
    "DATE",
    "ID",
    "PHONE_NUMBER",
    "AGE_OVER_89",
)
# Every specific identifier type is the model's generic ID: the model finds the identifier from its
# label and shape, and the checksum-validating rules decide the specific type when both find it.
# Phones keep their own label (their masking differs from IDs). Emails, URLs, IPs and postcodes are
# defined by their format, which the rules match exactly: the model learns them as outside text.
GOLD_TO_LABEL: dict[str, str] = {
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "ADDRESS": "ADDRESS",
    "HOSPITAL": "HOSPITAL",
    "DATE": "DATE",
    "AGE_OVER_89": "AGE_OVER_89",
    "PHONE_NUMBER": "PHONE_NUMBER",
    **{
        specific: "ID"
        for specific in (
            "ID",
            "KR_RRN",
            "KR_FRN",
            "CN_RESIDENT_ID",
            "US_SSN",
            "PASSPORT",
            "TRAVEL_PERMIT",
            "DRIVER_LICENSE",
            "MEDICAL_RECORD_NUMBER",
            "HEALTH_INSURANCE_NUMBER",
        )
    },
}

FEATURES = ("char", "bigram", "trigram", "shape", "jamo_initial", "jamo_medial", "jamo_final")
# Bumped whenever `encode` changes what an id means: a model is only valid with the encoding it was trained on.
ENCODING_VERSION = 2
PAD, UNK = 0, 1  # reserved char ids; every feature uses 0 for padding
BMP = 0x10000

SHAPES = (
    "pad",
    "space",
    "newline",
    "digit",
    "latin_upper",
    "latin_lower",
    "hangul",
    "hangul_jamo",
    "han",
    "kana",
    "letter_other",
    "punct_open",
    "punct_close",
    "punct_dash",
    "punct_other",
    "symbol",
    "other",
)
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3


def fold(char: str) -> str:
    """The vocabulary form of one character: case folded, every decimal digit as its ASCII digit."""
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def _shape(char: str) -> str:
    if char in "\n\r\u2028\u2029":
        return "newline"
    if char.isspace():
        return "space"
    if char.isdecimal():
        return "digit"
    code = ord(char)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        return "hangul"
    if 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul_jamo"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x3040 <= code <= 0x30FF:
        return "kana"
    category = unicodedata.category(char)
    if category in ("Lu", "Lt") and code < 0x250:
        return "latin_upper"
    if category.startswith("L") and code < 0x250:
        return "latin_lower"
    if category.startswith("L"):
        return "letter_other"
    return {"Ps": "punct_open", "Pi": "punct_open", "Pe": "punct_close", "Pf": "punct_close", "Pd": "punct_dash"}.get(
        category, "punct_other" if category.startswith("P") else "symbol" if category.startswith("S") else "other"
    )


@dataclass(frozen=True)
class Vocabulary:
    """What the model reads and predicts (vocab.json): its folded characters, n-gram hash sizes and labels."""

    chars: tuple[str, ...]  # ids start at 2 (0 padding, 1 unknown)
    bigram_buckets: int
    trigram_buckets: int
    labels: tuple[str, ...] = LABELS
    receptive_radius: int = 0  # characters either side that the trained model's output depends on

    @classmethod
    def build(
        cls, char_counts: dict[str, int], min_count: int, bigram_buckets: int, trigram_buckets: int
    ) -> Vocabulary:
        kept = sorted(char for char, count in char_counts.items() if count >= min_count and len(char) == 1)
        return cls(tuple(kept), bigram_buckets, trigram_buckets)

    @classmethod
    def load(cls, path: str | Path) -> Vocabulary:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("encoding_version") != ENCODING_VERSION:
            raise ValueError(
                f"{Path(path).name} was written for another feature encoding than version {ENCODING_VERSION}"
            )
        return cls(
            tuple(data["chars"]),
            data["bigram_buckets"],
            data["trigram_buckets"],
            tuple(data["labels"]),
            data["receptive_radius"],
        )

    def save(self, path: str | Path) -> None:
        data = {
            "encoding_version": ENCODING_VERSION,
            "chars": list(self.chars),
            "bigram_buckets": self.bigram_buckets,
            "trigram_buckets": self.trigram_buckets,
            "labels": list(self.labels),
            "receptive_radius": self.receptive_radius,
            "tags": list(self.tags),
            "features": list(FEATURES),
            "shapes": list(SHAPES),
        }
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @property
    def tags(self) -> tuple[str, ...]:
        return ("O", *(f"{prefix}-{label}" for label in self.labels for prefix in ("B", "I")))

    @property
    def size(self) -> int:
        return len(self.chars) + 2

    @cached_property
    def _tables(self) -> tuple[np.ndarray, np.ndarray]:
        """Char id and shape id of every BMP code point (characters beyond it are UNK / "other")."""
        ids = {char: index for index, char in enumerate(self.chars, start=2)}
        shape_ids = {name: index for index, name in enumerate(SHAPES)}
        char_table = np.full(BMP, UNK, dtype=np.int64)
        shape_table = np.empty(BMP, dtype=np.int64)
        for code in range(BMP):
            char = chr(code)
            char_table[code] = ids.get(fold(char), UNK)
            shape_table[code] = shape_ids[_shape(char)]
        return char_table, shape_table

    def encode(self, text: str) -> np.ndarray:
        """Feature ids of `text`, shape (len(text), len(FEATURES)), int64; never 0 inside the text."""
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        char_table, shape_table = self._tables
        in_bmp = codes < BMP
        clipped = np.where(in_bmp, codes, 0)
        chars = np.where(in_bmp, char_table[clipped], UNK)
        shapes = np.where(in_bmp, shape_table[clipped], SHAPES.index("other"))
        previous = np.concatenate(([PAD], chars[:-1])) if len(chars) else chars
        following = np.concatenate((chars[1:], [PAD])) if len(chars) else chars
        # Multiplicative hashing with odd constants; +1 keeps 0 for padding.
        bigram = (previous * 1_000_003 + chars) % (self.bigram_buckets - 1) + 1
        trigram = ((previous * 1_000_003 + chars) * 999_983 + following) % (self.trigram_buckets - 1) + 1
        syllable = np.where((codes >= _HANGUL_FIRST) & (codes <= _HANGUL_LAST), codes - _HANGUL_FIRST, -1)
        is_syllable = syllable >= 0
        initial = np.where(is_syllable, syllable // 588 + 1, 0)
        medial = np.where(is_syllable, syllable % 588 // 28 + 1, 0)
        final = np.where(is_syllable, syllable % 28 + 1, 0)
        return np.stack((chars, bigram, trigram, shapes, initial, medial, final), axis=1)

    @property
    def feature_sizes(self) -> dict[str, int]:
        """Embedding table sizes, one per feature, padding id included."""
        return {
            "char": self.size,
            "bigram": self.bigram_buckets,
            "trigram": self.trigram_buckets,
            "shape": len(SHAPES),
            "jamo_initial": 20,
            "jamo_medial": 22,
            "jamo_final": 29,
        }


def bio_tags(length: int, spans: list[tuple[int, int, str]], labels: tuple[str, ...] = LABELS) -> np.ndarray:
    """Tag ids per character for non-overlapping (start, end, label) spans; labels not in `labels` stay O."""
    tags = np.zeros(length, dtype=np.int64)
    for start, end, label in spans:
        if label not in labels or end <= start:
            continue
        index = labels.index(label)
        tags[start] = 1 + 2 * index
        tags[start + 1 : end] = 2 + 2 * index
    return tags
