"""The base of the English pattern recognizers."""

from __future__ import annotations

import re

import regex

from emr_deid.recognizers.base import SpanPatternRecognizer


class EnglishPatternRecognizer(SpanPatternRecognizer):
    """English patterns run on the `regex` module, which Presidio uses too: they leave labels out of the
    match with `\\K` and use ASCII word rules (`ASCII_WORDS`) inside code-mixed text."""

    LANGUAGE = "en"
    REGEX_FLAGS = re.DOTALL | re.MULTILINE
    compile_regex = staticmethod(regex.compile)
