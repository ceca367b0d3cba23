"""Other identifiers in Chinese notes (EntityType.ID): exam, specimen and accession numbers, bills,
accounts, devices, staff numbers, certificates, vehicle plates and messaging accounts, each after its
own label."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer, after_label
from emr_deid.recognizers.zh.medical_record import LABELLED_ID_VALUE
from emr_deid.schemas.entity import EntityType

_PLATE = "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z][·• ]?[A-Z0-9]{5,6}"
_ACCOUNT = r"(?:[A-Za-z][A-Za-z0-9_\-]{5,19}|\d{5,12})(?![A-Za-z0-9_\-])"


class ChineseOtherIdentifierRecognizer(ChinesePatternRecognizer):
    """Numbers that identify an exam, a specimen, a bill, an account or a device rather than the
    patient's record: they are PHI (they lead back to the patient) but not medical record numbers.
    Only after a label: a bare digit run is more often a value or a date."""

    CONTEXT = [
        # imaging, pathology and laboratory
        "检查号",
        "检查单号",
        "检查编号",
        "影像号",
        "影像编号",
        "放射号",
        "放射编号",
        "CT号",
        "MR号",
        "病理号",
        "病理编号",
        "冰冻号",
        "标本号",
        "标本编号",
        "样本号",
        "样本编号",
        "检验号",
        "检验单号",
        "检验编号",
        "条码号",
        "条形码",
        "检验条码",
        "标本条码",
        "条码",
        "申请单号",
        "报告单号",
        "报告编号",
        "报告号",
        "医嘱号",
        "处方号",
        "处方编号",
        "体检号",
        "体检编号",
        # visits, bills and accounts
        "流水号",
        "挂号单号",
        "挂号号",
        "预约号",
        "发票号",
        "发票号码",
        "收据号",
        "票据号",
        "交易号",
        "订单号",
        "银行账号",
        "银行卡号",
        "账号",
        "账户",
        # devices and implants
        "设备号",
        "设备编号",
        "序列号",
        "器械编号",
        "植入物编号",
        "起搏器编号",
        # people and certificates
        "工号",
        "员工号",
        "职工号",
        "执业证号",
        "执业证书编号",
        "医师资格证号",
        "出生医学证明编号",
        "出生证编号",
        "出生证号",
        "死亡证明编号",
        "献血证号",
        "接种证号",
        "预防接种证号",
        "Accession No",
        "Accession",
    ]
    PLATE_LABELS = ["车牌号码", "车牌号", "车牌"]
    ACCOUNT_LABELS = ["微信号", "微信", "QQ号码", "QQ号", "QQ", "支付宝账号", "支付宝"]
    PATTERNS = [
        Pattern("identifier after its label", after_label(CONTEXT, LABELLED_ID_VALUE), 0.8),
        # 京A12345, 粤B·D12345 (new-energy plates have six characters after the letter)
        Pattern("vehicle plate after its label", after_label(PLATE_LABELS, _PLATE) + r"(?![A-Za-z0-9])", 0.8),
        Pattern("messaging account after its label", after_label(ACCOUNT_LABELS, _ACCOUNT), 0.8),
    ]

    ENTITY = EntityType.ID.value
    LANGUAGE = "zh"
