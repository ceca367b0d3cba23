"""The Korean recognizers as the detection engine runs them: from the registry, in a real AnalyzerEngine
with no NLP model."""

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from emr_deid.recognizers.checksums import kr_rrn_check_digit
from emr_deid.recognizers.registry import load_recognizers


@pytest.fixture(scope="module")
def analyzer():
    registry = RecognizerRegistry(recognizers=load_recognizers(languages=["ko"]), supported_languages=["ko"])
    nlp_engine = NoOpNlpEngine(models=[{"lang_code": "ko", "model_name": "none"}])
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["ko"])


def test_registry_loads_every_korean_recognizer():
    names = {type(r).__name__ for r in load_recognizers(languages=["ko"])}
    assert {"KoreanRrnRecognizer", "KoreanPersonRecognizer", "KoreanAddressRecognizer", "KoreanDateRecognizer"} <= names


def test_a_code_mixed_note(analyzer):
    first12 = "850315123456"
    rrn = f"{first12[:6]}-{first12[6:]}{kr_rrn_check_digit(first12)}"
    note = (
        f"김민준 환자는 chest pain으로 2024년 3월 5일 ER 내원함. 주민번호 {rrn}, 등록번호: 12345678. "
        "보호자(딸) 이서연 010-1234-5678. 주소: 서울특별시 강남구 테헤란로 123. "
        "서울아산병원에서 PCI 시행. 만 92세. 이상 소견 없음, 정상 소견. 신경외과 협진."
    )
    found = {(note[r.start : r.end], r.entity_type) for r in analyzer.analyze(note, language="ko")}
    assert {
        ("김민준", "PERSON"),
        ("2024년 3월 5일", "DATE"),
        (rrn, "KR_RRN"),
        ("12345678", "MEDICAL_RECORD_NUMBER"),
        ("이서연", "PERSON"),
        ("010-1234-5678", "PHONE_NUMBER"),
        ("서울특별시 강남구 테헤란로 123", "ADDRESS"),
        ("서울아산병원", "HOSPITAL"),
        ("92", "AGE_OVER_89"),
    } <= found
    assert not any(text in {"이상", "정상", "신경외과"} for text, _ in found)
