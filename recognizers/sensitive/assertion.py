"""Is a matched clinical term a fact asserted about the patient? A compact NegEx for Korean, Chinese and English.

A term is looked at in its clause only (text up to a sentence mark or a "but"), through three windows:
- after it, across a few *bridge* words (test names, "history", particles, other terms of a list), a result:
  a positive one ("reactive", "양성", "阳性") keeps it, whatever came before; a negative one ("negative",
  "음성", "阴性", ": no") drops it;
- right after it, a test word with no result ("HIV Ab", "STD screen", "HIV 검사", "梅毒螺旋体抗体") drops it:
  a test ordered or named is not a finding; so does a clinic, visit or class word ("孕妇学校") for recognizers
  that say so (not for infections: an HIV clinic visit discloses HIV), and each recognizer adds its own
  generic uses (a vaccine, a drug label, a history label "임신력:");
- before it, a negation trigger ("denies", "no", "without", "否认", "无") at most a few words back drops it;
  adjacent-only triggers ("non-", "비", "未", "非") must touch the term; so does a test ordered for it
  ("screened for syphilis", "筛查梅毒") or a recognizer's generic wording ("contraindicated in pregnancy").
Words that start another assertion ("but", "has", "diagnosed", "treated", "确诊", "，") end a negation's scope:
when in doubt the term stays masked, as a missed negation costs precision and a wrong one leaks the fact.
Scripts do not collide, so one set of rules serves every language and code-mixed notes ("HIV Ab 음성").
"""

from __future__ import annotations

import re

# Word edges by ASCII letters and digits: a Unicode \b sees no edge in "HIV抗体" or "HIV는".
WORD_START, WORD_END = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"


def english_words(*words: str) -> str:
    """Case-insensitive English words, whole words only."""
    return WORD_START + "(?i:" + "|".join(words) + ")" + WORD_END


