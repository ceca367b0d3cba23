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

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.ko.base import alternation
from emr_deid.recognizers.zh import gazetteer
from emr_deid.recognizers.zh.address import HAN
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer, to_simplified
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
    "陪护人",
    "陪护者",
    "陪同人",
    "陪同者",
    "陪诊人",
    "紧急联系人",
    "法定代理人",
    "授权委托人",
    "知情同意人",
    "谈话对象",
    "告知对象",
    "见证人",
    "证人",
    "患者家属",
    "申请医师",
    "申请医生",
    "送检医师",
    "送检医生",
    "开单医师",
    "会诊医师",
    "会诊医生",
    "接诊医师",
    "值班医师",
    "管床医师",
    "主管医师",
    "主管护士",
    "责任医师",
    "书写医师",
    "书写者",
    "书写人",
    "记录医生",
    "记录护士",
    "执行护士",
    "执行者",
    "审核者",
    "审核人",
    "复核人",
    "核对者",
    "核对人",
    "检查者",
    "采集者",
    "采样人",
    "接收人",
    "诊断医师",
    "处方医师",
    "转诊医师",
    "转诊医生",
    "指导医师",
    "带教老师",
    "主刀医生",
    "主刀医师",
    "手术者",
    "助手",
    "第一助手",
    "第二助手",
    "麻醉者",
    "麻醉医生",
    "器械护士",
    "巡回护士",
    "洗手护士",
    "经管医生",
    "经管医师",
    "主管医生",
    "床位医生",
    "床位医师",
    "主诊医生",
    "主诊医师",
    "接诊医生",
    "值班医生",
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
    "配偶",
    "爱人",
    "老伴",
    "儿媳",
    "女婿",
    "哥哥",
    "姐姐",
    "弟弟",
    "妹妹",
    "外孙",
    "侄子",
    "侄女",
    "朋友",
    "同事",
    # the patient named by the situation: a woman in labour, a pregnant woman, the injured, the examined
    "产妇",
    "孕妇",
    "伤者",
    "受检者",
    "就诊者",
    "服务对象",
    # a shift handed over and taken over: 交班：王芳  接班：李娜
    "交班",
    "接班",
)
# A role word may open a kin word: 患儿母亲王芳, 患者之女李娜.
_KIN_OWNER = "(?:患者|患儿|病人|病员)之?"
# Relations written in brackets after a relative's name: 王荣（配偶）, 李娜(患者之女).
RELATIONS = (
    "配偶",
    "丈夫",
    "妻子",
    "爱人",
    "父亲",
    "母亲",
    "儿子",
    "女儿",
    "之子",
    "之女",
    "之父",
    "之母",
    "之妻",
    "之夫",
    "兄弟",
    "姐妹",
    "哥哥",
    "姐姐",
    "弟弟",
    "妹妹",
    "孙子",
    "孙女",
    "儿媳",
    "女婿",
    "朋友",
    "同事",
    "监护人",
    "本人",
    "家属",
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
    "主任医师",
    "副主任医师",
    "主治医师",
    "住院医师",
    "副主任",
    "副教授",
    "主管护师",
    "护师",
    "药师",
    "技师",
    "规培医师",
    "进修医师",
    "实习医师",
)
# Characters that end a name when they follow it: 患者张力因头痛, 家属王芳诉, 患者李明于.
FUNCTION_CHARS = frozenset(
    "因于诉在以今昨无有为是已现近男女入出既经行与及的等被将对向给自陪签代要说称述拒知送带"
    "，。、；：,.;:（）() 0123456789"
)
# Before a name with a title (王主任), a non-Han character, a role word, one of these verbs or a
# time word (今日张教授查房): 主任医师 is not 任 + 医师.
_BEFORE_BARE_SURNAME = frozenset("请向经由被和与给让叫找嘱告知及或同把日天晨晚")
# Two-character verbs that take a person, before a name with a title: 请联系梁坤医生, 已通知王主任.
_VERBS_BEFORE_BARE_SURNAME = ("联系", "咨询", "通知", "致电", "电话")
# Never inside a given name; a candidate containing one is a phrase (患者自诉, 患者无明显诱因).
NOT_NAME_CHARS = frozenset("的了是在和与及或等其该此患病症状诉无未因于自予给行后前时日月年次天周个岁男女")
# Surnames that are also everyday function characters take a name only with a strong cue.
# Others that are also common words (曾 余 文 方 安 常 平 明 全 ...) rely on the stop-word list.
AMBIGUOUS_SURNAMES = frozenset("于向和时由经来应能连可如同查")
# Sex or age right after a name: 张三，男，65岁; 李娜，32岁; 王芳 女 45岁.
_SEX_OR_AGE = r"(?:(?:性别[:：]?)?[男女]|(?:年龄[:：]?)?\d{1,3}[ ]?(?:岁|周岁))"
_DEMOGRAPHICS = rf"(?=[ ]?[，,、(（|｜][ ]?{_SEX_OR_AGE}|[ \t]{{1,2}}[男女](?:[ \t，,|｜/]|$))"
_ID_LABELS = ("身份证", "住院号", "门诊号", "病案号", "病历号", "ID", "电话", "手机", "联系电话")
# A clause that opens with the name and goes on to an admission: 出院记录：刘洁玉于2025年3月22日入院.
_ADMITTED = (
    r"(?=于[ ]?\d[\d年月日.\-/ ]{2,12}(?:在我院|来我院|在本院)?(?:入院|出院|就诊|住院|来院|来诊|收入|收住|转入))"
)
# A signature: the name alone after a hospital or department, at the end of its line or before a date.
_SIGNED_AFTER = "(?:医院|卫生院|中心|诊所|门诊部|科)[ \t]{1,4}"
_SIGNATURE_END = r"(?=[ \t]*$|[ \t]+(?:19|20)\d{2}[年.\-/])"


