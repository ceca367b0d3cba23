from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow as pa
import pytest

from emr_deid.recognizers import checksums
from emr_deid.schemas.audit import AUDIT_SCHEMA
from emr_deid.schemas.entity import Entity
from emr_deid.schemas.message import SourceCoordinates
from emr_deid.schemas.note import KnownPhi, Note
from emr_deid.transforms.mask import dates
from emr_deid.transforms.mask.keys import MaskingKey
from emr_deid.transforms.mask.masker import Masker, add_policy_arguments, masking_config_from_args

from .conftest import EN_NOTE, EN_SPANS, KO_NOTE, KO_SPANS, NOTES, OTHER_KEY, TEST_KEY, ZH_NOTE, ZH_SPANS, entities_for

REPO = Path(__file__).resolve().parents[2]
PROFILES = ("tags", "safe-harbor", "research", "external-sharing")


def _masked(masker: Masker, lang: str, patient: str = "patient-1") -> str:
    text, spans = NOTES[lang]
    return masker.mask(text, entities_for(text, spans), patient, authored="2024-03-20").text


_CHILD = textwrap.dedent(
    """
    import json
    from emr_deid.transforms.mask.keys import MaskingKey
    from emr_deid.transforms.mask.masker import Masker
    from emr_deid.transforms.mask.policy import load_policies
    from tests.mask.conftest import NOTES, TEST_KEY, entities_for
    from tests.mask.test_masker import PROFILES, _masked
    policies, key = load_policies(), MaskingKey(TEST_KEY, "child")
    out = {p: {lang: _masked(Masker(policies, p, key), lang) for lang in NOTES} for p in PROFILES}
    print(json.dumps(out, ensure_ascii=False, sort_keys=True))
    """
)


