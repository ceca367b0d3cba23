"""WebAddressRecognizer: URLs with and without a scheme, but not abbreviations glued to words."""

from __future__ import annotations

from emr_deid.recognizers.en.url import WebAddressRecognizer

RECOGNIZER = WebAddressRecognizer()


def found(text: str) -> list[str]:
    return sorted(text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["URL"]))


def test_urls():
    text = "portal https://mychart.example.org/p?id=1 and www.example.com/x or clinic.kr"
    assert found(text) == ["clinic.kr", "https://mychart.example.org/p?id=1", "www.example.com/x"]


def test_abbreviations_are_not_urls():
    assert found("pt.Denies pain, b.i.d. dosing, q.d.") == []
