"""Korean National Health Insurance (건강보험) and medical-aid (의료급여) card numbers."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko.base import (
    LABEL_OR_CELL_GAP,
    after_context,
    with_spaced_labels,
)
from emr_deid.recognizers.ko.medical_record import ID_VALUE
from emr_deid.schemas.entity import EntityType


class KoreanHealthInsuranceRecognizer(SpanPatternRecognizer):
    """The insurance number after its label (건강보험증번호, 보험증번호, 증번호, 의료급여번호 ...).

    요양기관기호 is left alone on purpose: it is the hospital's billing code with the insurer, printed on
    every claim of every patient there, so it identifies the institution and not the patient."""

    CONTEXT = [
        "건강보험증번호",
        "건강보험증 번호",
        "건강보험번호",
        "건강보험 번호",
        "보험증번호",
        "보험증 번호",
        "보험번호",
        "증번호",
        "건보번호",
        "의료보험번호",
        "의료급여번호",
        "의료급여 번호",
        "피보험자번호",
        "가입자번호",
        "건강보험카드번호",
        # The insurer's eligibility record (자격) carries the same number: "건강보험 자격번호".
        "건강보험자격번호",
        "건강보험 자격번호",
        "보험자격번호",
        "의료급여증번호",
        "의료급여증",
        "수급권자번호",
        "수급자번호",
        "보훈번호",
        "국가유공자번호",
        "사업장관리번호",
        "건강보험증",
        "건강보험",
        "의료급여",
        "보험증",
        "국민건강보험공단",
        "보험",  # "보험: 12345678901", "보험 No. 1-2345678901"; "보험 청구", "보험 2종" have no number after them
        # Short forms charts use: 건보 (건강보험), 의보 (의료보험), the insured (피보험자) and medical-aid
        # recipients (수급권자, 수급자).
        "건보",
        "의보",
        "피보험자",
        "수급권자",
        "수급자",
        "NHI",
        "NHIS",
        "NHI No",
        "NHIS No",
        "insurance no",
        "Insurance No",
        "Insurance ID",
        "Insurance card",
        "Insurance",
    ]
    # "건강보험" alone is also the scheme ("건강보험 2024년 적용"), so a year or count after it is no number.
    PATTERNS = [
        Pattern(
            "insurance number after its label",
            after_context(with_spaced_labels(CONTEXT), ID_VALUE, gap=LABEL_OR_CELL_GAP, ignore_case=True)
            + r"(?!년|월|일|세|회|건|원|명|개|%)",
            0.85,
        ),
    ]

    ENTITY = EntityType.HEALTH_INSURANCE_NUMBER.value
    LANGUAGE = "ko"
