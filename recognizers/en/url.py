"""Web addresses: Presidio's URL patterns, with the scheme-less one anchored for speed."""

from __future__ import annotations

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import UrlRecognizer

# Presidio's scheme-less pattern tries a 253-character domain run at every position of the text;
# starting it only where a word begins and a dot follows within the word keeps its matches and
# makes it several times cheaper on prose. It must also end where the word ends ("pt.Denies" is no URL).
_DOMAIN_AHEAD = r"(?i)\b(?<![@.\-])(?=[a-z0-9\-]+\.[a-z0-9])"


class WebAddressRecognizer(UrlRecognizer):
    PATTERNS = [
        *(pattern for pattern in UrlRecognizer.PATTERNS if pattern.name != "Non schema URL"),
        Pattern("Non schema URL", _DOMAIN_AHEAD + UrlRecognizer.BASE_URL_REGEX + r"(?![\w\-])", 0.5),
    ]

    def __init__(self, supported_language: str = "en", supported_entity: str = "URL", **kwargs):
        super().__init__(
            patterns=self.PATTERNS, supported_language=supported_language, supported_entity=supported_entity, **kwargs
        )
