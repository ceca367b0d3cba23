"""Outside vocabulary for training: words in each script that are not PHI, from maintained lexicons.

The template families' own words are few, so a model trained on them alone calls any unfamiliar word
next to a name-like syllable a name ("[고]분화", "Colon"). Swapping outside words for words of a large
general and clinical vocabulary, and adding lines of such words, teaches it that unfamiliar text is
outside text. Sources, all installed packages (no download):
- Korean: common nouns (NNG) of kiwipiepy's model lexicon, with particles attached as in running text;
- Chinese: jieba's dictionary without its person, place, organisation, time and numeral entries;
- English: the words and descriptions of ICD-10-CM (simple-icd-10-cm, `train` extra: disease
  eponyms such as Parkinson or Crohn are outside text by design) and Faker's English word list.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_HANGUL = re.compile(r"[가-힣]")
_HAN = re.compile(r"[一-鿿]")
_LATIN = re.compile(r"[A-Za-z]")
# Particles after a final consonant (first) or a vowel (second); "" leaves the noun bare.
_KOREAN_PARTICLES = (("", ""), ("", ""), ("은", "는"), ("이", "가"), ("을", "를"), ("에", "에"), ("에서", "에서"),
                     ("으로", "로"), ("의", "의"), ("과", "와"), ("도", "도"))  # fmt: skip
_KOREAN_ENDINGS = ("함", "없음", "있음", "시행함", "확인됨", "호소함", "관찰됨", "보임", "예정", "요함")
# jieba part-of-speech tags that can name a person, place, organisation, time or quantity.
_JIEBA_EXCLUDED = re.compile(r"^(nr|ns|nt|nz|t|m|mq|q|x|eng)")


@dataclass(frozen=True)
class OutsideLexicon:
    korean: tuple[str, ...]
    chinese: tuple[str, ...]
    english: tuple[str, ...]
    english_phrases: tuple[str, ...]

    @classmethod
    @cache
    def load(cls) -> OutsideLexicon:
        english_words, english_phrases = _english()
        return cls(_korean_nouns(), _chinese_words(), english_words, english_phrases)

    def sizes(self) -> dict[str, int]:
        return {"korean": len(self.korean), "chinese": len(self.chinese), "english": len(self.english),
                "english_phrases": len(self.english_phrases)}  # fmt: skip

    def like(self, word: str, rng: random.Random) -> str | None:
        """A lexicon word in `word`'s script, or None for words of digits and signs only."""
        if _HANGUL.search(word):
            return _with_particle(rng.choice(self.korean), rng)
        if _HAN.search(word):
            return "".join(rng.choice(self.chinese) for _ in range(rng.randint(1, 3)))
        if _LATIN.search(word):
            return rng.choice(self.english)
        return None

    def line(self, lang: str, rng: random.Random) -> str:
        """A line of outside text in the note's language: clinical-sounding, never PHI."""
        if lang == "zh":
            words = [rng.choice(self.chinese) for _ in range(rng.randint(3, 12))]
            return "".join(w + ("，" if rng.random() < 0.15 else "") for w in words) + "。"
        if lang == "en" or (lang == "ko-en" and rng.random() < 0.4):
            if rng.random() < 0.5:
                return rng.choice(self.english_phrases)
            return " ".join(rng.choice(self.english) for _ in range(rng.randint(3, 10))).capitalize() + "."
        words = [_with_particle(rng.choice(self.korean), rng) for _ in range(rng.randint(2, 7))]
        return " ".join(words) + " " + rng.choice(_KOREAN_ENDINGS) + "."


def _with_particle(noun: str, rng: random.Random) -> str:
    after_consonant, after_vowel = rng.choice(_KOREAN_PARTICLES)
    return noun + (after_consonant if (ord(noun[-1]) - 0xAC00) % 28 else after_vowel)


def _korean_nouns(count: int = 20000) -> tuple[str, ...]:
    """The first `count` common nouns of kiwipiepy's lexicon (its ids run from frequent to rare)."""
    from kiwipiepy import Kiwi

    kiwi, nouns, index = Kiwi(), set(), 0
    while len(nouns) < count:
        try:
            morpheme = kiwi.morpheme(index)
        except (IndexError, ValueError, RuntimeError):
            break
        if morpheme.tag == "NNG" and len(morpheme.form) >= 2 and all("가" <= c <= "힣" for c in morpheme.form):
            nouns.add(morpheme.form)
        index += 1
    return tuple(sorted(nouns))


def _chinese_words(min_frequency: int = 200) -> tuple[str, ...]:
    import jieba

    words = set()
    for line in (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split(" ")
        if int(frequency) >= min_frequency and not _JIEBA_EXCLUDED.match(tag) and all(_HAN.fullmatch(c) for c in word):
            words.add(word)
    return tuple(sorted(words))


def _english() -> tuple[tuple[str, ...], tuple[str, ...]]:
    import simple_icd_10_cm as icd
    from faker.providers.lorem.en_US import Provider

    phrases = sorted({icd.get_description(code) for code in icd.get_all_codes(with_dots=True)})
    words = {w.strip(",()") for phrase in phrases for w in phrase.split() if len(w.strip(",()")) > 1}
    words |= set(Provider.word_list)
    return tuple(sorted(w for w in words if w.isalpha())), tuple(phrases)
