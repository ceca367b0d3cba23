"""Sexually transmitted infections asserted about the patient (SENSITIVE_STD).

The span is the infection as the gold names it: "syphilis", "HIV infection", "梅毒", "艾滋病", "매독",
"생식기 헤르페스"; in a history or a treatment ("h/o gonorrhea", "매독 치료력", "既往梅毒病史") and in a
positive result ("HIV Ab positive", "梅毒螺旋体抗体阳性") the disease term alone. A reagin or treponemal test
has no disease name in it, so a positive one is tagged with its result: "RPR reactive 1:8", "TPPA阳性".

Left unmasked, as they state nothing about the patient (see `assertion`): a test or screen with no
result ("RPR", "VDRL", "HIV Ab", "STD screen", "HIV 검사", "梅毒螺旋体抗体"), a negated or excluded infection
("denies STD", "HIV negative", "RPR non-reactive", "매독 음성", "否认梅毒", "梅毒阴性"), a vaccine ("HPV vaccine",
"HPV 백신", "HPV疫苗"). A clinic word does not make the term generic: attending an HIV or STD clinic
("HIV clinic f/u", "性病门诊") discloses the infection as much as naming it does.
"""

from __future__ import annotations

import re

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.sensitive.assertion import english_words
from emr_deid.recognizers.sensitive.terms import ClinicalTermRecognizer, acronyms, cjk_terms

_POSITIVE_RESULT = r"(?:(?i:(?:weakly\s)?(?:reactive|positive))|\(\+\)|（\+）|양성|阳性)"
_TITER = r"1\s?:\s?\d{1,4}"
# HPV among the vaccines of a schedule is the HPV vaccine: "Next due: Tdap/HPV/MenACWY", "MenACWY, HPV given".
# (Fixed-width look-behinds, one per vaccine and separator: the assertion rules compile the terms with `re`.)
_OTHER_VACCINES = ("Tdap", "DTaP", "Td", "MMR", "MMRV", "MenACWY", "MenB", "HepA", "HepB", "Hib", "PCV", "PCV13",
                   "PCV15", "PCV20", "PPSV23", "IPV", "varicella", "zoster", "RZV", "influenza", "flu", "COVID",
                   "COVID-19")  # fmt: skip
_VACCINE_SEPARATORS = ("/", " / ", ",", ", ")
_HPV_NOT_IN_A_VACCINE_LIST = (
    "HPV"  # looked behind only where HPV matched
    + "".join(f"(?<!(?i:{re.escape(vaccine + sep)})HPV)" for vaccine in _OTHER_VACCINES for sep in _VACCINE_SEPARATORS)
    + r"(?!\s?[/,]\s?(?i:"
    + "|".join(map(re.escape, sorted(_OTHER_VACCINES, key=len, reverse=True)))
    + r")\b)"
)


class SexuallyTransmittedInfectionRecognizer(ClinicalTermRecognizer):
    ENTITY = "SENSITIVE_STD"
    PATTERNS = [
        Pattern(
            "English STI term",
            english_words(
                r"syphilis", r"syphilitic", r"gonorrh(?:o)?ea", r"gonococcal",
                r"chlamydia(?:l)?(?:\strachomatis)?(?:\sinfection)?",
                r"herpes\sgenitalis", r"genital\sherpes", r"genital\swarts?",
                r"condyloma(?:ta)?(?:\sacuminat(?:a|um))?",
                r"trichomon(?:iasis|as(?:\svaginalis)?)", r"chancroid", r"lymphogranuloma\svenereum",
                r"mycoplasma\sgenitalium", r"sexually\stransmitted\s(?:diseases?|infections?)",
                r"human\simmunodeficiency\svirus", r"acquired\simmunodeficiency\ssyndrome", r"antiretroviral",
                r"treponema(?:\spallidum)?", r"neisseria\sgonorrh(?:o)?eae",
            ),
            0.85,
        ),
        Pattern(
            "STI acronym",
            acronyms(
                r"(?:HIV(?:-?[12])?|HSV-?2|" + _HPV_NOT_IN_A_VACCINE_LIST + r")(?:\s?(?:infection|감염|感染))?",
                r"AIDS",
                r"STDs?", r"STIs?", r"HAART", r"PrEP", r"LGV",
            ),
            0.85,
        ),
        # "RPR reactive 1:8", "VDRL (+)", "TPPA阳性": the result is part of the span, so it is never negated
        Pattern(
            "positive reagin or treponemal test",
            acronyms(r"RPR", r"VDRL", r"TPHA", r"TPPA", r"FTA-ABS", r"TRUST")
            + r"(?:\s?(?i:titer|titre|test))?\s?[:：]?\s?(?:(?i:is|was)\s)?"
            + rf"(?:{_POSITIVE_RESULT}(?:,?\s?(?:at\s)?{_TITER})?|{_TITER})",
            0.85,
        ),
        Pattern(
            "Korean STI term",
            cjk_terms(
                "매독", "임질", "클라미디아", "에이즈", "후천성면역결핍증", "후천성 면역결핍증",
                "인체면역결핍바이러스", "생식기 헤르페스", "생식기헤르페스", "성기 헤르페스", "음부포진", "곤지름",
                "첨규콘딜롬", "첨형콘딜롬", "첨규 콘딜로마", "첨형 콘딜로마", "콘딜로마", "인유두종바이러스",
                "인유두종 바이러스", "트리코모나스증", "트리코모나스", "연성하감", "클라미디아 감염",
                "성병", "성매개감염", "성매개 감염", "성전파성 질환", "성접촉성 감염", "항레트로바이러스",
            ),
            0.85,
        ),
        Pattern(
            "Chinese STI term",
            # "梅毒螺旋体" is left to "梅毒" + the test word "螺旋体(抗体)", so that its antibody test reads as one
            cjk_terms(
                "梅毒", "淋病", "淋球菌", "衣原体感染", "沙眼衣原体", "艾滋病",
                "获得性免疫缺陷综合征", "人类免疫缺陷病毒", "生殖器疱疹", "尖锐湿疣", "人乳头瘤病毒", "滴虫性阴道炎",
                "阴道毛滴虫", "软下疳", "性病", "性传播疾病", "性传播感染", "非淋菌性尿道炎",
                "抗逆转录病毒",
            ),
            0.85,
        ),
    ]  # fmt: skip
    CONTEXT = ["std", "sti", "venereal", "성병", "性病"]
    SELF_ASSERTING = frozenset({"positive reagin or treponemal test"})
    # Attending an HIV or STD clinic discloses the infection as much as naming it does: stays masked.
    VISIT_WORDS_ARE_GENERIC = False
    NOT_A_FACT_AFTER = "|".join(
        [
            english_words(r"vaccin(?:e|es|ation|ated)", r"immuni[sz]ation", "Gardasil"),
            "백신",
            r"(?:예방\s?)?접종",
            "疫苗",
        ]
    )
