"""Presidio's IP-address and SSN recognizers run by our span loop find what Presidio's own loop finds."""

import pytest
from presidio_analyzer.predefined_recognizers import IpRecognizer, UsSsnRecognizer

from emr_deid.recognizers.en.presidio_builtin import IpAddressRecognizer, UsSocialSecurityNumberRecognizer

TEXTS = [
    "Remote access from 192.168.10.24 and 10.0.0.1; gateway fe80::1ff:fe23:4567:890a.",
    "IP 256.1.1.1 is no address, nor is 1.2.3; server ::1 answered.",
    "SSN 078-05-1121, SSN: 219 09 9999, ssn 123-45-6789 (a sample), 666-12-3456, 219-09-99999.",
    "Patient SSN is 536.22.8726; contact 555-123-4567.",
]


def _spans(recognizer, text, entity):
    return sorted((r.start, r.end, r.score) for r in recognizer.analyze(text, [entity]) if r.score > 0)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    ("ours", "presidio", "entity"),
    [(IpAddressRecognizer, IpRecognizer, "IP_ADDRESS"), (UsSocialSecurityNumberRecognizer, UsSsnRecognizer, "US_SSN")],
)
def test_same_spans_and_scores_as_presidio(text, ours, presidio, entity):
    assert _spans(ours(), text, entity) == _spans(presidio(), text, entity)


def test_they_find_what_they_should():
    text = TEXTS[0] + " " + TEXTS[3]
    found = sorted(IpAddressRecognizer().analyze(text, ["IP_ADDRESS"]), key=lambda r: r.start)
    assert [text[r.start : r.end] for r in found][:2] == [
        "192.168.10.24",
        "10.0.0.1",
    ]
    assert [text[r.start : r.end] for r in UsSocialSecurityNumberRecognizer().analyze(text, ["US_SSN"])] == [
        "536.22.8726"
    ]
