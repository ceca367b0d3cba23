"""No raw PHI and no key in any log line emitted while masking, at every level, by us or by Presidio."""

from __future__ import annotations

import logging

import pytest

from emr_deid.pipelines.config import MaskingConfig
from emr_deid.schemas.message import SourceCoordinates
from emr_deid.schemas.note import Note
from emr_deid.transforms.mask.masker import Masker

from .conftest import NOTES, TEST_KEY, entities_for
from .test_fhir import OBSERVATION, PATIENT, RAW_VALUES
from .test_hl7 import KOREAN_PID


@pytest.mark.parametrize("profile", ["tags", "safe-harbor", "research", "external-sharing"])
def test_no_raw_phi_or_key_in_any_log_line(tmp_path, monkeypatch, caplog, capfd, profile):
    key_file = tmp_path / "key"
    key_file.write_bytes(TEST_KEY)
    raw = {value for _, spans in NOTES.values() for value, _ in spans} | set(RAW_VALUES) | {"patient-42"}
    with caplog.at_level(logging.DEBUG):
        masker = Masker.from_config(MaskingConfig(profile=profile, key_file=str(key_file)))
        for lang, (text, spans) in NOTES.items():
            note = Note(f"n-{lang}", SourceCoordinates(file="x", line=1), "ORU^R01", text, patient_key="patient-42")
            masker.mask_note(note, entities_for(text, spans))
        masker.mask_fhir_resource(PATIENT, "patient-42")
        masker.mask_fhir_resource(OBSERVATION, "patient-42")
        masker.mask_hl7_pid(KOREAN_PID, "patient-42")
    captured = capfd.readouterr()
    emitted = "\n".join([caplog.text, *(r.getMessage() for r in caplog.records), captured.out, captured.err])
    assert caplog.records, "the test must see Presidio's debug lines to prove anything"
    assert TEST_KEY.decode() not in emitted
    leaked = sorted(value for value in raw if value in emitted)
    assert not leaked, f"{len(leaked)} raw values reached the logs"
