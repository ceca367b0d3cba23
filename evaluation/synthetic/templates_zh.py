"""Chinese note families, in the register of mainland EMRs (病程记录, 出院小结, 护理记录 ...).

Development families; the held-out ones live in heldout/.
"""

from emr_deid.evaluation.synthetic.families import family

FAMILIES = (
    family(
        "zh",
        "progress",
        "daily",
        "dev",
        """
{date:exam} 09:30 病程记录
患者{name}，{sex}，{age}岁，住院号：{mrn}。
今日查房，患者诉胸闷较前好转，夜间睡眠可。查体：{vitals}。
? 辅助检查：{lab}，{lab:2}。
{doctor_family:a}主任医师查房后指示：继续{drug}治疗，注意监测血压。
记录者：{doctor:b}
""",
    ),
    family(
        "zh",
        "progress",
        "senior",
        "dev",
        """
{sdate:exam} {doctor:a}副主任医师查房记录
{name}患者入院第3天，仍有咳嗽咳痰，{lab}。
分析：考虑社区获得性肺炎，既往{eponym}病史。
处理：予{drug}抗感染，{drug:2}。
家属{kin:a}（患者之子）表示理解，签字同意。
""",
    ),
    family(
        "zh",
        "admission",
        "record",
        "dev",
        """
入院记录
姓名：{name}    性别：{sex}    年龄：{age}岁
民族：汉族    婚姻：已婚    出生地：{location:birth}    职业：退休
身份证号：{natid}
? 护照号：{passport}
住址：{address}
联系电话：{phone}
入院日期：{date:adm}    科室：{dept}
病史陈述者：患者本人及其女儿{kin:a}
主诉：反复上腹痛5年，加重3天。
现病史：患者5年前于{hospital:prev}诊断为“慢性胃炎”，规律服用{drug}。{sdate:onset}起腹痛加重。
? 既往史：否认{eponym}病史，否认肝炎、结核等传染病史。
""",
    ),
    family(
        "zh",
        "discharge",
        "summary",
        "dev",
        """
出院小结
患者姓名：{name}  住院号：{mrn}  入院时间：{date:adm}  出院时间：{date:dc}
入院诊断：2型糖尿病（{icd}）
诊疗经过：入院后予{drug}降糖，{lab}。
出院医嘱：1. {drug:2}；2. {sdate:fu}于{dept}门诊复诊；3. 不适随诊，电话{tel:ward}。
主治医师：{doctor:a}
""",
    ),
    family(
        "zh",
        "nursing",
        "record",
        "dev",
        """
护理记录 {date:exam} 14:00
患者{name}，神志清，精神可，{vitals}。
遵医嘱予{drug}静滴，无不良反应。
? 家属{kin:a}陪护，联系方式{mobile:k}。
已告知防跌倒注意事项。护士：{doctor:n}
""",
    ),
    family(
        "zh",
        "consult",
        "record",
        "dev",
        """
会诊记录
申请科室：{dept}  会诊时间：{date:exam}
患者{name}，{age}岁，因“{eponym}”入院。现出现双下肢水肿，请肾内科会诊。
会诊意见：{lab}，建议加用{drug}，一周后复查。
会诊医师：{doctor:b}（{hospital:self}肾内科）
""",
    ),
    family(
        "zh",
        "radiology",
        "report",
        "dev",
        """
检查报告单
检查号：{accession}  门诊号：{mrn}
姓名：{name}  性别：{sex}  年龄：{age}岁
检查日期：{date:exam}
检查所见：肝脏大小形态正常，胆囊壁毛糙，胰腺、脾脏未见明显异常。
诊断意见：胆囊炎可能。
报告医师：{doctor:r}  审核医师：{doctor:q}
""",
    ),
    family(
        "zh",
        "outpatient",
        "std",
        "dev",
        """
门诊病历 {date:exam}
{name}，{sex}，{age}岁。主诉：外阴不适一周。
查体及化验提示{std}，予{drug}治疗。建议性伴侣同时检查。
嘱{sdate:fu}复诊。医保卡号：{insurance}
? 检验报告已发送至患者邮箱{email}。
""",
    ),
    family(
        "zh",
        "obstetric",
        "prenatal",
        "dev",
        """
产科门诊记录
{name}，{age}岁，{preg}，末次月经{date:lmp}，预产期{date:edc}。
丈夫{kin:a}陪同就诊。胎心145次/分，{vitals}。
已嘱{family}{title}注意胎动。下次产检：{sdate:fu}。电话：{phone}
? 孕妇学校课程链接：{url}
""",
    ),
    family(
        "zh",
        "referral",
        "letter",
        "dev",
        """
转诊单
{hospital:to}：
兹有我院患者{name}（身份证号{natid}），{family}{title}因{eponym}需进一步诊治，特转至贵院{dept}。
? 港澳通行证：{permit}
现住址：{address}  邮编：{postcode}
联系人：{kin:a}，电话{mobile:k}
{hospital:from}  {doctor:a}
{date:report}
""",
    ),
    family(
        "zh",
        "progress",
        "pediatric",
        "dev",
        """
{date:exam} 儿科病程记录
患儿{name}，{sex}，{age}岁，因“发热3天”入院。今日体温高峰38.5℃，精神反应可。
患儿母亲{kin:a}诉进食尚可，无呕吐腹泻。白细胞及中性粒细胞比例升高，考虑细菌感染。
注意排除{eponym}，必要时复查心脏彩超。上级医师{doctor_family:a}主任同意目前治疗。
""",
        cohort="child",
    ),
    family(
        "zh",
        "nursing",
        "admission",
        "dev",
        """
入院护理评估单
姓名：{name}  床号：23  住院号：{mrn}  入院时间：{date:adm} 10:20
入院方式：轮椅  过敏史：青霉素过敏
既往史：高血压10年，胆结石术后，长期服用{drug}。
陪护人：{kin:a}（配偶），电话：{mobile:k}
家庭住址：{address}
评估护士：{doctor:n}
""",
    ),
    family(
        "zh",
        "discharge",
        "brief",
        "dev",
        """
出院记录：{name}于{date:adm}入院，{date:dc}出院，共住院10天。
出院诊断：1.{eponym}；2.高钾血症；3.金黄色葡萄球菌肺炎。
出院带药：{drug}，{drug:2}。术后第2周门诊复查，{hospital:self}{dept}门诊电话{tel:clinic}。
""",
    ),
    family(
        "zh",
        "radiology",
        "ct",
        "dev",
        """
CT检查报告
影像号：{accession}  姓名：{name}  年龄：{age}岁  科别：{dept}
检查部位：胸部平扫  检查时间：{date:exam}
影像所见：右肺上叶见磨玻璃结节，大小约8mm×6mm，边界清。纵隔内未见肿大淋巴结。
印象：右肺上叶磨玻璃结节，建议3个月后复查（与{date:prev}外院片比较无明显变化）。
诊断医师：{doctor:r}
""",
    ),
)
