"""E-mail addresses: Presidio's recognizer, with its domain check kept offline."""

from __future__ import annotations

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

# Presidio's check calls tldextract.extract, which downloads the Public Suffix List on first use;
# the snapshot bundled with tldextract is enough, and workers may have no network at all.
_OFFLINE_DOMAINS = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class EmailAddressRecognizer(EmailRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        return _OFFLINE_DOMAINS(pattern_text).fqdn != ""
