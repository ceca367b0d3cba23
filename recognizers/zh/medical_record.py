"""Chinese hospital patient identifiers: 住院号, 门诊号, 病案号, 病历号 and the like."""

from __future__ import annotations

from presidio_analyzer import Pattern

from emr_deid.recognizers.ko.base import SpanPatternRecognizer, after_context
from emr_deid.recognizers.ko.medical_record import ID_VALUE
from emr_deid.schemas.entity import EntityType


class ChineseMedicalRecordNumberRecognizer(SpanPatternRecognizer):
    """A record number only after its label: bare digit runs are more often values or dates."""

    CONTEXT = [
        "住院号",
        "门诊号",
        "病案号",
        "病历号",
        "登记号",
        "就诊号",
        "就诊卡号",
        "诊疗卡号",
        "ID号",
        "患者ID",
        "病人ID",
        "档案号",
        "影像号",
        "检查号",
        "放射号",
        "病理号",
        "标本号",
        "急诊号",
        "住院编号",
        "门诊编号",
        "MRN",
    ]
    PATTERNS = [Pattern("record number after its label", after_context(CONTEXT, ID_VALUE), 0.85)]

    def __init__(
        self,
        supported_language: str = "zh",
        supported_entity: str = EntityType.MEDICAL_RECORD_NUMBER.value,
        **kwargs,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or self.PATTERNS,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