def test_output_is_byte_identical_across_processes(policies, key):
    here = {p: {lang: _masked(Masker(policies, p, key), lang) for lang in NOTES} for p in PROFILES}
    expected = (json.dumps(here, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    for hash_seed in ("1", "2"):  # str hashes differ between these processes; the output must not
        child = subprocess.run(
            [sys.executable, "-c", _CHILD],
            capture_output=True,
            check=True,
            env={"PYTHONHASHSEED": hash_seed, "PATH": ""},
            cwd=REPO,
        )
        assert child.stdout == expected


def test_one_patients_name_gets_one_surrogate_and_pseudonym_across_notes(policies, key):
    first = "김민준 환자 2024년 3월 5일 내원."
    second = "보호자와 통화함. 김민준 님은 3월 12일 재진 예정."
    for profile in ("research", "external-sharing"):
        masker = Masker(policies, profile, key)
        one = masker.mask(first, entities_for(first, [("김민준", "PERSON")]), "patient-1")
        two = masker.mask(second, entities_for(second, [("김민준", "PERSON")]), "patient-1")
        assert one.text.split(" ")[0] == two.text.split(" ")[2]
        assert "김민준" not in one.text + two.text


def test_a_different_key_gives_different_output(policies, key):
    other = Masker(policies, "research", MaskingKey(OTHER_KEY, "other"))
    mine = Masker(policies, "research", key)
    for lang in NOTES:
        assert _masked(mine, lang) != _masked(other, lang)


@pytest.mark.parametrize(
    ("lang", "first", "second", "interval"),
    [
        ("ko", "2024년 3월 5일", "3월 12일", 7),
        ("zh", "2024年3月5日", "3月9日", 4),
        ("en", "March 5, 2024", "03/09/2024", 4),
    ],
)
def test_date_intervals_survive_within_a_patient(research, key, lang, first, second, interval):
    text, spans = NOTES[lang]
    for patient in ("patient-1", "patient-2", "patient-3"):
        masked = research.mask(text, entities_for(text, spans), patient, authored="2024-03-20")
        shifted = []
        for applied in masked.applied:
            original = text[applied.start : applied.end]
            if original in (first, second):
                assert applied.operator == "date_shift"
                year = shifted[0].year if shifted else None  # a partial date lies in the first date's year
                new = dates.parse_date(masked.text[applied.new_start : applied.new_end], reference_year=year)
                shifted.append(new.date)
        assert (shifted[1] - shifted[0]).days == interval
        offset = dates.patient_offset_days(key, patient, -365, -30)
        assert shifted[0] == dt.date(2024, 3, 5) + dt.timedelta(days=offset)


def test_surrogate_ids_in_text_pass_their_checksums_and_agree_with_shifted_dates(research, key):
    for text, spans, id_type in ((KO_NOTE, KO_SPANS, "KR_RRN"), (ZH_NOTE, ZH_SPANS, "CN_RESIDENT_ID")):
        masked = research.mask(text, entities_for(text, spans), "patient-9")
        applied = next(a for a in masked.applied if a.type == id_type)
        fake = masked.text[applied.new_start : applied.new_end]
        offset = dt.timedelta(days=dates.patient_offset_days(key, "patient-9", -365, -30))
        if id_type == "KR_RRN":
            assert checksums.kr_rrn_is_valid(fake, require_checksum=True)
            assert checksums.kr_rrn_birth_date(fake.replace("-", "")) == dt.date(1990, 1, 1) + offset
        else:
            assert checksums.cn_resident_id_is_valid(fake)
            assert checksums.cn_resident_id_birth_date(fake) == dt.date(1990, 3, 7) + offset


def test_tiers_per_profile(policies, key):
    text, spans = NOTES["ko"]
    by_profile = {}
    for profile in PROFILES:
        masked = Masker(policies, profile, key).mask(text, entities_for(text, spans), "p")
        by_profile[profile] = {a.type: (a.operator, a.flagged) for a in masked.applied}
        by_profile[profile]["text"] = masked.text
    assert by_profile["tags"]["text"].startswith("환자 [PERSON](주민번호 [KR_RRN])은 [DATE] 내원")
    safe = by_profile["safe-harbor"]
    assert "2024년 내원" in safe["text"] and "만 90세 이상" in safe["text"]
    assert "[DATE] 재진" in safe["text"]  # no year to keep: the fallback tags it
    assert safe["SENSITIVE_STD"] == ("keep", True) and "매독" in safe["text"]
    research = by_profile["research"]
    assert research["PERSON"] == ("surrogate", False)
    assert research["SENSITIVE_STD"] == ("keep", True) and research["SENSITIVE_PREGNANCY"] == ("keep", True)
    assert "매독" in research["text"] and "임신 12주" in research["text"]
    external = by_profile["external-sharing"]
    assert "매독" not in external["text"] and "임신" not in external["text"]
    assert "[SENSITIVE_STD]" in external["text"]
    assert "주소 서울특별시, 연락처 PHONE_NUMBER_" in external["text"]
    for profile in PROFILES:
        for value, _ in KO_SPANS[:7]:
            assert value not in by_profile[profile]["text"]


def test_overlapping_entities_are_masked_as_their_union(policies, key):
    text = "연락처 010-1234-5678 끝"
    entities = [Entity(4, 12, "PHONE_NUMBER", 0.6, "a"), Entity(8, 17, "ID", 0.9, "b"), Entity(9, 11, "ID", 0.9, "c")]
    masked = Masker(policies, "tags", key).mask(text, entities, None)
    assert masked.text == "연락처 [ID] 끝"
    assert [(a.start, a.end, a.type) for a in masked.applied] == [(4, 17, "ID")]


def test_entities_outside_the_text_are_an_error(research):
    with pytest.raises(ValueError, match=r"KR_RRN at \[3, 99\) is outside a text of 5 characters"):
        research.mask("abcde", [Entity(3, 99, "KR_RRN", 1.0, "x")], None)


def test_unreadable_dates_fall_back_and_are_counted(research):
    text = "수술일 이천이십사년 삼월"
    masked = research.mask(text, [Entity(4, len(text), "DATE", 1.0, "x")], "p")
    assert masked.text == "수술일 [DATE]"
    assert masked.applied[0].fallback and masked.applied[0].operator == "tag"


def test_mask_note_masks_text_and_fields_and_writes_an_audit_record(research, key):
    note = Note(
        note_id="file:a.hl7#3/0",
        source=SourceCoordinates(file="a.hl7", line=3),
        message_type="ORU^R01",
        text=EN_NOTE,
        patient_key="MRN12345",
        encounter_key="VISIT-9",
        authored="2024-03-20T09:30:00Z",
        languages=("en",),
        known_phi=(KnownPhi("PERSON", "John Smith"),),
        fhir_context={"entry": 2, "resource_type": "Observation", "resource_id": "obs-7", "element": "valueString"},
    )
    masked, audit = research.mask_note(note, entities_for(EN_NOTE, EN_SPANS), model_versions={"ner": "ko-zh-en-3"})
    assert "John Smith" not in masked.text and masked.known_phi == ()
    assert masked.patient_key == research.patient_pseudonym("MRN12345") and "MRN12345" not in masked.patient_key
    assert masked.encounter_key and masked.encounter_key != "VISIT-9"
    assert masked.fhir_context == {**note.fhir_context, "resource_id": research.record_id("Observation", "obs-7")}
    offset = dates.patient_offset_days(key, "MRN12345", -365, -30)
    assert masked.authored.startswith((dt.date(2024, 3, 20) + dt.timedelta(days=offset)).isoformat())
    assert audit.policy_version == research.policy_version and audit.profile == "research"
    assert audit.patient_pseudonym == masked.patient_key
    assert audit.counts_by_type["DATE"] == 2 and audit.counts_by_operator["date_shift"] == 2
    row = audit.to_dict()
    assert row["flagged"] == 1 and row["model_versions"] == [("ner", "ko-zh-en-3")]
    table = pa.Table.from_pylist([row], schema=AUDIT_SCHEMA)
    assert table.num_rows == 1
    serialised = json.dumps(row, ensure_ascii=False)
    for value, _ in EN_SPANS:
        assert value not in serialised
    assert "MRN12345" not in serialised


def test_the_policy_version_is_in_every_output(research):
    masked = research.mask(KO_NOTE, entities_for(KO_NOTE, KO_SPANS), "p")
    assert (masked.policy_version, masked.profile) == (research.policies.version, "research")


def test_cli_arguments_build_a_masking_config(tmp_path):
    parser = argparse.ArgumentParser()
    add_policy_arguments(parser)
    default = masking_config_from_args(parser.parse_args([]))
    assert (default.profile, default.key_env, default.demo_key) == ("tags", "EMR_DEID_KEY", False)
    key_file = tmp_path / "k"
    key_file.write_bytes(TEST_KEY)
    config = masking_config_from_args(parser.parse_args(["--policy", "research", "--key-file", str(key_file)]))
    assert Masker.from_config(config).mask("김민준", [Entity(0, 3, "PERSON", 1, "x")], None).text != "김민준"


def test_a_masker_survives_pickling_as_beam_ships_it_to_workers(research):
    text, spans = NOTES["ko"]
    entities = entities_for(text, spans)
    copy = pickle.loads(pickle.dumps(research))
    assert copy.mask(text, entities, "p").text == research.mask(text, entities, "p").text


# Structured values of every kind, readable and not (a date no operator can read, an address without a province).
_VALUES = {
    "PERSON": ["김민준", "王建国", "Margaret O'Brien"],
    "DATE": ["1985-02-14", "2024-03", "sometime in spring"],
    "PHONE_NUMBER": ["010-2345-6789", "(617) 555-0142", "13812345678"],
    "ADDRESS": ["서울특별시 강남구 테헤란로 123", "42 Beacon St", "宛平南路600号"],
    "POSTCODE": ["06234", "02114", "100020"],
    "LOCATION": ["Boston", "부산", "上海市"],
    "MEDICAL_RECORD_NUMBER": ["MRN004512", "20240001"],
    "KR_RRN": ["850214-1234567"],
    "EMAIL_ADDRESS": ["mobrien@example.org"],
    "HOSPITAL": ["서울대학교병원", "Massachusetts General Hospital"],
    "ID": ["A9876543"],
}


def test_a_structured_value_is_masked_as_mask_masks_it_alone(policies, key):
    for profile in policies.profiles:
        masker = Masker(policies, profile, key)
        for entity_type, values in _VALUES.items():
            for value in values:
                expected = masker.mask(value, [Entity(0, len(value), entity_type, 1.0, "structured")], "patient-1")
                assert masker.mask_value(value, entity_type, "patient-1") == (
                    expected.text,
                    expected.applied[0].operator,
                ), (profile, entity_type)
