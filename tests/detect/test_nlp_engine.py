"""ScriptTokenNlpEngine: tokens by script, and Presidio's context enhancement working on them."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.transforms.detect.nlp_engine import ScriptTokenNlpEngine, tokenize


def test_tokens_split_at_script_and_digit_changes():
    words, starts = tokenize("등록번호:12345678 住院号123 MRN# 1234")
    assert words == ["등록번호", ":", "12345678", "住院号", "123", "MRN", "#", "1234"]
    assert starts == [0, 4, 5, 14, 17, 21, 24, 26]


@pytest.mark.parametrize(
    "text",
    [
        "등록번호:12345678 住院号123 MRN# 1234",
        "Pt to BE seen by Dr. Kim - be aware: -PRON- 환자는 내일 be 퇴원",
        "患者张三，男，45岁。住院号：A-2024/0012；电话 138-0013-8000 ~ 12:30",
        "",
    ],
)
def test_keywords_follow_presidios_rule_without_its_per_token_calls(text):
    engine = ScriptTokenNlpEngine(["en", "ko", "zh"])
    artifacts = engine.process_text(text, "en")
    assert artifacts.keywords == NlpArtifacts.set_keywords(engine, artifacts.lemmas, "en")


def _analyzer(language: str, context: list[str]) -> AnalyzerEngine:
    weak_number = PatternRecognizer(
        supported_entity="MEDICAL_RECORD_NUMBER",
        patterns=[Pattern("eight digits", r"(?<!\d)\d{8}(?!\d)", 0.3)],
        context=context,
        supported_language=language,
    )
    return AnalyzerEngine(
        registry=RecognizerRegistry(recognizers=[weak_number], supported_languages=[language]),
        nlp_engine=ScriptTokenNlpEngine([language]),
        supported_languages=[language],
    )


def test_context_words_raise_scores_in_korean_with_particles():
    analyzer = _analyzer("ko", ["등록번호"])
    [with_context] = analyzer.analyze("환자 등록번호는 12345678 입니다", language="ko")
    [without] = analyzer.analyze("검체 수량 12345678 입니다", language="ko")
    assert with_context.score > without.score


def test_context_words_raise_scores_in_chinese_without_spaces():
    analyzer = _analyzer("zh", ["住院号"])
    [with_context] = analyzer.analyze("患者住院号12345678。", language="zh")
    [without] = analyzer.analyze("编号12345678。", language="zh")
    assert with_context.score > without.score
