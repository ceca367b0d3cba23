"""Clinical words that must stay unmasked (eponyms, drugs, labs, vitals, codes, departments) and the
sensitive facts that must be masked (sexually transmitted infections, pregnancy), per language.

The eponyms are the hard distractors: a person's name inside a disease, sign or device name is not PHI.
A sensitive span is the statement of the fact itself: the infection's name, the gestational age or
obstetric formula. Section headers and field labels around it (PRENATAL VISIT, LMP, 산전진찰, 预产期)
stay unmarked, as do the dates they label, which are DATE spans.
"""

from __future__ import annotations

EPONYMS = {
    "en": ("Parkinson's disease", "Alzheimer's dementia", "Crohn's disease", "Graves' disease", "Kawasaki disease",
           "Cushing's syndrome", "Hodgkin lymphoma", "Down syndrome", "Bell's palsy", "Guillain-Barre syndrome",
           "Murphy's sign", "Babinski sign", "Foley catheter", "Glasgow Coma Scale", "Hashimoto's thyroiditis",
           "Sjogren's syndrome", "Wilson's disease", "Barrett's esophagus", "Raynaud's phenomenon", "Apgar score",
           "Swan-Ganz catheter", "Hartmann's procedure", "Whipple procedure", "Addison's disease", "Meniere's disease"),
    "ko": ("파킨슨병", "알츠하이머병", "크론병", "그레이브스병", "가와사키병", "쿠싱증후군", "호지킨림프종",
           "다운증후군",
           "벨마비", "길랑-바레 증후군", "하시모토 갑상선염", "쇼그렌증후군", "베체트병", "윌슨병", "레이노 현상",
           "메니에르병", "애디슨병", "바렛식도"),
    "zh": ("川崎病", "帕金森病", "阿尔茨海默病", "克罗恩病", "格雷夫斯病", "库欣综合征", "霍奇金淋巴瘤", "唐氏综合征",
           "墨菲征", "巴宾斯基征", "桥本甲状腺炎", "干燥综合征", "白塞病", "雷诺现象", "梅尼埃病", "格林-巴利综合征",
           "Foley导尿管", "格拉斯哥昏迷评分"),
}  # fmt: skip
DRUGS = {
    "en": ("aspirin 100 mg daily", "metformin 500 mg BID", "atorvastatin 40 mg qHS", "lisinopril 10 mg daily",
           "furosemide 40 mg IV", "heparin 5,000 units SC q8h", "ceftriaxone 1 g IV q24h", "vancomycin 1.25 g IV q12h",
           "insulin glargine 20 units qHS", "amlodipine 5 mg", "pantoprazole 40 mg", "warfarin 5 mg (goal INR 2-3)",
           "acetaminophen 650 mg PO q6h PRN", "clopidogrel 75 mg", "levothyroxine 50 mcg", "morphine 2 mg IV PRN"),
    "ko": ("아스피린 100mg 1일 1회", "메트포르민 500mg bid", "아토르바스타틴 20mg", "암로디핀 5mg qd",
           "세프트리악손 2g IV", "와파린 3mg", "인슐린 글라진 18단위", "판토프라졸 40mg", "타이레놀 650mg prn",
           "클로피도그렐 75mg", "푸로세미드 20mg IV", "레보티록신 50mcg"),
    "zh": ("阿司匹林 100mg qd", "二甲双胍 0.5g tid", "阿托伐他汀钙 20mg qn", "氨氯地平 5mg qd", "头孢曲松 2g ivgtt qd",
           "低分子肝素 4000IU ih q12h", "呋塞米 20mg iv", "奥美拉唑 40mg ivgtt", "胰岛素 8U ih",
           "硝苯地平控释片 30mg qd",
           "氯吡格雷 75mg qd", "左甲状腺素钠 50μg qd"),
}  # fmt: skip
LABS = {
    "en": ("WBC 11.2 K/uL", "Hgb 9.8 g/dL", "Plt 212 K/uL", "Na 134", "K 4.1", "Cr 1.3 mg/dL", "BUN 28", "HbA1c 7.9%",
           "troponin I 0.04 ng/mL", "BNP 420 pg/mL", "INR 1.2", "lactate 2.1", "CRP 4.6 mg/dL", "TSH 3.2 mIU/L",
           "LDL 131 mg/dL", "AST/ALT 42/51"),
    "ko": ("WBC 12,300/μL", "Hb 10.2 g/dL", "PLT 180K", "Cr 1.1 mg/dL", "BUN 22", "CRP 5.3 mg/dL", "HbA1c 8.1%",
           "AST/ALT 35/48", "Na 136", "K 3.8", "Troponin-I 0.02", "NT-proBNP 1,250 pg/mL", "eGFR 58"),
    "zh": ("白细胞 11.5×10^9/L", "血红蛋白 98g/L", "血小板 210×10^9/L", "肌酐 105μmol/L", "C反应蛋白 45mg/L",
           "糖化血红蛋白 8.2%", "谷丙转氨酶 56U/L", "钾 3.6mmol/L", "钠 138mmol/L", "肌钙蛋白I 0.03ng/ml",
           "D-二聚体 0.8mg/L", "降钙素原 0.12ng/ml"),
}  # fmt: skip
VITALS = {
    "en": ("BP 142/88, HR 96, RR 18, T 37.9 C, SpO2 94% on 2L NC", "BP 118/72 HR 64 SpO2 99% RA",
           "T 98.6 F, BP 130/80, P 78", "BP 96/60, HR 112, RR 24"),
    "ko": ("BP 130/80 mmHg, HR 88회/분, BT 36.8℃, RR 20회/분", "V/S: 150/90-92-20-37.2",
           "혈압 110/70, 맥박 72회, 체온 37.5도",
           "SpO2 96%(room air), BT 38.2℃"),
    "zh": ("T 36.8℃，P 88次/分，R 20次/分，BP 130/80mmHg", "体温37.5℃，脉搏92次/分，血压145/90mmHg",
           "SpO2 95%，心率102次/分", "T 38.6℃ P 110次/分 R 24次/分 BP 100/60mmHg"),
}  # fmt: skip
ICD = {
    "en": ("I10", "E11.9", "J18.9", "N18.3", "I48.91", "K21.9", "M54.5", "C34.90"),
    "ko": ("I10", "E11.9", "J18.9", "I63.9", "K80.2", "N39.0", "C16.9", "M17.1"),
    "zh": ("I10.x00", "E11.900", "J18.900", "I63.900", "K80.200", "C34.900", "N18.500", "I25.103"),
}  # fmt: skip
DEPARTMENTS = {
    "en": ("Cardiology", "Internal Medicine", "Neurology", "General Surgery", "Emergency Department", "MICU", "OB/GYN"),
    "ko": ("내과", "순환기내과", "신경과", "소화기내과", "정형외과", "응급의학과", "호흡기내과", "신장내과",
           "산부인과"),
    "zh": ("心内科", "神经内科", "呼吸科", "消化内科", "普外科", "急诊科", "肾内科", "妇产科", "骨科"),
}  # fmt: skip
STD_TERMS = {
    "en": ("syphilis", "gonorrhea", "chlamydia infection", "HIV infection", "genital herpes", "trichomoniasis",
           "HPV infection"),
    "ko": ("매독", "임질", "클라미디아 감염", "HIV 감염", "생식기 헤르페스", "첨형 콘딜로마", "트리코모나스증"),
    "zh": ("梅毒", "淋病", "衣原体感染", "HIV感染", "艾滋病", "尖锐湿疣", "生殖器疱疹"),
}  # fmt: skip


def pregnancy_terms(lang: str, weeks: int, gravida: int, para: int) -> tuple[str, ...]:
    """Pregnancy facts as clinicians write them; every one is a SENSITIVE_PREGNANCY span."""
    if lang == "en":
        return (
            f"{weeks} weeks pregnant",
            f"G{gravida}P{para}",
            f"pregnancy at {weeks} weeks",
            f"intrauterine pregnancy, {weeks}w",
            f"G{gravida}P{para}0{gravida - para - 1}{para}",
        )
    if lang == "ko":
        return (
            f"임신 {weeks}주",
            f"임신 {weeks}주차",
            f"G{gravida}P{para}",
            f"임신 중(IUP {weeks}주)",
            f"임신{weeks}주",
        )
    return (f"孕{weeks}周", f"妊娠{weeks}周", f"G{gravida}P{para}", f"孕{gravida}产{para}", f"宫内妊娠{weeks}周")
