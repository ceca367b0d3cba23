"""PregnancyRecognizer: pregnancy and obstetric history in English, Korean and Chinese."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.sensitive.pregnancy import PregnancyRecognizer


def found(text: str, language: str = "en") -> list[str]:
    recognizer = PregnancyRecognizer(supported_language=language)
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["SENSITIVE_PREGNANCY"])]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("currently pregnant", "pregnant"),
        ("G2P1 female", "G2P1"),
        ("G3P2012", "G3P2012"),
        ("pregnancy at 8 weeks, no bleeding", "pregnancy at 8 weeks"),
        ("she is 14 weeks pregnant", "14 weeks pregnant"),
        ("US: intrauterine pregnancy, 17w by CRL", "intrauterine pregnancy, 17w"),
        ("at 32 weeks gestation", "32 weeks gestation"),
        ("hx of spontaneous abortion", "spontaneous abortion"),
        ("one miscarriage", "miscarriage"),
    ],
)
def test_english_terms(text, term):
    assert term in found(text)


@pytest.mark.parametrize(
    ("text", "language", "term"),
    [
        ("임신 8주 확인", "ko", "임신 8주"),
        ("유산 1회", "ko", "유산"),
        ("임신 중(IUP 27주) 상태로 내원", "ko", "임신 중(IUP 27주)"),
        ("현재 임신 23주차", "ko", "임신 23주차"),
        ("孕2产1", "zh", "孕2产1"),
        ("宫内妊娠36周，单活胎", "zh", "宫内妊娠36周"),
        ("人工流产史", "zh", "人工流产"),
        ("妊娠期糖尿病", "zh", "妊娠"),
    ],
)
def test_korean_and_chinese_terms(text, language, term):
    assert term in found(text, language)


def test_look_alikes_are_not_pregnancy_terms():
    assert found("유산균 복용, 유산소 운동", "ko") == []
    assert found("人流量大", "zh") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("PRENATAL VISIT 7/27/2020", "en"),
        ("LMP 3/14/2020, EDD 01/20/2021.", "en"),
        ("LMP 2017-05-18, EDC 20180323.", "ko"),
        ("출산력: 없음, 최종월경일 2024-03-01", "ko"),
        ("末次月经2024-03-01，预产期2024-12-06", "zh"),
        ("孕妇学校课程链接见下", "zh"),
    ],
)
def test_labels_and_headers_are_not_the_fact(text, language):
    """The gold marks the pregnancy itself; a date label or a visit header around it is not PHI."""
    assert found(text, language) == []


def test_ultrasound_finding_without_gestational_age_is_left():
    assert found("US: single live IUP, FHR 150 bpm") == []
    assert found("US: IUP 12w, FHR 160") == ["IUP 12w"]
