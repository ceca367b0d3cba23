"""Routing by script: code-mixed Korean/English notes, language labels, language-neutral recognizers once."""

from __future__ import annotations

from emr_deid.schemas import KnownPhi


def spans(detector, text: str, **kwargs) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.type) for e in detector.detect(text, **kwargs)]


def test_english_inside_a_korean_note(detector):
    text = "김민수님은 2024-03-05에 Dr. Smith에게 진료 받음. 연락처 (617) 555-1234, HIV 양성, 임신 8주."
    found = spans(detector, text, known_phi=[KnownPhi("PERSON", "김민수")])
    assert ("김민수", "PERSON") in found
    assert ("Smith", "PERSON") in found  # English rule on the English segment, particle attached
    assert ("2024-03-05", "DATE") in found  # digits travel with the English segment
    assert ("(617) 555-1234", "PHONE_NUMBER") in found
    assert ("HIV", "SENSITIVE_STD") in found
    assert ("임신 8주", "SENSITIVE_PREGNANCY") in found


def test_korean_inside_an_english_note(detector):
    text = "Pt seen with daughter 김지현 (phone 617-555-9876); h/o 매독, treated."
    found = spans(detector, text, known_phi=[KnownPhi("PERSON", "김지현", role="kin")])
    assert ("김지현", "PERSON") in found
    assert ("617-555-9876", "PHONE_NUMBER") in found
    assert ("매독", "SENSITIVE_STD") in found


def test_language_labels_are_accepted_and_script_still_counts(detector):
    text = "Dr. Smith 외래 방문"
    for lang in (None, "ko", "ko-en", "en", "en,ko"):
        assert spans(detector, text, lang=lang) == [("Smith", "PERSON")]


def test_language_neutral_recognizers_run_once_over_the_whole_text(detector):
    text = "메일 kim.minsu@example.com 으로 회신, 또 see https://example.org/a 참조"
    entities = detector.detect(text)
    assert [(text[e.start : e.end], e.type) for e in entities] == [
        ("kim.minsu@example.com", "EMAIL_ADDRESS"),
        ("https://example.org/a", "URL"),
    ]


def test_chinese_note_with_english_terms(detector):
    text = "患者张伟，HIV抗体阳性，既往梅毒病史，否认淋病，孕2产1。Dr. Wang 会诊。"
    found = spans(detector, text, known_phi=[KnownPhi("PERSON", "张伟")])
    assert {
        ("张伟", "PERSON"),
        ("HIV", "SENSITIVE_STD"),
        ("梅毒", "SENSITIVE_STD"),
        ("孕2产1", "SENSITIVE_PREGNANCY"),
    } <= set(found)
    assert ("淋病", "SENSITIVE_STD") not in found  # negated: not a fact about the patient
    assert ("Wang", "PERSON") in found


def test_text_without_letters(detector):
    assert detector.detect("") == []
    assert spans(detector, "617-555-1234") == [("617-555-1234", "PHONE_NUMBER")]
