"""`generate(n, lang, split, seed)`: deterministic gold notes from the template families."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator

from faker import Faker

from emr_deid.evaluation.synthetic import templates_en, templates_ko, templates_koen, templates_zh
from emr_deid.evaluation.synthetic.families import LANGS, SPLITS, Family
from emr_deid.evaluation.synthetic.heldout import en as heldout_en
from emr_deid.evaluation.synthetic.heldout import ko as heldout_ko
from emr_deid.evaluation.synthetic.heldout import ko_en as heldout_ko_en
from emr_deid.evaluation.synthetic.heldout import zh as heldout_zh
from emr_deid.evaluation.synthetic.render import KNOWN_PHI_SHARE, render
from emr_deid.evaluation.synthetic.values import ChineseValues, EnglishValues, KoreanValues, LocaleValues

DEV_FAMILIES: tuple[Family, ...] = (
    templates_ko.FAMILIES + templates_zh.FAMILIES + templates_en.FAMILIES + templates_koen.FAMILIES
)
HELDOUT_FAMILIES: tuple[Family, ...] = (
    heldout_ko.FAMILIES + heldout_zh.FAMILIES + heldout_en.FAMILIES + heldout_ko_en.FAMILIES
)
FAMILIES = DEV_FAMILIES + HELDOUT_FAMILIES
_VALUES: dict[str, tuple[type[LocaleValues], str]] = {
    "ko": (KoreanValues, "ko_KR"),
    "ko-en": (KoreanValues, "ko_KR"),
    "zh": (ChineseValues, "zh_CN"),
    "en": (EnglishValues, "en_US"),
}


def families(lang: str | None = None, split: str | None = None) -> tuple[Family, ...]:
    return tuple(f for f in FAMILIES if lang in (None, f.lang) and split in (None, f.split))


def _derived_seed(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256(repr(parts).encode()).digest()[:8], "big")


def generate(n: int, lang: str = "all", split: str = "dev", seed: int = 0) -> Iterator[dict]:
    """`n` gold notes of `lang` ("ko", "zh", "en", "ko-en" or "all": languages in turn) from `split`'s families.

    Each note is seeded from (seed, split, index), so a note does not depend on how many came before it
    and the same arguments always give the same notes.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    langs = LANGS if lang == "all" else (lang,)
    if any(code not in LANGS for code in langs):
        raise ValueError(f"lang must be 'all' or one of {LANGS}")
    pools = {code: families(code, split) for code in langs}
    for index in range(n):
        code = langs[index % len(langs)]
        note_seed = _derived_seed(seed, split, code, index)
        rng = random.Random(note_seed)
        values_class, faker_locale = _VALUES[code]
        faker = Faker(faker_locale)
        faker.seed_instance(note_seed)
        family = rng.choice(pools[code])
        builder, context = render(family, values_class(rng, faker), rng)
        note = {
            "id": f"syn-{split}-{code}-{seed}-{index:06d}",
            "text": builder.text,
            "lang": code,
            "entities": builder.entities,
            "template": family.id,
            "split": split,
            "note_type": family.note_type,
            "patient": f"P{_derived_seed(note_seed, 'patient') % 10**10:010d}",
            "known_phi": context.known_phi() if rng.random() < KNOWN_PHI_SHARE else [],
        }
        yield note
