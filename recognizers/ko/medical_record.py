"""Korean hospital patient identifiers: 등록번호, 병록번호, 환자번호 and the like."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko import gazetteer
from emr_deid.recognizers.ko.base import (
    MIXED_LABEL_GAP,
    TABLE_CELL_GAP,
    after_context,
    alternation,
    with_spaced_labels,
)
from emr_deid.schemas.entity import EntityType

# 5-12 characters, digits with optional letters and hyphens: 12345678, H-2024-00123, A1234567.
ID_VALUE = r"(?=[A-Za-z\-]*\d)[A-Za-z]{0,3}-?\d[\dA-Za-z\-]{3,14}(?<!-)(?![A-Za-z0-9-])"


# Sex and age as a banner prints them: "(M/45)", "45/M", "45세 여", "남/45세", "45세 남성".
_SEX = r"(?:[MF]|[남여](?:성|자)?)"
_DEMOGRAPHICS = rf"(?<![\w/])(?:\d{{1,3}}[ \t]?세?[ \t]?/?[ \t]?{_SEX}|{_SEX}[ \t]?/[ \t]?\d{{1,3}}세?)(?![\w/])"

# A banner's admission date may be printed compactly too: 20240305 is a date, not a record number.
_COMPACT_DATE = r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"


class KoreanMedicalRecordNumberRecognizer(SpanPatternRecognizer):
    """A record number only where a record-number word introduces it: bare digit runs in a note are
    far more often lab values, doses or dates."""

    CONTEXT = [
        "등록번호",
        "병록번호",
        "환자번호",
        "환자ID",
        "환자 ID",
        "차트번호",
        "챠트번호",
        "의무기록번호",
        "진료번호",
        "진료카드번호",
        "외래번호",
        "입원번호",
        "병원번호",
        "원무번호",
        "병원ID",
        "병원 ID",
        "진찰권번호",
        "환자고유번호",
        "환자식별번호",
        "환자 식별번호",
        "수진자번호",
        "EMR번호",
        "EMR No",
        "MRN",
        "MR No",
        "MR#",
        "Chart No",
        "chart no",
        "Patient ID",
        "Pt ID",
        "Pt. ID",
        "Hospital No",
        "Hosp No",
        "Hosp #",
        "Reg No",
        "Reg. No",
        "Reg.",
    ]
    SHORT_LABELS = [
        word + separator + suffix
        for word in ("등록", "병록", "환자", "차트", "챠트", "진료", "수진자")
        for separator in ("", " ")
        for suffix in ("#", "No", "ID", "코드")
    ] + ["차트:", "챠트:", "차트 :", "챠트 :"]
    # 주민등록번호 and 외국인등록번호 end in 등록번호 too: those are resident numbers, not record numbers.
    PATTERNS = [
        Pattern(
            "record number after its label",
            r"(?<!주민)(?<!외국인)(?<![A-Za-z])"
            + after_context(with_spaced_labels(CONTEXT), ID_VALUE, gap=MIXED_LABEL_GAP, ignore_case=True),
            0.85,
        ),
        Pattern(
            "record number in the cell after its label",
            r"(?<!주민)(?<!외국인)(?<![A-Za-z])"
            + after_context(with_spaced_labels(CONTEXT + SHORT_LABELS), ID_VALUE, gap=TABLE_CELL_GAP, ignore_case=True),
            0.85,
        ),
        # A record word with a short suffix instead of 번호: "등록No: 12345678", "환자 #12345678", "환자코드 12345678",
        # "진료ID 12345678", "차트: 12345678".
        Pattern(
            "number after a record word and a short suffix",
            r"(?<![가-힣A-Za-z])" + after_context(SHORT_LABELS, ID_VALUE, gap=MIXED_LABEL_GAP, ignore_case=True),
            0.85,
        ),
        # The patient's banner line, with sex and age, carries the record number under a short label or none:
        # "김민준 (M/45) ID 12345678", "Pt info: 김민준 45/M #12345678", "Pt. 김민준 (45/M) 12345678".
        Pattern(
            "number on the banner line with the patient's demographics",
            rf"^(?=[^\n]*{_DEMOGRAPHICS})[^\n]*?(?<![\w.:/-])"
            r"(?:(?:Hosp\.?[ \t]?|병원[ \t]?|Unit[ \t]?)?(?:ID|No\.?)[ \t]?[:#]?[ \t]?|#[ \t]?)?"
            rf"(?!{_COMPACT_DATE})(?P<phi>\d{{6,12}})(?![\w/.:-])",
            0.6,
        ),
        # "ID: 12345678" heading a chart is the patient's; "검체 ID", "Device ID" are other numbers.
        Pattern(
            "number after a bare ID label",
            r"(?<![가-힣A-Za-z] )(?<![\w-])ID[ \t]?[:：][ \t]?(?P<phi>\d{6,12})(?!\d)",
            0.8,
        ),
        # "ID" alone names the patient's number where it is bracketed after the patient: "김민준 님 (ID 12345678)".
        Pattern(
            "bracketed ID after the patient",
            r"(?:님|씨|환자|환아)[ \t]?[(\[][ \t]?ID[ \t]?[:：#]?[ \t]?(?P<phi>\d{6,12})[ \t]?[)\]]",
            0.8,
        ),
        # Fields a banner separates with slashes or bars: "Bed 12 / 김민준 / 12345678", "김민준 | 12345678 | 내과".
        Pattern(
            "number after a name between field separators",
            rf"(?:^|[/|])[ \t]*(?:{alternation(gazetteer.surname_shares())})[가-힣]{{1,3}}[ \t]*[/|][ \t]*"
            rf"(?!{_COMPACT_DATE})(?P<phi>\d{{6,10}})[ \t]*(?=[/|]|$)",
            0.7,
        ),
        # A chart header writes the number after the patient's name and demographics, with # or a slash:
        # "김민준(45/M) #12345678", "Pt: 김민준 / 12345678".
        Pattern("number after demographics", r"[MF남여]\)[ \t]*#[ \t]?(?P<phi>\d{6,10})(?!\d)", 0.8),
        Pattern(
            "number after the patient's name",
            r"(?<![A-Za-z])(?:Pt|Patient|환자|환자명|성명|Name)[ \t]?[:：.][ \t]?[가-힣]{2,4}"
            r"[ \t]?/[ \t]?(?P<phi>\d{6,10})(?!\d)",
            0.8,
        ),
    ]

    ENTITY = EntityType.MEDICAL_RECORD_NUMBER.value
    LANGUAGE = "ko"
