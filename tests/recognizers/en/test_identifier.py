"""Labelled identifiers: accession/specimen/account numbers (ID), driver's licences, passports, insurance numbers."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.identifier import (
    DriverLicenseRecognizer,
    InsuranceMemberNumberRecognizer,
    LabelledIdentifierRecognizer,
    PassportRecognizer,
)


def found(recognizer_class, text: str, language: str = "en") -> list[str]:
    recognizer = recognizer_class(supported_language=language)
    return [text[r.start : r.end] for r in recognizer.analyze(text, recognizer.supported_entities)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CT A/P W CONTRAST  Accession: RAD-12-345678  Exam date: 3/4/2024", "RAD-12-345678"),
        ("ACC#: ACC123456789\nHISTORY: cough", "ACC123456789"),
        ("Acc# 4051-118822 read by attending", "4051-118822"),
        ("Brain MRI (Acc. MR20240117) 검토", "MR20240117"),
        ("Specimen ID: SP-24-0098812 received in formalin", "SP-24-0098812"),
        ("Acct no. 009988771 billed to self-pay", "009988771"),
        ("Visit #: V0012345 closed", "V0012345"),
        ("Pacemaker serial no. PJN7731902 interrogated", "PJN7731902"),
        ("Encounter ID 44019283", "44019283"),
    ],
)
def test_generic_identifiers_after_english_labels(text, value):
    assert found(LabelledIdentifierRecognizer, text) == [value]


def test_english_labels_in_korean_and_chinese_notes():
    assert found(LabelledIdentifierRecognizer, "Brain MRI  Acc#RA1921245972\nPt: 박상훈", "ko") == ["RA1921245972"]
    assert found(LabelledIdentifierRecognizer, "CT报告 Accession No. 2024-118822 患者", "zh") == ["2024-118822"]


@pytest.mark.parametrize(
    "text",
    [
        "Accession: pending",  # no number yet
        "Visit 2 of 3 completed",  # a count, and "Visit" needs "No."/"#"/"ID" to be a label
        "according to 12345 patients",  # "Acc" inside a word
        "Order set: CHF admission",
        "Lot 12345 of heparin",  # "Lot" alone is no label
        "Case discussed at tumor board",
    ],
)
def test_unlabelled_or_wordy_values_are_left_alone(text):
    assert found(LabelledIdentifierRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ID verified: driver's license S123-4567-8901; SSN on file", "S123-4567-8901"),
        ("Driver License No. D7654321", "D7654321"),
        ("driving licence (CA) B1234567 checked", "B1234567"),
        ("DL TX 12345678 photocopied", "12345678"),
    ],
)
def test_driver_licenses(text, value):
    assert found(DriverLicenseRecognizer, text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Drivers Lic No. 12345678", "12345678"),
        ("driver's lic. D1234567", "D1234567"),
        ("State ID: 123456789", "123456789"),
        ("Photo ID (driver's license) 123456789 verified", "123456789"),
    ],
)
def test_abbreviated_and_bracketed_licence_labels(text, value):
    assert found(DriverLicenseRecognizer, text) == [value]


def test_driver_license_needs_a_number():
    assert found(DriverLicenseRecognizer, "driver's license suspended after seizure") == []
    assert found(DriverLicenseRecognizer, "DL: see scanned copy") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("International patient; passport E28600751 on file.", "E28600751"),
        ("Passport No.: M12345678", "M12345678"),
        ("PP# 551234987 (Philippines)", "551234987"),
    ],
)
def test_passports(text, value):
    assert found(PassportRecognizer, text) == [value]


def test_passport_label_without_number():
    assert found(PassportRecognizer, "passport photo taken; passport expired") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Insurance member ID: 9RQ0-HD5-NX92", "9RQ0-HD5-NX92"),
        ("Medicare ID 1EG4-TE5-MK73 verified", "1EG4-TE5-MK73"),
        ("Subscriber #: XEH918273645", "XEH918273645"),
        ("Health insurance policy no. BCX-22-7734-01", "BCX-22-7734-01"),
    ],
)
def test_insurance_numbers(text, value):
    assert found(InsuranceMemberNumberRecognizer, text) == [value]


def test_insurance_words_without_a_number():
    assert found(InsuranceMemberNumberRecognizer, "Insurance: Aetna PPO; Medicare Part D plan") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Organ procurement organization notified, referral #0856788843.", "0856788843"),
        ("State registry (IIS) ID: RAD-17-423208", "RAD-17-423208"),
        ("Prior authorization no. PA-20931177", "PA-20931177"),
    ],
)
def test_referral_registry_and_authorization_numbers(text, value):
    assert found(LabelledIdentifierRecognizer, text) == [value]


@pytest.mark.parametrize("text", ["referral to GI placed", "Registry (IIS) ID: pending", "referral #2 of 3"])
def test_referral_and_registry_words_without_a_number(text):
    assert found(LabelledIdentifierRecognizer, text) == []
