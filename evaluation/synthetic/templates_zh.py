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
    family(
        "zh",
        "operative",
        "laparoscopy",
        "dev",
        """
手术记录
病案号：{mrn}    姓名：{name}    性别：{sex}    年龄：{age}岁
手术日期：{date:op}    手术医师：{doctor:a}    一助：{doctor:b}    麻醉方式：全身麻醉
术前诊断：胆囊结石伴慢性胆囊炎（{icd}）
手术名称：腹腔镜胆囊切除术
手术经过：患者取仰卧位，常规消毒铺巾，建立气腹，见胆囊与周围组织粘连，分离后切除胆囊，术中出血约10ml。
标本送病理，病理号：{accession}。术后安返病房，予{drug}。
? 术后已向患者丈夫{kin:a}交代病情，家属表示理解。
""",
    ),
    family(
        "zh",
        "anesthesia",
        "record",
        "dev",
        """
麻醉记录单 | {hospital:self}
患者 | {name} | {sex} | {age}岁 | 住院号 {mrn}
费别 | 城镇职工医保 | 医保卡号 {insurance}
麻醉日期 | {date:op}
ASA分级 | Ⅱ级
麻醉医师 | {doctor:a}
诱导用药 | 丙泊酚 120mg，舒芬太尼 20μg，{drug}
术中 | {vitals}；{lab}
? 监护数据上传至{ip}。
? 麻醉同意书由患者女儿{kin:a}签署，联系电话{mobile:k}。
""",
    ),
    family(
        "zh",
        "emergency",
        "triage",
        "dev",
        """
急诊预检分诊单  {date:adm} 03:15
姓名：{name}  性别：{sex}  年龄：{age}岁  急诊号：{mrn}
来院方式：120救护车，由{location:scene}转运。
主诉：车祸致头部外伤1小时。
分诊：{vitals}，GCS 14分，分级Ⅱ级，送{dept}。
身份证：{natid}
? 护照号码：{passport}
? 陪同人员：{kin:a}（同事），电话{phone}
分诊护士：{doctor:n}
""",
    ),
    family(
        "zh",
        "transfer",
        "letter",
        "dev",
        """
双向转诊（转出）单
患者姓名：{name}    性别：{sex}    年龄：{age}岁
身份证号码：{natid}
社会保障卡号：{insurance}
住院病历号：{mrn}
转出单位：{hospital:from}    接收单位：{hospital:to}
初步诊断：{eponym}
主要检查结果：{lab}，{lab:2}
治疗经过：予{drug}治疗后症状无明显改善，因我院无介入条件，经与患者及家属{kin:a}沟通，同意转上级医院。
转诊医生：{doctor:a}    联系电话：{tel:office}
转诊日期：{date:dc}
""",
    ),
    family(
        "zh",
        "telephone",
        "followup",
        "dev",
        """
出院电话随访记录
随访日期：{date:fu}  随访护士：{doctor:n}
患者：{name}，ID号：{mrn}，出院日期：{date:dc}
接听人：{kin:a}（患者儿子），电话：{mobile:k}
随访内容：患者目前在{location:now}女儿家休养，精神可，饮食正常，按时服用{drug}，血压控制在130/80mmHg左右。
? 家属询问医保报销事宜，已告知医保号{insurance}的结算单可到一楼窗口领取。
? 随访问卷链接：{url}
嘱患者{sdate:fu2}到{dept}门诊复查。
""",
    ),
    family(
        "zh",
        "pathology",
        "report",
        "dev",
        """
病理诊断报告书
病理号：{accession}    住院号：{mrn}
姓名：{name}  性别：{sex}  年龄：{age}岁  送检科室：{dept}
送检医生：{doctor:a}  送检日期：{date:op}  报告日期：{date:report}
肉眼所见：灰白组织一块，大小3.0cm×2.5cm×1.5cm，切面灰白实性。
病理诊断：（右乳）浸润性导管癌，Ⅱ级；免疫组化：ER(+)，PR(+)，HER-2(1+)，Ki-67约20%。
? 外院会诊切片来自{hospital:prev}。
诊断医师：{doctor:p}
""",
    ),
    family(
        "zh",
        "insurance",
        "certificate",
        "dev",
        """
诊断证明书
兹证明患者{name}，{sex}，{age}岁，身份证号：{natid}，
新农合证号：{insurance}，
? 往来港澳通行证：{permit}，
于{date:adm}至{date:dc}在我院{dept}住院治疗（住院号{mrn}），
诊断：1.{eponym}；2.高血压病3级（很高危）。
建议：全休两周，{drug}，门诊随诊。
? 此证明仅供{family}{title}办理商业保险理赔使用，保单号另附。
医师签名：{doctor:a}    {hospital:self}（盖章）
{date:report}
""",
    ),
    family(
        "zh",
        "home_visit",
        "record",
        "dev",
        """
家庭医生签约服务 上门随访记录
服务对象：{name}（{age}岁，{sex}）
健康档案编号：{mrn}
居民医保卡号：{insurance}
住址：{address}
随访日期：{date:exam}  随访医生：{doctor:a}（{hospital:self}）
近况：老人独居，子女在{location:child}工作，每月回来一次。{vitals}。
用药：{drug}，{drug:2}，依从性好。
? 已将随访记录发送至家属邮箱{email}。
下次随访：{sdate:fu}
""",
    ),
    family(
        "zh",
        "vaccination",
        "report",
        "dev",
        """
疑似预防接种异常反应个案报告
报告单位：{hospital:self}    报告日期：{date:report}
儿童姓名：{name}    性别：{sex}    出生日期：{dob}
监护人：{kin:a}（母亲）    联系电话：{phone}
户籍地：{location:reg}    现住址：{address}    邮编：{postcode}
预防接种证号：{accession}
接种日期：{date:exam}，接种百白破疫苗后2小时出现发热，体温38.6℃，予物理降温。
? 近一个月内随父母从{location:trip}返回。
报告人：{doctor:a}
""",
        cohort="child",
    ),
    family(
        "zh",
        "psychiatry",
        "interview",
        "dev",
        """
精神科首次病程记录 {date:exam}
患者{name}，{sex}，{age}岁，出生于{location:birth}，大专文化，未婚，在{location:work}从事销售工作。
门诊号：{mrn}，医保：{insurance}
因“情绪低落、失眠3个月”由其母亲{kin:a}陪同就诊。患者近3月来兴趣减退，自觉活着没意思，否认自伤行为。既往{std}病史，已规范治疗。
精神检查：意识清，接触被动，情感低落，思维迟缓，自知力部分存在。HAMD 24分。
初步诊断：抑郁发作（F32.2）。予{drug}口服，密切观察。
? 患者自述曾于{date:prev}在{hospital:prev}心理科就诊。
医师：{doctor:a}
""",
    ),
    family(
        "zh",
        "obstetric",
        "delivery",
        "dev",
        """
分娩记录
住院号{mrn}  产妇{name}，{age}岁，{preg}，于{date:adm} 21:40入院。
末次月经：{date:lmp}  预产期：{date:edc}
产程经过：第一产程8小时，第二产程45分钟，顺产一活女婴，Apgar评分9-10分。
胎盘胎膜娩出完整，出血约200ml，予缩宫素20U。{vitals}。
? 产妇丈夫{kin:a}在场陪产。护理联系人电话：{mobile:k}
接生者：{doctor:m}  记录者：{doctor:n}
""",
    ),
    family(
        "zh",
        "dental",
        "outpatient",
        "dev",
        """
口腔科门诊病历
就诊卡号：{mrn}  医保电子凭证号：{insurance}
患者：{name} 年龄：{age}岁  就诊日期：{date:exam}
主诉：右下后牙咬合痛1周。
检查：46远中邻面深龋，叩（+），冷测敏感，牙龈无红肿。
诊断：46急性牙髓炎。
处置：局麻下开髓引流，{drug}。嘱{sdate:fu}复诊行根管治疗。
? 患者要求将发票寄至{address}。
医师：{doctor:a}
""",
    ),
    family(
        "zh",
        "emergency",
        "observation",
        "dev",
        """
急诊留观病历
{name}，{sex}，{age}岁。{date:adm}上午10时许在{location:scene}骑电动车时与货车相撞，由路人拨打120送至我院急诊，途中神志清楚。
患者系{location:birth}人，现居{village:home}，平素体健，否认{eponym}病史。
到院时{vitals}，右侧胫腓骨开放性骨折，予清创包扎、{drug}止痛。急查{lab}，{lab:2}。
? {sdate:adm}晚8时复查头颅CT未见颅内出血。
因我院骨科床位已满，经家属{kin:a}同意，于{date:tx}下午2时30分转{hospital:to}进一步手术治疗，转运途中由{doctor:b}护送。
留观号{mrn}，值班医师{doctor:a}
""",
    ),
    family(
        "zh",
        "certificate",
        "discharge",
        "dev",
        """
{hospital:self}
出 院 证 明 书
科别：{dept}    床号：12    住院号：{mrn}
兹有{village:home}居民{name}（{sex}，{age}岁，身份证号码{natid}），
因“{eponym}”于{date:adm}入住我院，经治疗病情稳定，于{date:dc}出院，实际住院天数按入院第1天起算。
出院诊断：{eponym:2}（{icd}）。
出院医嘱：继续口服{drug}，{altdate:fu}前后来院复查。
经治医师：{doctor:a}    科主任：{doctor:b}
{altdate:sign}
""",
    ),
    family(
        "zh",
        "death",
        "record",
        "dev",
        """
死亡记录
姓名 {name}  性别 {sex}  年龄 {age}岁  病案号 {mrn}
籍贯：{location:origin}    户籍地址：{village:reg}
入院时间：{date:adm} 16:05    死亡时间：{date:death}凌晨3时20分
入院情况：患者因“反复咳嗽咳痰20年，加重伴气促1周”由{hospital:from}转入，入院时{vitals}。
诊疗经过：予{drug}、{drug:2}等治疗，{sdate:death}零时许突发意识丧失，心电监护示室颤，经心肺复苏抢救40分钟无效，临床死亡。
死亡原因：呼吸循环衰竭。死亡诊断：慢性阻塞性肺疾病急性加重（{icd}）。
家属{kin:a}（长子）拒绝尸检，遗体由家属运回{location:home}安葬。
? 已通知当地疾控中心网络直报，报告卡编号{accession}；患者生前长期居住在{location:cdc}。
记录医师：{doctor:a}  上级医师：{doctor:b}
""",
    ),
    family(
        "zh",
        "icu",
        "handover",
        "dev",
        """
ICU交接班 {sdate:exam} 夜→白
- 5床 {name} {sex}/{age}y MRN:{mrn}
- Dx：重症胰腺炎，{sdate:op}行ERCP，今为术后第2天，入ICU第4天
- 生命体征：{vitals}；CRRT运行中，超滤200ml/h
- 用药：{drug}；{drug:2}泵入
- 检验：{lab}，{lab:2}
? - 家属{kin:a} {mobile:k}，每日15:00探视
? - 转运自{hospital:from}，原始影像在PACS {url}
- 交班：{doctor:a}　接班：{doctor:b}
""",
    ),
    family(
        "zh",
        "pharmacy",
        "prescription",
        "dev",
        """
{hospital:self}门诊处方笺    普通
费别：医保  医保号：{insurance}  门诊号：{mrn}
姓名：{name}  性别：{sex}  年龄：{age}岁  科室：{dept}  开具日期：{altdate:exam}
临床诊断：{eponym}；原发性高血压
Rp：
  {drug}  ×14天
  {drug:2}  ×7天
医师：{doctor:a}  审核药师：{doctor:b}  调配：{doctor:c}
? 取药后如有疑问请拨打药学咨询电话{tel:pharm}
""",
    ),
    family(
        "zh",
        "consent",
        "surgery",
        "dev",
        """
手术知情同意书
患者姓名：{name}    性别：{sex}    年龄：{age}岁    住院号：{mrn}
术前诊断：{eponym}    拟行手术：腹腔镜下右半结肠切除术    拟定手术日期：{date:op}
替代方案及风险已告知，包括出血、感染、吻合口瘘、麻醉意外等。
患者签名：{name}
授权委托人：{kin:a}    与患者关系：配偶    身份证号：{natid}
委托人联系地址：{address}    电话：{mobile:k}
谈话医师：{doctor:a}    谈话地点：{dept}医生办公室
签署时间：{date:sign} 下午4时
""",
    ),
    family(
        "zh",
        "lab",
        "requisition",
        "dev",
        """
检验申请单
| 条码号 | {accession} | 标本类型 | 静脉血 |
| 姓名 | {name} | 性别/年龄 | {sex}/{age}岁 |
| 病历号 | {mrn} | 申请科室 | {dept} |
| 采集时间 | {date:exam} 07:30 | 接收时间 | {sdate:exam} 08:05 |
| 检验项目 | 血常规、肝肾功能 | 结果 | {lab}；{lab:2} |
| 申请医生 | {doctor:a} | 检验者 | {doctor:b} |
? 仪器接口地址：{ip}；报告查询：{url}
""",
    ),
    family(
        "zh",
        "outpatient",
        "soap",
        "dev",
        """
复诊记录（{dept}）{altdate:exam}
S：{name}{title}，{age}岁，3月前诊断{eponym}，自述近2周在{location:work}出差，饮食不规律，偶有头晕。
O：{vitals}。{lab}。
A：病情基本稳定。
P：1. 继续{drug}；2. 2周后复查{lab:2}；3. 如不适请至就近医院就诊或联系{email}。
? 患者上次就诊于{date:prev}，在{hospital:prev}。
医生：{doctor:a}
""",
    ),
    family(
        "zh",
        "referral",
        "reply",
        "dev",
        """
{hospital:from}{dept}：
贵院{sdate:ref}转来患者{name}，{sex}，{age}岁，已于{date:adm}收入我院。患者原籍{location:origin}，十年前随子女迁居{location:home}，现住{address}。
入院后完善检查，{lab}，诊断为{eponym}，予{drug}治疗，目前病情平稳，拟于{date:dc}前后出院回当地继续治疗。
感谢贵院信任。如有疑问请联系{doctor:a}医生，电话{tel:office}，邮箱{email}。
此致
敬礼！
{hospital:self}{dept:2}
{altdate:sign}
""",
    ),
    family(
        "zh",
        "obstetric",
        "postpartum",
        "dev",
        """
产后护理记录
{date:exam} 08:00  产妇{name}，{age}岁，住院号{mrn}，{preg}，于{date:op}上午9时15分娩出一男婴，体重3250g。
今日{vitals}，宫底脐下一指，恶露量中，色暗红，切口敷料干燥。
新生儿出生地：{hospital:self}产房；母婴同室，母乳喂养。
? 产妇婆婆{kin:a}陪护，家住{village:home}，联系电话{mobile:k}。
已行产后宣教。护士签名：{doctor:n}
""",
    ),
    family(
        "zh",
        "public_health",
        "infectious_report",
        "dev",
        """
中华人民共和国传染病报告卡
卡片编号：{accession}    报卡类别：初次报告
患者姓名：{name}    有效证件号：{natid}    性别：{sex}
出生日期：{dob}    实足年龄：{age}岁
工作单位：{location:work}某物流公司    联系电话：{phone}
病人属于：本县区    现住址（详填）：{village:home}
人群分类：农民    病例分类：确诊病例
传染病名称：{std}
发病日期：{sdate:onset}    诊断日期：{date:exam}
? 死亡日期：无
填卡医生：{doctor:a}    报告单位：{hospital:self}    填卡日期：{date:report}
""",
    ),
    family(
        "zh",
        "fever_clinic",
        "epidemiology",
        "dev",
        """
发热门诊流行病学调查
就诊时间：{date:exam}下午3时 患者{name}（{sex}，{age}岁）自诉{sdate:trip}从{location:trip}乘高铁返回{location:home}，
途经{location:via}，{sdate:onset}起发热，最高39.2℃。
? 近14天有境外旅居史，护照号{passport}。
? 持往来港澳通行证{permit}于{altdate:hk}经陆路口岸入境。
居住地：{address}。同住人员：妻子{kin:a}，电话{mobile:k}。
血常规：{lab}；{lab:2}。予{drug}对症处理，居家观察。
接诊医生：{doctor:a}
""",
    ),
)
