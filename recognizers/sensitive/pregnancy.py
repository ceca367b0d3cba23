"""Pregnancy and obstetric history (SENSITIVE_PREGNANCY): pregnant, G2P1, gestational age, abortion.

The span is the fact ("pregnancy at 8 weeks", "임신 중(IUP 27주)", "宫内妊娠36周"), not the labels and
headers around it: "LMP", "EDC", "PRENATAL VISIT", "末次月经" or "孕妇学校" name a date field, a visit type or
a class and state nothing about the patient by themselves; the dates after them are masked as dates.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from emr_deid.recognizers.sensitive.terms import ClinicalTermRecognizer, acronyms, cjk_terms, english_terms

# A gestational age: "8 weeks", "17w", "12+3 wks".
_WEEKS = r"\d{1,2}(?:\+\d)?\s?(?:weeks?|wks?|w)\b"


class PregnancyRecognizer(ClinicalTermRecognizer):
    ENTITY = "SENSITIVE_PREGNANCY"
    PATTERNS = [
        Pattern(
            "English pregnancy term",
            english_terms(
                rf"(?:{_WEEKS}\s)?pregnan(?:t|cy|cies)(?:,?\s(?:at\s|of\s)?{_WEEKS})?",
                rf"intrauterine\spregnancy(?:,?\s{_WEEKS})?", r"gravid(?:a\s?\d{1,2})?", r"para\s?\d{1,2}",
                r"primigravida", r"multigravida",
                rf"gestational\sage(?:\s(?:of\s)?{_WEEKS})?", r"(?:\d{1,2}(?:\+\d)?\s?(?:weeks?|wks?)\s)?gestation",
                r"(?:spontaneous\s|induced\s|elective\s|therapeutic\s)?abortions?", r"miscarriages?",
                r"termination\sof\spregnancy", r"ectopic", r"stillbirths?", r"postpartum",
                r"(?:first|second|third)\strimester", r"caesarean|cesarean|c-section", r"in\svitro\sfertili[sz]ation",
            ),
            0.85,
        ),
        # G2P1, G3P2012, G1P0A1; SAB, TAB, IVF written as acronyms, and IUP with its age ("single live IUP"
        # on an ultrasound line is a finding the gold leaves to the gestational age beside it)
        Pattern("obstetric formula", r"\bG\s?\d{1,2}\s?P\s?\d{1,4}(?:\s?A\s?\d{1,2})?\b", 0.9),
        Pattern(
            "obstetric acronym",
            acronyms(r"IUP\s?\d{1,2}\s?(?:w|wk|wks|weeks?|주)", r"SAB", r"TAB", r"IVF", r"VBAC"),
            0.8,
        ),
        Pattern(
            "Korean pregnancy term",
            r"임신\s?(?:중\s?)?(?:\(IUP\s?\d{1,2}\s?주\)|\d{1,2}\s?주(?:차|\s?\d\s?일)?)|"
            + cjk_terms(
                "임신", "임산부", "임부", "산모", "유산(?!균|소)", "자연유산",
                "인공유산", "계류유산", "인공임신중절", "임신중절", "낙태",
                "출산(?!력)", "분만(?!력)", "제왕절개", "재태연령", "재태 주수", "자궁외임신", "자궁외 임신",
                "산후", "시험관 시술",
            ),
            0.85,
        ),
        Pattern(
            "Chinese pregnancy term",
            r"孕\s?\d{1,2}\s?产\s?\d{1,2}|孕\s?\d{1,2}\s?[周+]|(?:宫内)?妊娠\s?\d{1,2}\s?周(?:\s?\+?\s?\d\s?天)?|"
            + cjk_terms(
                "妊娠", "怀孕", "孕妇(?!学校)", "孕周", "孕期",
                "停经", "流产", "自然流产", "人工流产", "人流(?!量)", "药流",
                "药物流产", "引产", "早孕", "宫外孕", "异位妊娠", "剖宫产",
                "分娩", "产后",
                "试管婴儿", "胎停",
            ),
            0.85,
        ),
    ]  # fmt: skip
    CONTEXT = ["pregnancy", "obstetric", "임신", "妊娠"]
