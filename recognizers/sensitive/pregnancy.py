"""Pregnancy and obstetric facts asserted about the patient (SENSITIVE_PREGNANCY).

The span is the fact: "12 weeks pregnant", "pregnancy at 12 weeks", "G2P1", "G2P1011", "임신 12주(차)",
"임신 중(IUP 27주)", "孕2产1", "妊娠12周", "宫内妊娠36周". Obstetric formulas are kept wherever they appear.

Left unmasked, as they state nothing about the patient (see `assertion`):
- headers, visit types and the labels around a fact: "PRENATAL VISIT", "OB clinic", "LMP:", "EDC:", "산부인과",
  "산전 진찰", "产科", "产检", "末次月经：", "obstetric history:", "임신력:", "妊娠史：", "孕妇学校" (the dates
  after LMP or EDC are DATE entities; the values after a history label are matched on their own);
- tests with no result ("pregnancy test", "prenatal labs", "임신 반응 검사", "妊娠试验");
- negated mentions: "not pregnant", "pregnancy test negative", "임신 아님", "임신 가능성 없음", "未孕";
- generic wording of a drug label: "pregnancy category C", "contraindicated in pregnancy", "임신부 금기",
  "孕妇禁用";
- look-alikes: "유산균" (probiotics), "人流量" (crowd), "ectopic beats", "TAB" (tablet), "IVF" (IV fluids).
"""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.sensitive.assertion import HISTORY_LABEL, english_words
from emr_deid.recognizers.sensitive.terms import ClinicalTermRecognizer, acronyms, cjk_terms

# A gestational age: "8 weeks", "17w", "12+3 wks".
_WEEKS = r"\d{1,2}(?:\+\d)?\s?(?:weeks?|wks?|w)\b"
# A term naming a record's type, as a title or a form's name ("分娩记录", "产后护理记录", "분만 기록지",
# "Postpartum Nursing Note"): the title is the chart's, not a statement; the facts are in the record's body.
_RECORD_TITLE = (
    r"(?:"
    r"(?:护理|观察|手术|病程|访视)?(?:记录|小结|评估)单?"
    r"|\s?(?:(?:간호|관리|경과|수술)\s?)?(?:기록|요약)지?"
    r"|\s?(?i:(?:section\s)?(?:(?:nursing|progress|operative|op|care|discharge)\s)?(?:note|record|summary|report))"
    r")(?=\s|[:：]|$)"
)


class PregnancyRecognizer(ClinicalTermRecognizer):
    ENTITY = "SENSITIVE_PREGNANCY"
    PATTERNS = [
        Pattern(
            "English pregnancy term",
            english_words(
                rf"(?:{_WEEKS}\s)?pregnan(?:t|cy|cies)(?:[,:]?\s(?:at\s|of\s)?{_WEEKS})?",
                rf"intrauterine\spregnancy(?:,?\s{_WEEKS})?", r"gravid(?:a\s?\d{1,2})?", r"para\s?\d{1,2}",
                r"primigravida", r"multigravida",
                rf"gestational\sage(?::?\s(?:of\s)?{_WEEKS})?", r"(?:\d{1,2}(?:\+\d)?\s?(?:weeks?|wks?)\s)?gestation",
                r"(?:spontaneous\s|induced\s|elective\s|therapeutic\s)?abortions?", r"miscarriages?",
                r"termination\sof\spregnancy", r"ectopic\s(?:pregnancy|gestation)", r"stillbirths?", r"postpartum",
                r"(?:first|second|third)\strimester", r"caesarean|cesarean|c-section", r"in\svitro\sfertili[sz]ation",
            ),
            0.85,
        ),
        # G2P1, G3P2012, G1P0A1: a formula is a fact wherever it is written
        Pattern("obstetric formula", r"\bG\s?\d{1,2}\s?P\s?\d{1,4}(?:\s?A\s?\d{1,2})?\b", 0.9),
        # IUP with its age ("single live IUP" alone is an ultrasound finding the gold leaves to the age beside
        # it); TAB with a count, as "1 TAB" is a tablet; IVF next to a conception word, as "IVF" is IV fluids too
        Pattern(
            "obstetric acronym",
            acronyms(
                r"IUP\s?\d{1,2}\s?(?:w|wk|wks|weeks?|주)", r"SAB", r"TAB\s?[x×]\s?\d", r"VBAC",
                r"IVF(?=[\s-](?:pregnancy|conception|cycle|ET|twins?|transfer))", r"(?<=s/p\s|via\s)IVF",
            ),
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
            r"孕周[:：]?\s?\d{1,2}(?:\+\d)?\s?周?|"
            + cjk_terms(
                "妊娠", "怀孕", "孕妇", "孕周", "孕期",
                "停经", "流产", "自然流产", "人工流产", "人流(?!量)", "药流",
                "药物流产", "引产", "早孕", "宫外孕", "异位妊娠", "剖宫产",
                r"(?<!\d)分娩", "产后",  # not 15分娩出 ("delivered at 9:15")
                "试管婴儿", "胎停",
            ),
            0.85,
        ),
    ]  # fmt: skip
    CONTEXT = ["pregnancy", "obstetric", "임신", "妊娠"]
    SELF_ASSERTING = frozenset({"obstetric formula"})
    NOT_A_FACT_AFTER = "|".join(
        [
            HISTORY_LABEL,
            english_words(r"(?:risk\s)?category", r"and\slactation", r"/\s?lactation", r"and\sbreast-?feeding"),
            # drug labels ("임신부 금기", "임부 및 수유부 투여주의"), the due-date label, the delivery room, a plan
            r"부?\s?(?:및\s?수유부\s?)?(?:(?:투여|사용)\s?)?(?:금기|주의|등급|카테고리)",
            r"\s?및\s?수유|예정일|실(?![가-힣])|계획",
            r"期?(?:妇女)?(?:及哺乳期(?:妇女)?)?(?:禁用|慎用|忌用|禁服|禁忌|用药|分级)",
            _RECORD_TITLE,
        ]
    )
    NOT_A_FACT_BEFORE = english_words(
        r"(?:contraindicated|avoid(?:ed)?|safe|safety|caution|use|not\srecommended)\s(?:in|during)",
        r"avoid",
        r"prevent(?:ing|ion\sof)?",
        r"(?:lactation|breast-?feeding)\s?(?:/|and|or)",
    )
