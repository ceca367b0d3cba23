"""Presidio's own IP-address and US SSN recognizers, run by our span loop.

Their patterns, context words and checks are Presidio's, taken from its classes; only the loop that runs
them is ours (`SpanPatternRecognizer`: patterns compiled once, no per-pattern timer, log line or
timeout), with the flags and the `regex` module Presidio compiles them with, so they find the same spans
with the same scores at a fraction of the cost.
"""

from __future__ import annotations

import regex
from presidio_analyzer.predefined_recognizers import IpRecognizer, UsSsnRecognizer

from emr_deid.recognizers.en.base import EnglishPatternRecognizer
from emr_deid.schemas.entity import EntityType

PRESIDIO_FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE  # PatternRecognizer's default


class IpAddressRecognizer(EnglishPatternRecognizer):
    PATTERNS = IpRecognizer.PATTERNS
    CONTEXT = IpRecognizer.CONTEXT
    REGEX_FLAGS = PRESIDIO_FLAGS
    ENTITY = EntityType.IP_ADDRESS.value
    invalidate_result = IpRecognizer.invalidate_result


class UsSocialSecurityNumberRecognizer(EnglishPatternRecognizer):
    PATTERNS = UsSsnRecognizer.PATTERNS
    CONTEXT = UsSsnRecognizer.CONTEXT
    REGEX_FLAGS = PRESIDIO_FLAGS
    ENTITY = EntityType.US_SSN.value
    invalidate_result = UsSsnRecognizer.invalidate_result
