"""Medical record numbers: only after a label, since a bare number may be anything."""

from __future__ import annotations

import re

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer

_LABEL = (
    r"(?:MRN|MR\s?#|MR\s?No\.?|Med(?:ical)?\.?\s*Rec(?:ord)?s?\.?\s*(?:No\.?|Number|#)?|Chart\s*(?:No\.?|Number|#)"
    r"|Hosp(?:ital)?\.?\s*(?:No\.?|Number|#|ID)|Unit\s*(?:No\.?|Number)|Patient\s*(?:ID|No\.?|Number|#)"
    r"|Pt\.?\s*(?:ID|No\.?|#)|MR\s?Number|EMPI|PID|EMR\s*(?:ID|No\.?|Number|#)|Record\s*(?:No\.?|Number|#)"
    r"|Chart(?=\s*:)"
    # a bare "Chart" heading a banner cell, before a number that is not a date: "Sex F | Chart 422-04-23"
    r"|(?:(?<=^)|(?<=\|[ \t])|(?<=[ \t]{2}))Chart(?=[ \t]+[A-Z]{0,3}-?\d)"
    r"(?![ \t]+(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})\b)"
    # Home-health and hospice agencies call their patients clients.
    r"|Client\s*(?:ID|No\.?|Number|#)"
    # "Reg. No." is how Korean hospitals translate 등록번호, the patient's record number.
    r"|Reg(?:istration)?\.?\s*(?:No\.?|Number|#))"
)


class MedicalRecordNumberRecognizer(EnglishPatternRecognizer):
    PATTERNS = [
        Pattern(
            "labelled MRN",
            ASCII_WORDS
            + rf"\b{_LABEL}\s*[:#：]?\s*(?:No\.?|#)?\s*(?:[(\[]\s*)?"  # the value may be in brackets
            + r"\K(?=[A-Z]{0,3}-?\d)[A-Z]{0,3}-?\d(?:[\d-]{3,14}\d)\b",
            0.9,
        ),
        # "Patient: Jane Doe (12345678)": a record number in brackets after the patient's name.
        Pattern(
            "number after the patient's name",
            ASCII_WORDS
            + r"(?i:\b(?:patient|pt)\b\.?:?)[ \t]*[A-Za-z][A-Za-z.,' -]{1,40}\(\K[A-Z]{0,3}-?\d[\d-]{4,12}\d(?=\))",
            0.8,
        ),
        # Korean chart headers: "Pt: 홍길동 / 12345678" and "홍길동(45/M) #12345678".
        Pattern(
            "number after the patient's name and a slash",
            ASCII_WORDS + r"(?i:\b(?:patient|pt)\b\.?:?)[^\n\d/(]{1,40}/[ \t]*\K[A-Z]{0,3}\d{6,12}\b(?![/.-]\d)",
            0.8,
        ),
        # Sign-out and census banners: "J. Macias rm 4012 | 19F | E2871902", "69M / 48401779".
        Pattern(
            "number in a banner cell after age and sex",
            ASCII_WORDS + r"\b\d{1,3}[ ]?(?-i:[MF])\b[ \t]*[|/][ \t]*\K[A-Z]{0,3}-?\d[\d-]{4,12}\d\b(?![/.]\d)",
            0.8,
        ),
        Pattern(
            "number after age/sex in brackets", ASCII_WORDS + r"\(\d{1,3}[ ]?/[^)\n]{1,3}\)[ ]?#[ ]?\K\d{6,12}\b", 0.8
        ),
    ]
    CONTEXT = ["mrn", "medical record", "chart", "record"]
    ENTITY = "MEDICAL_RECORD_NUMBER"
    REGEX_FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE
