"""The allow-list: eponyms, drugs, labs, vitals, ICD codes and departments are never masked."""

from __future__ import annotations

import pytest

from emr_deid.schemas import Entity


def _span(text: str, part: str, kind: str = "PERSON") -> Entity:
    start = text.index(part)
    return Entity(start, start + len(part), kind, 0.9, "ner")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Hx of Parkinson disease and Alzheimer dementia", "Parkinson"),
        ("Crohn's disease flare", "Crohn"),
        ("Down syndrome, Cushing syndrome", "Down"),
        ("started Warfarin 5 mg", "Warfarin"),
        ("가와사키병 의심", "가와사키"),
        ("알츠하이머병 진단", "알츠하이머"),
        ("길랑-바레 증후군 의심", "길랑"),  # both spellings of Guillain-Barré
        ("길랭-바레 증후군 의심", "길랭"),
        ("帕金森病十年", "帕金森"),
        ("川崎病", "川崎"),
        ("내과 외래 방문", "내과"),
        ("心内科就诊", "心内科"),
    ],
)
def test_terms_suppress_entities_they_cover(detector, text, term):
    # The span stands in for any recognizer or the NER model mistaking the term for PHI.
    assert detector.detect(text, extra_entities=[_span(text, term)]) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("BP 120/80, HR 88, Temp 37.2", "120/80", "DATE"),
        ("Hb 12.3, WBC 7.8, Cr 1.1", "12.3", "DATE"),
        ("Dx: ICD-10 E11.9 type 2 DM", "E11.9", "ID"),
        ("혈압 130/85 mmHg", "130/85", "DATE"),
        ("血压 130/85 mmHg", "130/85", "DATE"),
    ],
)
def test_vitals_labs_and_codes_are_kept(detector, text, value, kind):
    assert detector.detect(text, extra_entities=[_span(text, value, kind)]) == []


def test_a_name_that_only_contains_a_department_stays(detector):
    text = "서울내과의원에서 전원"
    clinic = _span(text, "서울내과의원", "HOSPITAL")
    assert detector.detect(text, extra_entities=[clinic]) == [clinic]


def test_eponyms_are_not_detected_by_the_english_rules(detector):
    text = "Mr. Brown has Parkinson disease, Hodgkin lymphoma and takes metformin 500 mg; BP 120/80."
    assert [(text[e.start : e.end], e.type) for e in detector.detect(text)] == [("Brown", "PERSON")]


def test_known_phi_is_never_allow_listed(detector):
    from emr_deid.schemas import KnownPhi

    text = "Mr. Down called about his son."
    entities = detector.detect(text, known_phi=[KnownPhi("PERSON", "Down")])
    assert [text[e.start : e.end] for e in entities] == ["Down"]


def test_an_age_after_a_slash_label_is_no_pulse(detector):
    """ "A/P: 96 y/o" is an assessment and plan with an age over 89, not the pulse "P: 96"."""
    text = "TSH 3.2 mIU/L.\nA/P: 96 y/o male with CHF"
    assert [(e.type, text[e.start : e.end]) for e in detector.detect(text, lang="en")] == [("AGE_OVER_89", "96")]
    assert detector.detect("HR 96 bpm, P 96, T 98.6F", lang="en") == []


def test_a_lab_value_before_a_recheck_is_no_date(detector):
    """A recheck on 25 May ("5.25 재검") is a date; a potassium value to be rechecked ("K 5.2 재검") is not."""
    assert detector.detect("K 5.2 재검 예정, Hb 9.8 추적 관찰", lang="ko") == []
    text = "와파린 용량 조절함. 5.25 재검 예정."
    assert [(e.type, text[e.start : e.end]) for e in detector.detect(text, lang="ko")] == [("DATE", "5.25")]


def test_lab_values_are_kept_but_identifiers_that_start_like_them_are_not():
    """K 4.1 is potassium; K13597815 after a card label is an insurance number, CA3615998 a permit."""
    from emr_deid.transforms.detect import Detector

    detector = Detector.from_config()
    assert not detector.detect("K 4.1, Na 138, PLT 250 today.", lang="en")
    text = "医保卡号：K13597815，港澳通行证：CA3615998。"
    assert {"K13597815", "CA3615998"} <= {text[e.start : e.end] for e in detector.detect(text, lang="zh")}
