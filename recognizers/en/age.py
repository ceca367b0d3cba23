"""Ages over 89 (HIPAA Safe Harbor aggregates them into one "90 or older" category)."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer

_AGE = r"(?:9\d|1[01]\d)"  # 90 to 119


class AgeOver89Recognizer(EnglishPatternRecognizer):
    """The number only ("a 92-year-old" -> "a [AGE_OVER_89]-year-old"), so generalizing keeps the sentence."""

    PATTERNS = [
        Pattern(
            "age followed by a unit",
            ASCII_WORDS
            + rf"\b{_AGE}(?=\s?-?\s?(?:y/o|y\.o\.|yo\b|yrs?\b|years?\b|-year|year-old|y\b|M\b|F\b|세|岁|歲))",
            0.9,
        ),
        Pattern("age after a label", ASCII_WORDS + rf"\b(?:aged?|Age|AGE)[:\s]{{1,3}}\K{_AGE}\b(?![./]\d)", 0.9),
        # A banner's combined field: "Age/Sex: 95/F", "Age/Gender 101/male".
        Pattern(
            "age before the sex in an age/sex field",
            ASCII_WORDS + rf"\b(?i:age)[ ]?/[ ]?(?i:sex|gender)[:\s]{{1,3}}\K{_AGE}(?=[ ]?/[ ]?[A-Za-z])",
            0.9,
        ),
    ]
    CONTEXT = ["age", "aged", "old", "y/o"]
    ENTITY = "AGE_OVER_89"
