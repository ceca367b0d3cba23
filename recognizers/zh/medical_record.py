"""Chinese hospital patient identifiers: 住院号, 门诊号, 病案号, 病历号 and the like."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer, after_label, in_cell_after_label
from emr_deid.schemas.entity import EntityType

# A number after its label: 4 to 22 letters, digits and hyphens with at least one digit (ZY20240012,
# MZ-123456, a 19-digit bank card), or digits in groups of four as printed on cards (1234 5678 9012).
LABELLED_ID_VALUE = (
    r"(?:\d{4}(?: \d{4}){2,3}(?![ ]?\d)"
    r"|(?=[A-Za-z\-]*\d)[A-Za-z]{0,3}-?\d[\dA-Za-z\-]{3,19}(?<!-)(?![A-Za-z0-9-]))"
)


class ChineseMedicalRecordNumberRecognizer(ChinesePatternRecognizer):
    """A number that identifies the patient's record, only after its label: bare digit runs are more
    often values or dates. Exam, specimen and accession numbers are other identifiers (identifier.py)."""

    CONTEXT = [
        "住院号",
        "门诊号",
        "病案号",
        "病案号码",
        "病案编号",
        "病历号",
        "病历编号",
        "登记号",
        "就诊号",
        "就诊卡号",
        "诊疗卡号",
        "门诊卡号",
        "ID号",
        "患者ID",
        "病人ID",
        "患者编号",
        "病人编号",
        "患者号",
        "病人号",
        "档案号",
        "急诊号",
        "留观号",
        "留观编号",
        "门急诊号",
        "健康档案号",
        "健康档案编号",
        "住院编号",
        "门诊编号",
        "住院号码",
        "门诊号码",
        "病历号码",
        "门诊ID",
        "住院ID",
        "就诊ID",
        "患者ID号",
        "病人ID号",
        "病员号",
        "医疗卡号",
        "就诊卡",
        "诊疗卡",
        "MRN",
        "PID",
        "EMPI",
        # a patient's index and identification numbers, and the record's filing numbers
        "患者唯一号",
        "患者唯一标识",
        "患者主索引号",
        "主索引号",
        "患者识别号",
        "病人识别号",
        "患者编码",
        "病人编码",
        "院内ID",
        "院内号",
        "HIS号",
        "HIS ID",
        "病历ID",
        "病案首页号",
        "病案索引号",
        "归档号",
        "病历卡号",
        "就诊编号",
        "诊疗号",
        "门(急)诊号",
        "门（急）诊号",
    ]
    PATTERNS = [
        Pattern("record number after its label", after_label(CONTEXT, LABELLED_ID_VALUE), 0.85),
        # A table row puts the number in the cell after its label's: "| 病历号 | 12345678 |".
        Pattern(
            "record number in the cell after its label",
            in_cell_after_label(CONTEXT, LABELLED_ID_VALUE),
            0.85,
        ),
        # "ID：12345678" heading a chart is the patient's; "标本ID", "设备 ID" are other numbers.
        Pattern(
            "number after a bare ID label", r"(?<![\w-] )(?<![\w-])ID[ \t]?[:：][ \t]?(?P<phi>\d{6,12})(?!\d)", 0.8
        ),
    ]

    ENTITY = EntityType.MEDICAL_RECORD_NUMBER.value
    LANGUAGE = "zh"
