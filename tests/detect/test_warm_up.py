"""Detector.warm_up: what recognizers load lazily (Kiwi's model, jieba's dictionary, the e-mail domain check) is
loaded before any note."""

from __future__ import annotations

from emr_deid.recognizers.base import SpanPatternRecognizer
from emr_deid.recognizers.en import email
from emr_deid.recognizers.ko import person as korean_person
from emr_deid.recognizers.zh import person as chinese_person
from emr_deid.transforms.detect import Detector


def test_warm_up_loads_kiwi_and_jieba(detector):
    korean_person._kiwi.cache_clear()
    chinese_person._jieba.cache_clear()
    detector.warm_up()
    assert korean_person._kiwi.cache_info().currsize == 1
    assert chinese_person._jieba.cache_info().currsize == 1


def test_warm_up_builds_the_e_mail_domain_check(detector, monkeypatch):
    monkeypatch.setattr(email._OFFLINE_DOMAINS, "_extractor", None)
    detector.warm_up()
    assert email._OFFLINE_DOMAINS._extractor is not None


def test_detection_is_the_same_after_warm_up(detector):
    text = "환자 김민준 님, 보호자 이서연 씨 동반 내원. 患者张力，电话13812345678。"
    before = detector.detect(text)
    detector.warm_up()
    assert detector.detect(text) == before
    assert "PERSON" in {entity.type for entity in before}


def test_warm_up_compiles_every_presidio_pattern():
    """Presidio compiles a PatternRecognizer's patterns on first use; ours (SpanPatternRecognizer) when built."""
    detector = Detector.from_config()
    detector.warm_up()
    presidio_patterns = [
        pattern
        for recognizers in detector._recognizers.values()
        for recognizer, _ in recognizers
        if not isinstance(recognizer, SpanPatternRecognizer)
        for pattern in getattr(recognizer, "patterns", ())
    ]
    assert presidio_patterns
    assert all(pattern.compiled_regex is not None for pattern in presidio_patterns)
