"""Other identifiers in Korean notes: accession, specimen, order, visit, account and device numbers."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko.base import (
    LABEL_OR_CELL_GAP,
    after_context,
    with_spaced_labels,
)
from emr_deid.recognizers.ko.medical_record import ID_VALUE
from emr_deid.schemas.entity import EntityType


class KoreanIdentifierRecognizer(SpanPatternRecognizer):
    """An identifier after its label (검사번호: CT12345678, Acc# RA1234567890, 검체번호 S123456): numbers
    that name an exam, a specimen, an order, an encounter or an account, not the patient (those are
    record numbers) and not their insurance."""

    CONTEXT = [
        "검사번호",
        "검체번호",
        "접수번호",
        "처방번호",
        "오더번호",
        "촬영번호",
        "판독번호",
        "영상번호",
        "병리번호",
        "조직번호",
        "슬라이드번호",
        "바코드",
        "내원번호",
        "방문번호",
        "수납번호",
        "영수증번호",
        "계좌번호",
        "청구번호",
        "기기번호",
        "장비번호",
        "일련번호",
        "시리얼번호",
        "의뢰번호",
        "동의서번호",
        "연번호",
        "발급번호",
        "발행번호",
        "교부번호",
        "Acc",
        "Accession",
        "Accession No",
        "Specimen",
        "Specimen ID",
        "Sample ID",
        "Order No",
        "Order ID",
        "Visit No",
        "Visit ID",
        "Encounter",
        "Encounter ID",
        "Episode",
        "Episode ID",
        "Account",
        "Account No",
        "Device ID",
        "Serial No",
        "S/N",
        "Lab No",
        "Case No",
    ]
    PATTERNS = [
        Pattern(
            "identifier after its label",
            r"(?<![A-Za-z가-힣])"
            + after_context(with_spaced_labels(CONTEXT), ID_VALUE, gap=LABEL_OR_CELL_GAP, ignore_case=True),
            0.8,
        ),
    ]

    ENTITY = EntityType.ID.value
    LANGUAGE = "ko"
