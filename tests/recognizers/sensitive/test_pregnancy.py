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
        ("LMP 3/1/2024", "LMP"),
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
        ("출산력 없음", "ko", "출산력"),
        ("孕2产1", "zh", "孕2产1"),
        ("末次月经2024-03-01", "zh", "末次月经"),
        ("人工流产史", "zh", "人工流产"),
        ("妊娠期糖尿病", "zh", "妊娠"),
    ],
)
def test_korean_and_chinese_terms(text, language, term):
    assert term in found(text, language)


def test_look_alikes_are_not_pregnancy_terms():
    assert found("유산균 복용, 유산소 운동", "ko") == []
    assert found("人流量大", "zh") == []
