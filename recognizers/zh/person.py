"""Chinese person names: patients, relatives and staff.

Chinese is written without spaces and many surnames are everyday characters (于, 高, 常, 明, 和), so
a name is taken only next to a cue: a role or label before it (患者, 家属, 主任, 姓名：), a title after
it (先生, 女士, 医生, 护士), or sex and age after it (张三，男，65岁). Its length (surname + one or two
characters) is settled by what follows: a function character that ends the name (因, 于, 诉, ，) is
left out, so "患者张力因头痛入院" gives 张力, while "肌张力正常" has no cue and gives nothing.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from itertools import accumulate

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers.ko.base import SpanPatternRecognizer, alternation
from emr_deid.recognizers.zh import gazetteer
from emr_deid.recognizers.zh.address import HAN
from emr_deid.schemas.entity import EntityType

STRONG_LABELS = (
    "姓名",
    "患者姓名",
    "病人姓名",
    "家属姓名",
    "联系人",
    "联系人姓名",
    "签名",
    "患者签名",
    "家属签名",
    "医师签名",
    "医生签名",
    "护士签名",
    "签字",
    "记录者",
    "记录人",
    "记录医师",
    "报告医师",
    "审核医师",
    "检查医师",
    "操作者",
    "术者",
    "主刀",
    "一助",
    "二助",
    "麻醉师",
    "麻醉医师",
    "委托人",
    "代理人",
    "监护人",
    "被授权人",
    "签字人",
    "经治医师",
    "主治医师",
    "住院医师",
    "主任医师",
    "副主任医师",
    "上级医师",
    "责任护士",
    "护士长",
    "科主任",
    "填表人",
    "报告人",
)
WEAK_LABELS = (
    "患者",
    "病人",
    "患儿",
    "家属",
    "其子",
    "其女",
    "其妻",
    "其夫",
    "其父",
    "其母",
    "丈夫",
    "妻子",
    "儿子",
    "女儿",
    "父亲",
    "母亲",
    "医生",
    "医师",
    "主任",
    "护士",
    "护师",
    "技师",
    "陪护",
    "护工",
    "患方",
    "老人",
    "孙子",
    "孙女",
)
TITLES = (
    "先生",
    "女士",
    "医生",
    "医师",
    "主任",
    "护士",
    "护士长",
    "教授",
    "老师",
    "同志",
    "大夫",
    "院长",
    "阿姨",
    "老人",
    "大爷",
    "大妈",
    "奶奶",
    "爷爷",
    "小朋友",
    "患者",
    "家属",
)
# Characters that end a name when they follow it: 患者张力因头痛, 家属王芳诉, 患者李明于.
FUNCTION_CHARS = frozenset(
    "因于诉在以今昨无有为是已现近男女入出既经行与及的等被将对向给自陪签代要说称述拒知送带"
    "，。、；：,.;:（）() 0123456789"
)
# Before a name with a title (王主任), a non-Han character, a role word or one of these verbs:
# 主任医师 is not 任 + 医师.
_BEFORE_BARE_SURNAME = frozenset("请向经由被和与给让叫找嘱告知及或同把")
# Never inside a given name; a candidate containing one is a phrase (患者自诉, 患者无明显诱因).
NOT_NAME_CHARS = frozenset("的了是在和与及或等其该此患病症状诉无未因于自予给行后前时日月年次天周个岁男女")
# Surnames that are also everyday function characters take a name only with a strong cue.
# Others that are also common words (曾 余 文 方 安 常 平 明 全 ...) rely on the stop-word list.
AMBIGUOUS_SURNAMES = frozenset("于向和时由经来应能连可如同查")
_DEMOGRAPHICS = r"(?=[ ]?[，,、(（][ ]?(?:性别[:：]?)?[男女])"


@cache
def _jieba():
    """jieba's tokenizer, initialised once per process on first use (it loads its dictionary)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


