"""Template families: one way a department writes one kind of note, in one language.

A template is a note with slots: `{kind}` or `{kind:key}` (the same key gives the same value within a
note, so a patient's name or an admission date recurs consistently). Lines starting with `? ` are
optional and appear in about 60% of notes. The split is a property of the family: held-out families
are never rendered by the development split.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGS = ("ko", "zh", "en", "ko-en")
SPLITS = ("dev", "heldout")
COHORTS = ("any", "child", "pregnant")


@dataclass(frozen=True)
class Family:
    id: str  # "<lang>.<note type>.<style>"
    lang: str
    note_type: str
    split: str
    template: str
    cohort: str = "any"  # whose note it is: "any" patient, a "child", or a "pregnant" woman

    def __post_init__(self) -> None:
        if self.lang not in LANGS or self.split not in SPLITS or self.cohort not in COHORTS:
            raise ValueError(f"family {self.id}: unknown language, split or cohort")


def family(lang: str, note_type: str, style: str, split: str, template: str, cohort: str | None = None) -> Family:
    """A family; notes that state a pregnancy are about pregnant women unless said otherwise."""
    cohort = cohort or ("pregnant" if "{preg" in template else "any")
    return Family(f"{lang}.{note_type}.{style}", lang, note_type, split, template.strip("\n"), cohort)