def any_of(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# How far a clause is looked at on each side of a term, in characters.
_REACH = 80
# A negation covers at most this many words (and characters) between its trigger and the term.
_SCOPE_WORDS, _SCOPE_CHARS = 5, 40

_CLAUSE_END = re.compile(
    any_of(
        r"[.;!\n。；！]",
        english_words("but", "however", "although", "though", "except", "yet", "while", "whereas", "which", "who"),
        "但是?", "然而", "그러나", "하지만", "다만",
    )
)  # fmt: skip
# Before a term only: words that start a new assertion end a negation's scope ("no fever, has HIV"); so does
# a question mark, which after a term introduces its answer ("Pregnant? No").
_ASSERTION_START = re.compile(
    any_of(
        "[，?？]",
        english_words(
            "has", "had", "have", "with", "contracted", "diagnosed", "confirmed", "positive", "reactive", "found",
            "presents", "presented", "reports", "reported", r"treat(?:ed|ment|ing)?", "therapy",
        ),
        "确诊", "诊断为", "治疗", "阳性", "치료", "진단",
    )
)  # fmt: skip

_NEGATION_BEFORE = re.compile(
    any_of(
        english_words(
            r"no(?!\s(?:change|increase|further))", r"not(?!\s(?:only|excluded|ruled))", "denies", "denied",
            "deny", "denying", r"(?<!gram[-\s])negative", "neg", "without", "never", r"free\sof",
            r"absence\sof", "nor",
        ),
        "否认", r"无(?!症状|痛|保护|明显诱因|诱因)", "排除", "未见", "未发现", "未检出", "没有",
    )
)  # fmt: skip
# Triggers that negate only the term they touch: "non-pregnant", "비임신", "未孕", "非妊娠期".
_NEGATION_TOUCHING = re.compile(any_of(WORD_START + r"(?i:non)-?\s?", r"(?<![가-힣])비", "未", "非") + "$")

# Words between a term and its result. Alternatives are tried in order and never given back (possessive),
# so longer words come before their prefixes ("가능성" before "가").
_TEST_WORDS = any_of(
    english_words(
        "tests?", "testing", "screen", "screening", "serology", "serologies", "antibody", "antibodies",
        "Ag/Ab", "Ab", "Ag", "antigen", "titers?", "titres?", "assay", "panel", "culture", "swab", "PCR",
        "NAAT", "EIA", "ELISA", "labs?", r"work-?up", "RPR", "VDRL", "TPHA", "TPPA", "FTA-ABS", "TRUST", "GC", "CT",
    ),
    "선별검사", "검사상?", "항체", "항원", "선별", "반응", "여부", "테스트", "키트",
    "螺旋体", "抗体", "抗原", "检测", "筛查", "初筛", "复检", "确证", "试验", "检查", "化验", "血清学",
)  # fmt: skip
# Words that qualify a test name ("HIV-1/2 Ag/Ab", "rapid HIV test", "尿妊娠试验").
_QUALIFIERS = any_of(
    r"\s+", r"[/\-–—·]",
    english_words("1/2", "2", "combo", "rapid", "urine", "serum", "IgG", "IgM", r"4th\sgen(?:eration)?"),
    "소변", "혈청", "非特异性", "特异性?", "血清", "快速", "尿",
)  # fmt: skip
_OTHER_BRIDGES = any_of(
    _QUALIFIERS, r"[、:：]", r"[(（][A-Za-z][A-Za-z0-9 \-/]{0,11}[)）]",
    english_words(
        "results?", "was", "were", "is", "are", "status", "history", "hx", "of", "and", "or", "risks?",
        r"(?:risk\s)?factors?", "exposure", r"breast-?feeding", "lactating", "nursing",
    ),
    "결과", "에서", "과거력", "병력", "가능성", "소견", r"수유\s?중?", "중",
    "은", "는", "이", "가", "도", "의", "및", "과", "와", "력",
    "结果", "均", "都", "呈", "为", "病史", "史", "及", "和", "与", "或", "哺乳期?",
    # pathogens tested in the same panel: "HIV/HCV negative", "乙肝、HIV、梅毒均阴性"
    english_words("HBV", "HCV", "HBsAg", r"anti-HCV", r"hep(?:atitis)?\s?[BC]", "CMV"),
    r"[BC]형\s?간염", "乙肝(?:表面抗原|两对半)?", "丙肝",
)  # fmt: skip
# A test ordered for the term, with no result after it: "screened for syphilis", "筛查梅毒".
_TEST_BEFORE = any_of(
    english_words(r"(?:screen(?:ed|ing)?|test(?:ed|ing)?|check(?:ed)?|evaluat(?:ed?|ion)|work-?up)\sfor"),
    "筛查",
    "检测",
    "检查",
)

# A result read after a colon or a question mark only ("Pregnant? No", "梅毒：无"); elsewhere "no" or "有"
# begin other statements ("HIV, no ART yet").
_ANSWER = r"(?:(?<=[:：])|(?<=[:：]\s)|[?？]\s?)"
_POSITIVE = any_of(
    english_words("positive", "pos", "reactive", "detected", "confirmed"),
    r"\(\+\)", r"（\+）", r"\+(?![\d+])",
    "양성", "검출", "확인(?:됨|되어|되었|된|함)", "阳性", "检出", "确诊",
    _ANSWER + any_of(english_words("yes", "y"), "있음", "是", "有"),
)  # fmt: skip
_NEGATIVE = any_of(
    english_words(
        "negative", "neg", r"non-?reactive", r"not\sdetected", r"ruled\sout", "excluded", "absent", "denied", "denies"
    ),
    r"\(-\)", r"（-）", r"\(−\)",
    "음성", "아님", "아니", "없", "부인(?!과)", "배제", r"하지\s?않", r"안\s?함",
    "阴性", "未检出", "已?排除", "未见",
    _ANSWER + any_of(english_words("no", "none", "n", "n/?a"), "없음", "否", "无"),
)  # fmt: skip
_NOT_A_FACT_AFTER = any_of(
    english_words(
        "clinic", "department", "dept", "OPD", "visits?", "service", "unit", "ward", r"program(?:me)?",
        r"class(?:es)?", "education", "school", "center", "centre", r"counsell?ing",
    ),
    "외래", "클리닉", "센터", "교실", "학교", "병동", "상담",
    "门诊", "科", "中心", "学校", "课程", "病房", "宣教", "咨询",
)  # fmt: skip
# A history label after a generic term ("Pregnancy history:", "임신력:", "妊娠史："): its value is matched on its
# own. Not for a named infection: "Syphilis history: treated 2015" states the disease.
HISTORY_LABEL = any_of(
    english_words("history", "hx", "status") + r"\s?[:：]", r"\s?(?:병력|력|여부)\s?[:：]", r"(?:史|情况)\s?[:：]"
)


class AssertionRules:
    """The shared triggers above plus one recognizer's own words.

    `list_terms` is the recognizer's term regex: the other terms of a list bridge to a result ("梅毒、淋病均阴性",
    "chlamydia and gonorrhea NAAT negative"); a comma does not, so "syphilis, HIV negative" negates HIV alone.
    `not_a_fact_after` / `not_a_fact_before` name generic uses of a term ("pregnancy category", "孕妇禁用").
    `visit_words_are_generic`: whether a clinic or class word after the term makes it generic ("孕妇学校").
    """

    def __init__(
        self,
        list_terms: str,
        not_a_fact_after: str = "(?!)",
        not_a_fact_before: str = "(?!)",
        visit_words_are_generic: bool = True,
    ) -> None:
        tail = f"(?:{any_of(_TEST_WORDS, _OTHER_BRIDGES, list_terms)})*+"  # possessive: no backtracking
        self._positive = re.compile(tail + _POSITIVE)
        self._negative = re.compile(tail + _NEGATIVE)
        generic_after = (_NOT_A_FACT_AFTER,) if visit_words_are_generic else ()
        self._test_or_generic = re.compile(
            f"(?:{_QUALIFIERS})*+" + any_of(_TEST_WORDS, *generic_after, not_a_fact_after)
        )
        self._test_or_generic_before = re.compile(any_of(_TEST_BEFORE, not_a_fact_before) + r"\s*$")

    def asserted(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end], a matched term, states the fact about the patient."""
        after = _clause_after(text, end)
        if self._positive.match(after):
            return True
        if self._negative.match(after) or self._test_or_generic.match(after):
            return False
        before = _clause_before(text, start)
        return not (self._test_or_generic_before.search(before) or _negated_before(before))


def _clause_after(text: str, end: int) -> str:
    window = text[end : end + _REACH]
    clause_end = _CLAUSE_END.search(window)
    return window[: clause_end.start()] if clause_end else window


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _REACH) : start]
    clause_ends = list(_CLAUSE_END.finditer(window))
    return window[clause_ends[-1].end() :] if clause_ends else window


def _negated_before(clause: str) -> bool:
    if _NEGATION_TOUCHING.search(clause):
        return True
    triggers = list(_NEGATION_BEFORE.finditer(clause))
    if not triggers:
        return False
    scope = clause[triggers[-1].end() :]
    return len(scope.split()) <= _SCOPE_WORDS and len(scope) <= _SCOPE_CHARS and not _ASSERTION_START.search(scope)
