"""Surrogates pass the project's own recognizers, not just the checksum functions they share."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.phone import UsPhoneRecognizer
from emr_deid.recognizers.ko.frn import KoreanFrnRecognizer
from emr_deid.recognizers.ko.phone import KoreanPhoneRecognizer
from emr_deid.recognizers.ko.rrn import KoreanRrnRecognizer
from emr_deid.recognizers.zh.phone import ChinesePhoneRecognizer
from emr_deid.recognizers.zh.resident_id import ChineseResidentIdRecognizer
from emr_deid.schemas.entity import Entity


@pytest.mark.parametrize(
    ("recognizer", "entity_type", "value"),
    [
        (KoreanRrnRecognizer(), "KR_RRN", "900101-1234568"),
        (KoreanRrnRecognizer(), "KR_RRN", "0203044123456"),
        (KoreanFrnRecognizer(), "KR_FRN", "850715-5123456"),
        (KoreanPhoneRecognizer(), "PHONE_NUMBER", "010-1234-5678"),
        (KoreanPhoneRecognizer(), "PHONE_NUMBER", "02-123-4567"),
        (ChineseResidentIdRecognizer(), "CN_RESIDENT_ID", "110101199003074514"),
        (ChineseResidentIdRecognizer(), "CN_RESIDENT_ID", "44030519851231002X"),
        (ChinesePhoneRecognizer(), "PHONE_NUMBER", "13812345678"),
        (ChinesePhoneRecognizer(), "PHONE_NUMBER", "138 1234 5678"),
        (UsPhoneRecognizer(), "PHONE_NUMBER", "(217) 555-1234"),
    ],
)
def test_surrogates_are_found_by_the_recognizers_of_their_language(research, recognizer, entity_type, value):
    for patient in ("patient-1", "patient-2", "patient-3"):
        text = f"번호 {value} 확인" if recognizer.supported_language == "ko" else f"no. {value} ok"
        start = text.index(value)
        masked = research.mask(text, [Entity(start, start + len(value), entity_type, 1.0, "x")], patient)
        applied = masked.applied[0]
        surrogate = masked.text[applied.new_start : applied.new_end]
        assert applied.operator == "surrogate" and surrogate != value
        found = recognizer.analyze(masked.text, [entity_type])
        assert [(r.start, r.end) for r in found] == [(applied.new_start, applied.new_end)]
        if entity_type != "PHONE_NUMBER":
            assert found[0].score == 1.0  # the check digit is valid
