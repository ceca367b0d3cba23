from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient

from emr_deid.recognizers import checksums
from emr_deid.transforms.mask.fhir import OBSERVATION_VALUE_SYSTEM
from emr_deid.transforms.mask.masker import Masker

V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
PATIENT = {
    "resourceType": "Patient",
    "id": "123",
    "text": {"status": "generated", "div": '<div xmlns="http://www.w3.org/1999/xhtml">김민준 1990-01-01</div>'},
    "identifier": [
        {"type": {"coding": [{"system": V2_0203, "code": "MR"}]}, "value": "MRN-000123"},
        {"type": {"coding": [{"system": V2_0203, "code": "NNKOR"}]}, "value": "900101-1234568"},
    ],
    "name": [{"use": "official", "text": "김민준", "family": "김", "given": ["민준"]}],
    "telecom": [{"system": "phone", "value": "010-1234-5678"}, {"system": "email", "value": "minjun@example.kr"}],
    "gender": "male",
    "birthDate": "1990-01-01",
    "address": [{"line": ["테헤란로 123"], "city": "강남구", "state": "서울특별시", "postalCode": "06236"}],
}
OBSERVATION = {
    "resourceType": "Observation",
    "id": "obs-1",
    "status": "final",
    "code": {"text": "Progress note"},
    "subject": {"reference": "Patient/123", "display": "김민준"},
    "effectiveDateTime": "2024-03-05T09:30:00+09:00",
    "valueString": "stable",
}
RAW_VALUES = ["김민준", "민준", "MRN-000123", "900101-1234568", "010-1234-5678", "minjun@example.kr", "테헤란로 123"]


def test_patient_fields_are_masked_and_the_resource_stays_valid(research):
    masked = research.mask_fhir_resource(PATIENT, "123")
    Patient.model_validate(masked)
    serialised = json.dumps(masked, ensure_ascii=False)
    for value in [*RAW_VALUES, "1990-01-01", '"123"']:
        assert value not in serialised
    assert masked["id"] == research.record_id("Patient", "123")
    assert "text" not in masked
    rrn = masked["identifier"][1]["value"]
    assert checksums.kr_rrn_is_valid(rrn, require_checksum=True)
    assert checksums.kr_rrn_birth_date(rrn.replace("-", "")).isoformat() == masked["birthDate"]
    assert masked["identifier"][0]["value"].startswith("MEDICAL_RECORD_NUMBER_")
    assert masked["address"][0]["state"] == "서울특별시"  # province level is kept
    assert masked["address"][0]["city"] == "[LOCATION]"  # a district has no province to generalise to: fallback
    labels = {(label["system"], label["code"]) for label in masked["meta"]["security"]}
    assert labels == {(OBSERVATION_VALUE_SYSTEM, "PSEUDED"), (OBSERVATION_VALUE_SYSTEM, "REDACTED")}
    assert PATIENT["name"][0]["text"] == "김민준"  # the input is not modified


def test_references_follow_the_patient_pseudonym_everywhere(research):
    patient = research.mask_fhir_resource(PATIENT, "123")
    observation = research.mask_fhir_resource(OBSERVATION, "123")
    Observation.model_validate(observation)
    assert observation["subject"] == {"reference": f"Patient/{patient['id']}"}
    assert patient["id"] == research.patient_pseudonym("123") == research.patient_pseudonym("Patient/123")
    assert observation["effectiveDateTime"].endswith("T09:30:00+09:00")
    assert observation["effectiveDateTime"] != OBSERVATION["effectiveDateTime"]


def test_a_bundle_keeps_its_links(research):
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"fullUrl": "urn:uuid:8c3c1b7e-3b7e-4c1a-9d2e-1f0a2b3c4d5e", "resource": PATIENT},
            {
                "fullUrl": "https://ehr.example.kr/fhir/Observation/obs-1",
                "resource": {**OBSERVATION, "subject": {"reference": "urn:uuid:8c3c1b7e-3b7e-4c1a-9d2e-1f0a2b3c4d5e"}},
            },
        ],
    }
    masked = research.mask_fhir_resource(bundle, "123")
    Bundle.model_validate(masked)
    patient_url = masked["entry"][0]["fullUrl"]
    assert patient_url.startswith("urn:uuid:") and "8c3c1b7e" not in patient_url
    assert masked["entry"][1]["resource"]["subject"]["reference"] == patient_url
    assert masked["entry"][1]["fullUrl"].endswith(f"Observation/{research.record_id('Observation', 'obs-1')}")


@pytest.mark.parametrize("profile", ["safe-harbor", "external-sharing"])
def test_stricter_profiles_drop_what_they_cannot_keep_valid(policies, key, profile):
    masked = Masker(policies, profile, key).mask_fhir_resource(PATIENT, "123")
    Patient.model_validate(masked)
    serialised = json.dumps(masked, ensure_ascii=False)
    for value in RAW_VALUES:
        assert value not in serialised
    if profile == "safe-harbor":
        assert masked["birthDate"] == "1990"
        assert masked["name"][0]["text"] == "[PERSON]"
        assert masked["address"][0]["postalCode"] == "06200"
        assert {label["code"] for label in masked["meta"]["security"]} == {"REDACTED", "PSEUDED", "MASKED"}
