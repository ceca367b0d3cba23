"""Sexually transmitted infections, their tests and treatments (SENSITIVE_STD)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from emr_deid.recognizers.sensitive.terms import ClinicalTermRecognizer, acronyms, cjk_terms, english_terms


class SexuallyTransmittedInfectionRecognizer(ClinicalTermRecognizer):
    ENTITY = "SENSITIVE_STD"
    PATTERNS = [
        Pattern(
            "English STI term",
            english_terms(
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
                r"(?:HIV(?:-?[12])?|HSV-?2|HPV)(?:\s?(?:infection|감염|感染))?", r"AIDS",
                r"STDs?", r"STIs?", r"VDRL", r"RPR", r"TPHA", r"TPPA",
                r"FTA-ABS", r"HAART", r"PrEP", r"LGV",
            ),
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
            cjk_terms(
                "梅毒", "淋病", "淋球菌", "衣原体感染", "沙眼衣原体", "艾滋病",
                "获得性免疫缺陷综合征", "人类免疫缺陷病毒", "生殖器疱疹", "尖锐湿疣", "人乳头瘤病毒", "滴虫性阴道炎",
                "阴道毛滴虫", "软下疳", "性病", "性传播疾病", "性传播感染", "非淋菌性尿道炎",
                "抗逆转录病毒", "梅毒螺旋体",
            ),
            0.85,
        ),
    ]  # fmt: skip
    CONTEXT = ["std", "sti", "venereal", "성병", "性病"]
