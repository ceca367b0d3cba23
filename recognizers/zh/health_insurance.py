"""Chinese social and medical insurance numbers (医保卡号, 社保卡号, 医疗保险号)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from emr_deid.recognizers.ko.base import SpanPatternRecognizer, after_context
from emr_deid.recognizers.ko.medical_record import ID_VALUE
from emr_deid.schemas.entity import EntityType


class ChineseHealthInsuranceRecognizer(SpanPatternRecognizer):
    """The insurance number after its label; a 社会保障号码 that is a resident ID is also reported by
    the resident-ID recognizer, with a higher score."""

    CONTEXT = [
        "医保卡号",
        "医保号",
        "医保卡",
        "医保编号",
        "社保卡号",
        "社保号",
        "社保卡",
        "社会保障号码",
        "社会保障卡号",
        "医疗保险号",
        "医疗保险卡号",
        "医疗保险编号",
        "新农合号",
        "新农合卡号",
        "合作医疗证号",
        "参保号",
        "个人编号",
    ]
    PATTERNS = [Pattern("insurance number after its label", after_context(CONTEXT, ID_VALUE), 0.85)]

    def __init__(
        self,
        supported_language: str = "zh",
        supported_entity: str = EntityType.HEALTH_INSURANCE_NUMBER.value,
        **kwargs,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or self.PATTERNS,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
