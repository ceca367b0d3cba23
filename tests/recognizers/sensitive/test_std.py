"""SexuallyTransmittedInfectionRecognizer: STI terms in English, Korean and Chinese, negated or not."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.sensitive.std import SexuallyTransmittedInfectionRecognizer


def found(text: str, language: str = "en") -> list[str]:
    recognizer = SexuallyTransmittedInfectionRecognizer(supported_language=language)
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["SENSITIVE_STD"])]


ENGLISH_TERMS = [
    "syphilis",
    "Gonorrhea",
    "chlamydia",
    "HIV",
    "AIDS",
    "genital herpes",
    "HPV",
    "condyloma",
    "trichomoniasis",
]


@pytest.mark.parametrize("term", ENGLISH_TERMS)
def test_english_terms(term):
    assert found(f"hx of {term} in 2019") == [term]


@pytest.mark.parametrize(
    ("text", "language", "term"),
    [
        ("否认梅毒、淋病病史", "zh", "梅毒"),
        ("尖锐湿疣术后", "zh", "尖锐湿疣"),
        ("HIV抗体阴性", "zh", "HIV"),
        ("매독 검사 음성", "ko", "매독"),
        ("임질은 치료됨", "ko", "임질"),
        ("HIV negative", "en", "HIV"),
    ],
)
def test_negated_and_other_language_mentions(text, language, term):
    assert term in found(text, language)


def test_look_alikes_are_not_sti_terms():
    assert found("uses hearing aids, band-aids") == []


@pytest.mark.parametrize(
    ("text", "language", "term"),
    [
        ("Results positive for HPV infection; treated", "en", "HPV infection"),
        ("new chlamydia infection, partner notified", "en", "chlamydia infection"),
        ("검사상 첨형 콘딜로마 확인되어 치료 시작함", "ko", "첨형 콘딜로마"),
        ("트리코모나스증 진단", "ko", "트리코모나스증"),
        ("HIV 감염 확인", "ko", "HIV 감염"),
    ],
)
def test_the_infection_is_one_span(text, language, term):
    assert term in found(text, language)
