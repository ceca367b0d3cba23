"""E-mail addresses: Presidio's patterns run by our span loop, with its domain check kept offline."""

from __future__ import annotations

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en.base import EnglishPatternRecognizer
from emr_deid.recognizers.en.presidio_builtin import PRESIDIO_FLAGS

# Presidio's check calls tldextract.extract, which downloads the Public Suffix List on first use;
# the snapshot bundled with tldextract is enough, and workers may have no network at all.
_OFFLINE_DOMAINS = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class EmailAddressRecognizer(EnglishPatternRecognizer):
    # ASCII word rules: with Unicode ones the Korean particle of "hong@gmail.com로" joins the domain
    # ("com로"), which then fails the domain check, and the address is lost.
    PATTERNS = [Pattern(pattern.name, "(?a)" + pattern.regex, pattern.score) for pattern in EmailRecognizer.PATTERNS]
    CONTEXT = EmailRecognizer.CONTEXT
    REGEX_FLAGS = PRESIDIO_FLAGS
    ENTITY = "EMAIL_ADDRESS"

    def warm_up(self) -> None:
        """Builds the suffix trie now (a quarter of a second), not for the first address of each process."""
        super().warm_up()
        _OFFLINE_DOMAINS("warm-up.example.com")

    def validate_result(self, pattern_text: str) -> bool:
        return _OFFLINE_DOMAINS(pattern_text).fqdn != ""
