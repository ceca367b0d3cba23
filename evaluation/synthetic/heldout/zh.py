"""Held-out Chinese families: the yardstick of the held-out split (see heldout/__init__)."""

from emr_deid.evaluation.synthetic.families import family

FAMILIES = (
    family(
        "zh",
        "operative",
        "record",
        "heldout",
        """
手术记录
手术日期：{date:op}  患者：{name}  住院号{mrn}
术者：{doctor:a}  一助：{doctor:b}  麻醉：{doctor:c}
手术名称：腹腔镜下阑尾切除术。术中见阑尾充血水肿，出血约10ml。标本送病理（病理号{accession}）。
术后安返病房，向家属{kin:a}交代病情。
""",
    ),
    family(
        "zh",
        "emergency",
        "record",
        "heldout",
        """
急诊病历 {date:adm} 23:10
{age}岁{sex}性，由120自{location:scene}送入。家属代诉：晕厥1次。
{vitals}。既往{eponym}，长期服用{drug}。
患者持港澳通行证{permit}（护照{passport}），医保{insurance}。
请{doctor_family:a}医生会诊。联系人{kin:a} {mobile:k}
""",
    ),
    family(
        "zh",
        "nursing",
        "handover",
        "heldout",
        """
交班：12床{name}，今日{sdate:exam}行{drug}治疗，{lab}。
患者老伴{kin:a}陪护，住{address}（邮编{postcode}），出院后社区随访。
夜班注意观察，有情况通知{doctor_family:a}主任（{tel:ward}）。
""",
    ),
    family(
        "zh",
        "discharge",
        "certificate",
        "heldout",
        """
诊断证明书
兹证明{name}（{sex}，{age}岁，身份证{natid}）于{date:adm}至{date:dc}在我院{dept}住院治疗。
诊断：{eponym}；{icd}
建议休息两周。
{hospital:self}  医师：{doctor:a}
""",
    ),
    family(
        "zh",
        "gynecology",
        "record",
        "heldout",
        """
妇科门诊 {date:exam}
{name}，{age}岁，{preg}，白带增多1周。
病原学检查阳性，诊断{std}，予{drug}治疗，建议丈夫{kin:a}同时就诊。
复诊时间{sdate:fu}，联系电话{phone}。
""",
    ),
    family(
        "zh",
        "consult",
        "remote",
        "heldout",
        """
远程会诊意见 {date:exam}
邀请方：{hospital:from}  会诊专家：{hospital:to} {doctor:b}教授
患者{name}，{age}岁，来自{location:home}，因{eponym}病情加重申请会诊。
专家意见：建议加用{drug}，{sdate:fu}复查{lab}。患者家属{kin:a}（电话{mobile:k}）已知情。会诊报告已发送至{email}，影像资料见{url}。
""",
    ),
    family(
        "zh",
        "lab",
        "critical_value",
        "heldout",
        """
危急值报告记录
报告时间：{date:exam} 16:42  报告人：检验科{doctor:n}（分机{tel:lab}）
患者：{name}  住院号：{mrn}  标本号：{accession}
危急值项目：{lab}
接收医师：{doctor:a}，已通知，处理：予{drug}。
""",
    ),
)
