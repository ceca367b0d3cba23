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
    family(
        "zh",
        "discharge",
        "fullwidth_summary",
        "heldout",
        """
出院小结
姓名：{name}　性别：{sex}　年龄：{age}岁　科室：{dept}　住院号：{mrn}
入院日期：{date:adm}　出院日期：{date:dc}　医保卡号：{insurance}
入院诊断：社区获得性肺炎
出院诊断：1.社区获得性肺炎（{icd}）；2.{eponym}
入院情况：患者因“反复咳嗽、咳痰伴发热3天”于{sdate:adm}经门诊收入我科。入院查体：{vitals}，右下肺可闻及湿啰音。辅助检查：{lab}，胸部CT示右下肺斑片状渗出影。
诊疗经过：入院后完善相关检查，予抗感染、化痰、补液等对症支持治疗，并予{drug}，患者体温逐渐降至正常，咳嗽咳痰明显减轻，复查{lab}较前好转。
出院情况：神志清，精神可，无发热，双肺呼吸音稍粗，未闻及明显干湿啰音。
出院医嘱：1.继续口服{drug}；2.注意休息，避免受凉；3.{sdate:fu}于{hospital:self}呼吸科门诊复诊，不适随诊。
主治医师：{doctor:a}　住院医师：{doctor:b}
? 已向患者家属{kin:a}（{mobile:k}）交代出院注意事项，家属表示理解并签字。
""",
    ),
    family(
        "zh",
        "death",
        "resuscitation_narrative",
        "heldout",
        """
死亡记录
患者{name}，{sex}，{age}岁，{location:home}人，身份证号{natid}。因“胸闷气促3天，加重伴意识模糊1天”于{date:adm}急诊收入我院{dept}。
入院情况：{vitals}，嗜睡，双肺满布湿啰音，双下肢凹陷性水肿。{lab}。既往{eponym}病史。
诊疗经过：入院后予强心、利尿、扩血管、抗感染等治疗，{date:op}病情突然加重，血压进行性下降，予气管插管、机械通气及血管活性药物维持，向家属{kin:a}多次交代病情并签署病危通知书。{date:dc}凌晨患者心率、血压测不出，经心肺复苏抢救30分钟无效，宣布临床死亡。
死亡时间：{date:dc} 04时17分
死亡原因：多器官功能衰竭
死亡诊断：1.多器官功能衰竭；2.慢性心力衰竭急性加重（{icd}）；3.肺部感染
家属意见：家属拒绝尸体解剖，已签字。
记录医师：{doctor:a}　上级医师：{doctor:b}主任医师
""",
    ),
    family(
        "zh",
        "notifiable",
        "report_card",
        "heldout",
        """
中华人民共和国传染病报告卡
卡片编号：{accession}　　报卡类别：1.初次报告
患者姓名*：{name}　性别*：{sex}　出生日期*：{dob}　实足年龄：{age}岁
有效证件号*：{natid}
? 境外人员证件：护照{passport}／港澳居民来往内地通行证{permit}
工作单位（学校）：不详　联系电话：{phone}
病人属于*：本县区　现住址（详填）*：{address}
人群分类*：家务及待业　病例分类*：确诊病例
发病日期*：{date:onset}　诊断日期*：{date:exam}
疾病名称*：{std}
备注：配偶{kin:a}已电话通知来院筛查（{mobile:k}）。
报告单位：{hospital:self}　联系电话：{tel:unit}
报告医生：{doctor:a}　填卡日期*：{date:report}
""",
    ),
    family(
        "zh",
        "obstetric",
        "antenatal_visit",
        "heldout",
        """
产科门诊产前检查记录
孕妇：{name}　年龄：{age}岁　孕产情况：{preg}　建册号：{mrn}
末次月经：{date:lmp}　预产期：{date:edc}　本次产检：{date:exam}
主诉：无腹痛，无阴道流血流液，自觉胎动好。
查体：{vitals}，宫高、腹围符合孕周，胎心率142次/分，双下肢无水肿。
辅助检查：{lab}；口服葡萄糖耐量试验未见异常；产前筛查低风险。
处理：1.左侧卧位休息，自数胎动；2.补充铁剂及钙剂；3.{sdate:fu}复查，如有腹痛、阴道流血随时就诊。
配偶：{kin:h}　电话：{mobile:h}
? 户籍地：{location:home}　现居住地：{address}　邮编：{postcode}
产检医生：{doctor:a}
""",
    ),
    family(
        "zh",
        "radiology",
        "ct_report",
        "heldout",
        """
{hospital:self}
CT检查报告单
检查号：{accession}　　门诊/住院号：{mrn}
姓名：{name}　性别：{sex}　年龄：{age}岁　科别：{dept}
检查日期：{date:exam}　检查部位：胸部CT平扫+增强
临床诊断：肺部阴影待查
影像所见：双肺纹理增多，右肺上叶见一大小约18mm×15mm结节影，边缘毛糙，可见分叶及毛刺，增强扫描呈不均匀强化。纵隔内未见明显肿大淋巴结，双侧胸腔未见积液。与{sdate:prev}旧片比较，结节较前增大。
诊断意见：右肺上叶结节，考虑周围型肺癌可能性大，建议进一步检查。
报告医师：{doctor:a}　审核医师：{doctor:b}　报告时间：{date:report}
? 影像调阅：{url}　工作站：{ip}
? 已电话通知患者{family}{title}（{phone}），电子报告同时发送至{email}。
""",
    ),
)
