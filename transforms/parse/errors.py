"""The one exception the parsers raise for bad input; `parse_message` turns it into a dead letter."""

from __future__ import annotations


class ParseFailure(Exception):
    """Bad input: `error_class` is a stable name for metrics, `reason` a human message without PHI."""

    def __init__(self, error_class: str, reason: str):
        super().__init__(f"{error_class}: {reason}")
        self.error_class = error_class
        self.reason = reason
