"""Pregnancy and obstetric history (SENSITIVE_PREGNANCY): pregnant, G2P1, LMP, gestational age, abortion."""

from __future__ import annotations

from presidio_analyzer import Pattern

from emr_deid.recognizers.sensitive.terms import ClinicalTermRecognizer, acronyms, cjk_terms, english_terms


class PregnancyRecognizer(ClinicalTermRecognizer):
    ENTITY = "SENSITIVE_PREGNANCY"
    PATTERNS = [
        Pattern(
            "English pregnancy term",
            english_terms(
                r"pregnan(?:t|cy|cies)", r"gravid(?:a\s?\d{1,2})?", r"para\s?\d{1,2}", r"primigravida", r"multigravida",
                r"last\smenstrual\speriod", r"gestational\sage", r"(?:\d{1,2}(?:\+\d)?\s?(?:weeks?|wks?)\s)?gestation",
                r"(?:spontaneous\s|induced\s|elective\s|therapeutic\s)?abortions?", r"miscarriages?",
                r"termination\sof\spregnancy", r"ectopic", r"stillbirths?", r"postpartum", r"prenatal", r"antenatal",
                r"obstetric(?:al)?\shistory", r"(?:first|second|third)\strimester", r"caesarean|cesarean|c-section",
                r"in\svitro\sfertili[sz]ation", r"intrauterine\spregnancy",
            ),
            0.85,
        ),
        # G2P1, G3P2012, G1P0A1; LMP, EDD, GA, IUP, SAB, TAB, IVF written as acronyms
        Pattern("obstetric formula", r"\bG\s?\d{1,2}\s?P\s?\d{1,4}(?:\s?A\s?\d{1,2})?\b", 0.9),
        Pattern("obstetric acronym", acronyms(r"LMP", r"EDD", r"EDC", r"IUP", r"SAB", r"TAB", r"IVF", r"VBAC"), 0.8),
        Pattern(
            "Korean pregnancy term",
            r"임신\s?\d{1,2}\s?주(?:\s?\d\s?일)?|"
            + cjk_terms(
                "임신", "임산부", "임부", "산모", "유산(?!균|소)", "자연유산",
                "인공유산", "계류유산", "인공임신중절", "임신중절", "낙태", "출산력",
                "분만력", "산과력", "출산", "분만", "제왕절개", "최종월경일",
                "마지막 월경", "마지막 생리", "재태연령", "재태 주수", "자궁외임신", "자궁외 임신",
                "산전 진찰", "산후", "시험관 시술",
            ),
            0.85,
        ),
        Pattern(
            "Chinese pregnancy term",
            r"孕\s?\d{1,2}\s?产\s?\d{1,2}|孕\s?\d{1,2}\s?[周+]|"
            + cjk_terms(
                "妊娠", "怀孕", "孕妇", "孕周", "孕期", "末次月经",
                "停经", "流产", "自然流产", "人工流产", "人流(?!量)", "药流",
                "药物流产", "引产", "早孕", "宫外孕", "异位妊娠", "剖宫产",
                "分娩", "生育史", "孕产史", "月经婚育史", "产后", "产前",
                "试管婴儿", "胎停",
            ),
            0.85,
        ),
    ]  # fmt: skip
    CONTEXT = ["pregnancy", "obstetric", "임신", "妊娠"]
