"""Web addresses: Presidio's URL patterns, with the scheme-less one anchored for speed, run by our span loop."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import UrlRecognizer

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en.base import EnglishPatternRecognizer
from emr_deid.recognizers.en.presidio_builtin import PRESIDIO_FLAGS

# Presidio's scheme-less pattern tries a 253-character domain run at every position of the text;
# starting it only where a word begins and a dot follows within the word keeps its matches and
# makes it several times cheaper on prose. It must also end where the word ends ("pt.Denies" is no URL).
_DOMAIN_AHEAD = r"(?i)\b(?<![@.\-])(?=[a-z0-9\-]+\.[a-z0-9])"


class WebAddressRecognizer(EnglishPatternRecognizer):
    PATTERNS = [
        *(pattern for pattern in UrlRecognizer.PATTERNS if pattern.name != "Non schema URL"),
        Pattern("Non schema URL", _DOMAIN_AHEAD + UrlRecognizer.BASE_URL_REGEX + r"(?![\w\-])", 0.5),
    ]
    CONTEXT = UrlRecognizer.CONTEXT
    REGEX_FLAGS = PRESIDIO_FLAGS
    ENTITY = "URL"
