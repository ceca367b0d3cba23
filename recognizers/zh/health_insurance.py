"""Chinese social and medical insurance numbers (医保卡号, 社保卡号, 医疗保险号)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from emr_deid.recognizers.ko.base import after_context
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer
from emr_deid.recognizers.zh.medical_record import LABELLED_ID_VALUE
from emr_deid.schemas.entity import EntityType


class ChineseHealthInsuranceRecognizer(ChinesePatternRecognizer):
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
        "社会保障号",
        "社保卡号码",
        "社保号码",
        "医保号码",
        "医保卡号码",
        "医保电脑号",
        "社保电脑号",
        "电脑号",
        "医保证号",
        "医疗保险证号",
        "医保手册号",
        "居民医保卡号",
        "职工医保卡号",
        "医疗保险个人编号",
        "参保人员编号",
        "参保编号",
        "社会保障卡号",
        "医疗保险号",
        "医疗保险卡号",
        "医疗保险编号",
        "新农合号",
        "新农合卡号",
        "新农合证号",
        "新农合证",
        "合作医疗证号",
        "医保个人编号",
        "医保账号",
        "医保卡卡号",
        "参保号",
        "参保人编号",
        "个人编号",
        "农合号",
        "合作医疗号",
        "医疗证号",
        "公费医疗证号",
        "保险卡号",
        "保险单号",
        "保单号",
    ]
    PATTERNS = [Pattern("insurance number after its label", after_context(CONTEXT, LABELLED_ID_VALUE), 0.85)]

    ENTITY = EntityType.HEALTH_INSURANCE_NUMBER.value
    LANGUAGE = "zh"