@cache
def _jieba():
    """jieba's tokenizer, initialised once per process on first use (it loads its dictionary)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


class ChinesePersonRecognizer(ChinesePatternRecognizer):
    CONTEXT = ["患者", "家属", "姓名", "医生", "主任", "护士", "先生", "女士"]

    def __init__(self, supported_language: str = "zh", supported_entity: str = EntityType.PERSON.value, **kwargs):
        surnames = gazetteer.surname_shares()
        surname = (
            alternation([s for s in surnames if len(s) == 2]) + "|" + alternation([s for s in surnames if len(s) == 1])
        )
        name = rf"(?P<phi>(?:{surname})[{HAN}]{{1,2}})"
        # Between label and name: a note in brackets, a colon, or a table's cell border ("患者 | 潘文 | 男").
        gap = r"[ ]?(?:[(（][^()（）\n]{1,6}[)）])?[ ]?[:：|｜]?[ ]?"
        # A note in brackets about the person: 王荣（配偶）, 李娜(患者之女), 于峰博（男，45岁）, 张三（身份证号…）.
        bracket_note = (
            rf"(?=[ ]?[(（](?:(?:{_KIN_OWNER})?{alternation(RELATIONS)}[)）]|[男女][，,、)）]|\d{{1,3}}岁"
            rf"|{alternation(_ID_LABELS)}))"
        )
        after_role_or_not_han = rf"(?:(?<![{HAN}])|(?<=患者)|(?<=病人)|(?<=患儿)|(?<=家属)|(?<=居民))"
        patterns = [
            Pattern("after a label", rf"{alternation(STRONG_LABELS)}{gap}{name}", 0.85),
            # after a bed number too: 5床尹林 男/24y
            Pattern("with sex and age", rf"(?:(?<![{HAN}])|(?<=\d床)){name}{_DEMOGRAPHICS}", 0.85),
            Pattern("with a note in brackets", rf"{after_role_or_not_han}{name}{bracket_note}", 0.85),
            Pattern("signature", rf"{_SIGNED_AFTER}{name}{_SIGNATURE_END}", 0.8),
            Pattern("before a title", rf"(?P<phi>(?:{surname})[{HAN}]{{0,2}}?)(?={alternation(TITLES)})", 0.75),
            Pattern("after a role", rf"(?:{_KIN_OWNER})?{alternation(WEAK_LABELS)}{gap}{name}", 0.7),
            Pattern("opening an admission", rf"(?:^|(?<=[:：。；;\n]))[ ]?{name}{_ADMITTED}", 0.7),
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
        self._label_words = frozenset((*self._labels, *TITLES, *RELATIONS))
        self._stopwords = tuple(gazetteer.name_stopwords())
        self._strong_label = re.compile(alternation(STRONG_LABELS))
        # More names listed after one found with a cue: 术者：张建国、李明.
        self._listed = re.compile(rf"[、/][ ]?{name}")

    def warm_up(self) -> None:
        """Load jieba's dictionary now rather than on the first note that needs it."""
        super().warm_up()
        _jieba()

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        text = to_simplified(text)  # one character to one: offsets still index the note
        results, bare_ambiguous = [], []
        # Labels are not names: 经管医生 is no 管 + 医生.
        in_label = {i for m in self._strong_label.finditer(text) for i in range(m.start(), m.end())}
        for pattern, regex in self._scanned_patterns(text):
            strong = pattern.name in ("after a label", "with sex and age", "with a note in brackets", "signature")
            for match in regex.finditer(text):
                start, end = match.span("phi")
                if pattern.name == "before a title":
                    if start in in_label or not self._starts_a_name(text, start):
                        continue
                    if text[start] in _BEFORE_BARE_SURNAME and end - start > 1:
                        start += 1  # 由王医生: 由 is the verb, 王 the name
                    strong = end - start > 1  # 王小明先生; a bare 王先生 still avoids the ambiguous surnames
                else:
                    end = self._name_end(text, start, end)
                if self._is_name(text[start:end], strong=strong):
                    results.append(self._result(start, end, pattern.score, pattern.name, None))
                    results.extend(self._listed_after(text, end, pattern.score))
                elif pattern.name == "before a title" and self._is_name(text[start:end], strong=True):
                    bare_ambiguous.append(self._result(start, end, pattern.score, pattern.name, None))
        # 于先生 is a name where the note names 于峰博; otherwise 于 is "at".
        found_surnames = {self._surname_of(text[r.start : r.end]) for r in results if r.end - r.start >= 2}
        results.extend(r for r in bare_ambiguous if text[r.start : r.end] in found_surnames)
        results.extend(self._other_mentions(text, results))
        return EntityRecognizer.remove_duplicates(results)

    def _listed_after(self, text: str, end: int, score: float) -> list[RecognizerResult]:
        """Names listed after a found one, separated by 、 or /: 术者：张建国、李明、王芳."""
        listed = []
        while match := self._listed.match(text, end):
            start, end = match.span("phi")
            end = self._name_end(text, start, end)
            if not self._is_name(text[start:end], strong=True):
                break
            listed.append(self._result(start, end, score, "listed after a name", None))
        return listed

    def _other_mentions(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Other mentions of a full name already found with a cue ("患者王小明 ... 王小明诉"). Two-character
        names recur only after a non-Han character: "张力" found as a name does not make 肌张力 one."""
        names = {text[r.start : r.end] for r in found if r.end - r.start >= 2}
        if not names:
            return []
        # A literal alternation compiles fast; a Han character class per note would not.
        mention = re.compile(alternation(names))
        return [
            self._result(m.start(), m.end(), 0.7, "other mention", None)
            for m in mention.finditer(text)
            if m.end() - m.start() >= 3 or not (m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff")
        ]

    def _name_end(self, text: str, start: int, end: int) -> int:
        """Where the name ends: a two-character given name whose second character is a function
        character that ends names (张力因 -> 张力) is shortened, and a title is never part of the name
        (上级医师刘主任 -> 刘, 家属王伟医生 -> 王伟)."""
        surname = next(s for s in self._surnames if text.startswith(s, start))
        for cut in range(start + len(surname), end):
            if text.startswith(TITLES, cut):
                return cut
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
        return text.endswith((*self._labels, *_VERBS_BEFORE_BARE_SURNAME), 0, start)

    def _surname_of(self, name: str) -> str:
        return next(s for s in self._surnames if name.startswith(s))

    def _is_name(self, candidate: str, *, strong: bool) -> bool:
        surname = self._surname_of(candidate)
        given = candidate[len(surname) :]
        if any(ch in NOT_NAME_CHARS for ch in given):
            return False
        if candidate.startswith(self._stopwords):
            return False
        if candidate in gazetteer.departments() or candidate.endswith(("科", "室", "院", "区", "市", "省", "县")):
            return False
        if candidate in self._label_words:  # 患儿母亲诉: 母亲 is the role, not 母 + 亲
            return False
        return strong or surname not in AMBIGUOUS_SURNAMES