class ChinesePersonRecognizer(SpanPatternRecognizer):
    CONTEXT = ["患者", "家属", "姓名", "医生", "主任", "护士", "先生", "女士"]

    def __init__(self, supported_language: str = "zh", supported_entity: str = EntityType.PERSON.value, **kwargs):
        surnames = gazetteer.surname_shares()
        surname = (
            alternation([s for s in surnames if len(s) == 2]) + "|" + alternation([s for s in surnames if len(s) == 1])
        )
        name = rf"(?P<phi>(?:{surname})[{HAN}]{{1,2}})"
        gap = r"[ ]?(?:[(（][^()（）\n]{1,6}[)）])?[ ]?[:：]?[ ]?"
        patterns = [
            Pattern("after a label", rf"{alternation(STRONG_LABELS)}{gap}{name}", 0.85),
            Pattern("with sex and age", rf"(?<![{HAN}]){name}{_DEMOGRAPHICS}", 0.85),
            Pattern("before a title", rf"(?P<phi>(?:{surname})[{HAN}]{{0,2}}?)(?={alternation(TITLES)})", 0.75),
            Pattern("after a role", rf"{alternation(WEAK_LABELS)}{gap}{name}", 0.7),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
        self._surnames = sorted(surnames, key=len, reverse=True)
        self._labels = (*STRONG_LABELS, *WEAK_LABELS)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for pattern, regex in self._compiled:
            strong = pattern.name in ("after a label", "with sex and age")
            for match in regex.finditer(text):
                start, end = match.span("phi")
                if pattern.name == "before a title":
                    if not self._starts_a_name(text, start):
                        continue
                    strong = end - start > 1  # 王小明先生; a bare 王先生 still avoids the ambiguous surnames
                else:
                    end = self._name_end(text, start, end)
                if self._is_name(text[start:end], strong=strong):
                    results.append(self._result(start, end, pattern.score, pattern.name, None))
        results.extend(self._other_mentions(text, results))
        return EntityRecognizer.remove_duplicates(results)

    def _other_mentions(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Other mentions of a full name already found with a cue ("患者王小明 ... 王小明诉"). Two-character
        names recur only after a non-Han character: "张力" found as a name does not make 肌张力 one."""
        names = {text[r.start : r.end] for r in found if r.end - r.start >= 2}
        if not names:
            return []
        long_names = [n for n in names if len(n) >= 3]
        short_names = [n for n in names if len(n) == 2]
        parts = [alternation(long_names)] if long_names else []
        if short_names:
            parts.append(rf"(?<![{HAN}]){alternation(short_names)}")
        mention = re.compile("|".join(parts))
        return [self._result(m.start(), m.end(), 0.7, "other mention", None) for m in mention.finditer(text)]

    def _name_end(self, text: str, start: int, end: int) -> int:
        """Where the name ends: a two-character given name whose second character is a function
        character that ends names (张力因 -> 张力) is shortened."""
        surname = next(s for s in self._surnames if text.startswith(s, start))
        if end - start - len(surname) != 2:
            return end
        if text[end - 1] in FUNCTION_CHARS:
            return end - 1
        if end >= len(text) or text[end] in FUNCTION_CHARS or not "\u4e00" <= text[end] <= "\u9fff":
            return end
        boundaries = set(accumulate(len(word) for word in _jieba().lcut(text[start : end + 2])))
        if end - start not in boundaries and len(surname) + 1 in boundaries:  # 王伟陪护 -> 王伟 / 陪护
            return end - 1
        return end

    def _starts_a_name(self, text: str, start: int) -> bool:
        """Whether a name may begin here, before a title: after a non-Han character, a verb that takes
        a person (经王主任同意, 请李医生会诊) or a role word (患者王小明先生); 上级医师李建国查看患者 has
        no name 国查看 before 患者."""
        before = text[start - 1] if start else " "
        if not "\u4e00" <= before <= "\u9fff" or before in _BEFORE_BARE_SURNAME:
            return True
        return text.endswith(self._labels, 0, start)

    def _is_name(self, candidate: str, *, strong: bool) -> bool:
        surname = next(s for s in self._surnames if candidate.startswith(s))
        given = candidate[len(surname) :]
        if any(ch in NOT_NAME_CHARS for ch in given):
            return False
        if any(candidate.startswith(word) for word in gazetteer.name_stopwords()):
            return False
        if candidate in gazetteer.departments() or any(candidate.endswith(ch) for ch in "科室院区市省县"):
            return False
        return strong or surname not in AMBIGUOUS_SURNAMES
