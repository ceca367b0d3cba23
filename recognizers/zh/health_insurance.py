"""Chinese social and medical insurance numbers (医保卡号, 社保卡号, 医疗保险号)."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.ko.base import alternation
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer, after_label
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
        "保单号码",
        "保险号",
        "保险号码",
        "参保卡号",
        "社会保险卡号",
        "社会保险号",
        "健康卡号",
        "居民健康卡号",
        "医保个人账户号",
        "医保卡编号",
        "医疗保险卡",
        "医疗保险手册号",
        "医保电子凭证",
        "医保电子凭证号",
        "医疗证编号",
        "社保编号",
        "保险卡",
        "商保卡号",
    ]
    # What names the scheme, when the number's own label is generic: "医保：A12345678", "医保类型：城镇职工
    # 卡号：A12345678", "城镇职工基本医疗保险（卡号123456789012）".
    SCHEME_WORDS = ["医保", "社保", "参保", "新农合", "农合", "合作医疗", "医疗保险", "社会保险", "商业保险", "商保"]
    # Not 编码: "医保编码" is as often a drug's or a service's code in the insurer's catalogue.
    CARD_LABELS = ["卡号", "卡号码", "证号", "个人编号", "账户号", "帐户号", "编号", "号码", "ID", "识别码", "识别号",
                   "凭证号", "手册号"]  # fmt: skip
    PATTERNS = [
        Pattern("insurance number after its label", after_label(CONTEXT, LABELLED_ID_VALUE), 0.85),
        # Below a number's own label (0.85 for record numbers) and above a generic ID label (0.8).
        Pattern(
            "number after a card label in an insurance clause",
            alternation(SCHEME_WORDS) + r"[^\n。；;，,]{0,16}?(?<!银行)" + after_label(CARD_LABELS, LABELLED_ID_VALUE),
            0.82,
        ),
        # The scheme word alone as the label ("医保：", "医保信息：") takes only a card-length number:
        # "医保：2000元" is an amount.
        Pattern(
            "card-length number after the scheme word",
            after_label(
                SCHEME_WORDS + [word + "信息" for word in SCHEME_WORDS],
                r"(?=[\dA-Za-z][\dA-Za-z \-]{7})" + LABELLED_ID_VALUE,
            ),
            0.82,
        ),
    ]

    ENTITY = EntityType.HEALTH_INSURANCE_NUMBER.value
    LANGUAGE = "zh"
