"""EmailAddressRecognizer: Presidio's e-mail patterns with an offline domain check."""

from __future__ import annotations

import socket

from emr_deid.recognizers.en.email import EmailAddressRecognizer


def test_finds_addresses_and_rejects_unknown_top_level_domains(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the domain check must not use the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    text = "mail jane.doe@example.com or nobody@host.notatld"
    results = EmailAddressRecognizer().analyze(text, ["EMAIL_ADDRESS"])
    assert [text[r.start : r.end] for r in results if r.score >= 0.5] == ["jane.doe@example.com"]


def test_particles_and_punctuation_after_an_address_stay_outside_it():
    text = "결과 문의는 jisu.kim07@gmail.com로 회신, 邮箱：wang.li@163.com。 or j.doe@mgh.org."
    results = EmailAddressRecognizer().analyze(text, ["EMAIL_ADDRESS"])
    assert [text[r.start : r.end] for r in results] == ["jisu.kim07@gmail.com", "wang.li@163.com", "j.doe@mgh.org"]
