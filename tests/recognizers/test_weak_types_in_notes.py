"""Record and insurance numbers, dates and places in whole notes, through the detection engine with its
allow lists and overlap merging, rules only (issue #4); and the clinical words around them stay unmasked."""

from __future__ import annotations

import pytest

from emr_deid.pipelines.config import DetectionConfig
from emr_deid.transforms.detect import Detector


@pytest.fixture(scope="module")
def detector():
    return Detector.from_config(DetectionConfig(use_ner_model=False))


def spans(detector: Detector, text: str, lang: str) -> set[tuple[str, str]]:
    return {(text[e.start : e.end], e.type) for e in detector.detect(text, lang=lang)}


def test_a_korean_admission_note(detector):
    note = (
        "원무번호: 2024-00123, 진료번호(01234567)\n"
        "의료급여증번호 1-2345678901 (1종)\n"
        "3. 5.(화) 외래 예약. 분당에서 이사 온 뒤 대치동 거주.\n"
        "7병동 입원, 내과 협진. 가와사키병 의증, Parkinson disease 병력. 아스피린 100mg 1일 1회.\n"
        "BP 120/80, HR 88, Cr 1.2, 진단 I25.10. 요양기관기호: 11100001"
    )
    found = spans(detector, note, "ko")
    assert {
        ("2024-00123", "MEDICAL_RECORD_NUMBER"),
        ("01234567", "MEDICAL_RECORD_NUMBER"),
        ("1-2345678901", "HEALTH_INSURANCE_NUMBER"),
        ("3. 5.", "DATE"),
        ("분당", "LOCATION"),
        ("대치동", "LOCATION"),
    } <= found
    masked = {text for text, _ in found}
    for word in ("7병동", "내과", "가와사키병", "Parkinson", "100mg", "120/80", "1.2", "I25.10", "11100001"):
        assert not any(word in text or text in word for text in masked), word


def test_a_chinese_admission_note(detector):
    note = (
        "姓名：张伟  性别：男  住院号【1234567】  床号：12床\n"
        "医保电脑号：1234567890\n"
        "患者系河南周口人，家住昌平区，于武汉出差期间发病。3-5行PCI术，3-5至3-10持续发热。\n"
        "心内科 7病区。川崎病史。血钾3.2予补钾治疗，阿司匹林100mg qd。血压120/80mmHg。"
    )
    found = spans(detector, note, "zh")
    assert {
        ("1234567", "MEDICAL_RECORD_NUMBER"),
        ("1234567890", "HEALTH_INSURANCE_NUMBER"),
        ("河南周口", "LOCATION"),
        ("昌平区", "LOCATION"),
        ("武汉", "LOCATION"),
        ("3-5", "DATE"),
        ("3-10", "DATE"),
    } <= found
    masked = {text for text, _ in found}
    for word in ("12床", "心内科", "7病区", "川崎病", "3.2", "100mg", "120/80"):
        assert not any(word in text for text in masked), word


def test_an_english_admission_note(detector):
    note = (
        "Hosp # 1234567  Acct #: 987654321\n"
        "Primary insurance: Aetna PPO (ID W123456789). Medicare 1EG4-TE5-MK73.\n"
        "Pt is originally from Dayton, OH; transferred from Summit County on the 5th of March.\n"
        "Hx Parkinson disease, Alzheimer dementia. Seen by Jane Doe, MD.\n"
        "Lasix 40 mg IV, BP 120/80, strength 4/5-5/5, pain 3/10. Dx I50.9."
    )
    found = spans(detector, note, "en")
    assert {
        ("1234567", "MEDICAL_RECORD_NUMBER"),
        ("W123456789", "HEALTH_INSURANCE_NUMBER"),
        ("1EG4-TE5-MK73", "HEALTH_INSURANCE_NUMBER"),
        ("Dayton, OH", "LOCATION"),
        ("Summit County", "LOCATION"),
        ("5th of March", "DATE"),
    } <= found
    masked = {text for text, _ in found}
    for word in ("Parkinson", "Alzheimer", "40 mg", "120/80", "4/5", "5/5", "3/10", "I50.9", "MD"):
        assert not any(word in text for text in masked), word
