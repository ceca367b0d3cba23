"""The synthetic gold generator: deterministic, spans right by construction, splits disjoint, IDs valid."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from itertools import pairwise

import pytest

from emr_deid.evaluation.synthetic import DEV_FAMILIES, FAMILIES, HELDOUT_FAMILIES, LANGS, families, generate
from emr_deid.recognizers.checksums import cn_resident_id_is_valid, kr_rrn_is_valid
from emr_deid.schemas import EntityType
from emr_deid.transforms.language import languages_by_script

ENTITY_TYPES = {t.value for t in EntityType}


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return [note for split in ("dev", "heldout") for note in generate(2000, "all", split, seed=11)]


def test_same_seed_gives_identical_notes():
    assert list(generate(60, "all", "dev", seed=5)) == list(generate(60, "all", "dev", seed=5))
    assert list(generate(20, "zh", "dev", seed=5)) != list(generate(20, "zh", "dev", seed=6))


def test_note_does_not_depend_on_how_many_came_before():
    assert list(generate(40, "ko", "heldout", seed=2))[10:] == list(generate(40, "ko", "heldout", seed=2))[10:]
    assert list(generate(10, "ko", "heldout", seed=2)) == list(generate(40, "ko", "heldout", seed=2))[:10]


def test_every_span_is_the_value_inserted(notes):
    for note in notes:
        text = note["text"]
        for entity in note["entities"]:
            value = text[entity["start"] : entity["end"]]
            assert entity["type"] in ENTITY_TYPES
            assert value and value == value.strip(), (note["template"], entity)
        ordered = sorted((e["start"], e["end"]) for e in note["entities"])
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(ordered))


def test_repeated_identifiers_are_the_patients(notes):
    """known_phi repeats the identifiers the text quotes, as a PID segment would."""
    with_known = [note for note in notes if note["known_phi"]]
    assert 0.55 < len(with_known) / len(notes) < 0.75
    for note in with_known:
        known = {(k["kind"], k["value"]) for k in note["known_phi"]}
        for entity in note["entities"]:
            if entity["type"] == "MEDICAL_RECORD_NUMBER":
                assert ("MEDICAL_RECORD_NUMBER", note["text"][entity["start"] : entity["end"]]) in known


def test_dev_and_heldout_families_are_disjoint(notes):
    dev = {f.id for f in families(split="dev")}
    heldout = {f.id for f in families(split="heldout")}
    assert dev and heldout and not dev & heldout
    assert {n["template"] for n in notes if n["split"] == "dev"} <= dev
    assert {n["template"] for n in notes if n["split"] == "heldout"} <= heldout
    for lang in LANGS:
        lang_families = families(lang)
        share = len(families(lang, "heldout")) / len(lang_families)
        assert 0.2 <= share <= 0.4, lang
        assert len({f.note_type for f in lang_families}) >= 8


def test_all_languages_and_entity_types_are_covered(notes):
    assert Counter(n["lang"] for n in notes) == Counter({lang: 1000 for lang in LANGS})
    for note in notes:
        scripts = languages_by_script(note["text"])
        if note["lang"] == "ko-en":
            assert {"ko", "en"} <= set(scripts)
        else:
            assert scripts[0] == note["lang"]
    for split in ("dev", "heldout"):
        types = {e["type"] for n in notes if n["split"] == split for e in n["entities"]}
        assert types == ENTITY_TYPES, split


def test_national_ids_carry_valid_check_digits(notes):
    counts = Counter()
    for note in notes:
        for entity in note["entities"]:
            value = note["text"][entity["start"] : entity["end"]]
            if entity["type"] in ("KR_RRN", "KR_FRN"):
                assert kr_rrn_is_valid(value, require_checksum=True)
                assert (value.replace("-", "")[6] in "5678") == (entity["type"] == "KR_FRN")
                counts[entity["type"]] += 1
            elif entity["type"] == "CN_RESIDENT_ID":
                assert cn_resident_id_is_valid(value)
                counts[len(value)] += 1
    assert counts["KR_RRN"] and counts["KR_FRN"] and counts[18] and counts[15]


def test_hard_cases_are_present(notes):
    """Names glued to Korean particles, compound Chinese surnames, ages over 89, eponyms left unmarked."""
    ko_text = [(n["text"], n["entities"]) for n in notes if n["lang"] == "ko"]
    glued = sum(
        1
        for text, ents in ko_text
        for e in ents
        if e["type"] == "PERSON" and text[e["end"] : e["end"] + 1] in "님은는이가"
    )
    assert glued > 50
    zh_names = [n["text"][e["start"] : e["end"]] for n in notes if n["lang"] == "zh" for e in n["entities"]]
    assert any(name.startswith(("欧阳", "司马", "诸葛", "上官")) for name in zh_names)
    ages = [n["text"][e["start"] : e["end"]] for n in notes for e in n["entities"] if e["type"] == "AGE_OVER_89"]
    assert ages and all(int(age) >= 90 for age in ages)
    for note in notes:
        for word in ("Parkinson's disease", "가와사키병", "川崎病"):
            at = note["text"].find(word)
            if at >= 0:
                assert not any(e["start"] < at + len(word) and at < e["end"] for e in note["entities"])


def test_heldout_families_live_apart_from_development_ones():
    assert {f.split for f in DEV_FAMILIES} == {"dev"} and {f.split for f in HELDOUT_FAMILIES} == {"heldout"}
    assert len({f.id for f in FAMILIES}) == len(FAMILIES)


def test_cli_writes_json_lines():
    command = ["-m", "emr_deid.evaluation.synthetic", "--lang", "zh", "--split", "heldout", "-n", "5", "--seed", "7"]
    result = subprocess.run([sys.executable, *command], capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == list(generate(5, "zh", "heldout", seed=7))
