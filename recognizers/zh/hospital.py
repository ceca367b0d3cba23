"""Chinese hospitals and clinics: …医院, 卫生院, 社区卫生服务中心, 妇幼保健院, and a list of real ones."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.ko.base import alternation
from emr_deid.recognizers.zh import gazetteer
from emr_deid.recognizers.zh.address import HAN
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer, to_simplified
from emr_deid.schemas.entity import EntityType

_SUFFIXES = (
    "医院",
    "卫生院",
    "社区卫生服务中心",
    "社区卫生服务站",
    "卫生服务中心",
    "妇幼保健院",
    "妇幼保健计划生育服务中心",
    "保健院",
    "医疗中心",
    "医学中心",
    "诊所",
    "门诊部",
    "卫生所",
    "卫生室",
    "疗养院",
    "防治院",
    "防治所",
)
# Kinds of hospital, not names: 我院, 当地医院, 上级医院, 三甲医院, 专科医院, 儿童医院 alone.
_GENERIC = (
    "我",
    "本",
    "外",
    "该",
    "此",
    "他",
    "其他",
    "别",
    "各",
    "多家",
    "某",
    "当地",
    "附近",
    "上级",
    "下级",
    "基层",
    "乡镇",
    "社区",
    "村",
    "县",
    "市",
    "省",
    "区",
    "县级",
    "市级",
    "省级",
    "区级",
    "三甲",
    "二甲",
    "一甲",
    "三级",
    "二级",
    "一级",
    "甲等",
    "乙等",
    "专科",
    "综合",
    "私立",
    "民营",
    "公立",
    "大",
    "小",
    "中",
    "中西医结合",
    "儿童",
    "妇产",
    "妇女儿童",
    "肿瘤",
    "口腔",
    "眼科",
    "精神",
    "精神病",
    "传染病",
    "胸科",
    "肺科",
    "骨科",
    "康复",
    "中医",
    "人民",
    "第一",
    "附属",
    "定点",
    "指定",
    "医保定点",
    "门诊",
    "私人",
    "个体",
    "黑",
    "正规",
    "大型",
    "家",
    "一家",
    "就近",
    "原",
    "前",
    "外地",
    "异地",
    "本地",
    "外院",
    "转诊",
    "首诊",
    "接诊",
    "入住",
    "收住",
    "其",
    "该院",
)
# Characters and words that end the run of text before a hospital name: 患者于/在/至/转入/由/转运自 北京协和医院.
_BREAKERS = re.compile(
    r".*(?:患者|就诊|转诊|转入|转至|转运自|转自|来自|收入|收住|入住|送至|送往|送入|前往|曾在|曾于|[在于至到往赴转从经送去由])"
)


class ChineseHospitalRecognizer(ChinesePatternRecognizer):
    """Listed institutions by name, and any name ending in a hospital word whose own part (what is
    left after dropping the verbs and prepositions before it) is not generic."""

    CONTEXT = ["医院", "就诊", "转诊", "住院", "治疗"]

    def __init__(self, supported_language: str = "zh", supported_entity: str = EntityType.HOSPITAL.value, **kwargs):
        patterns = [
            Pattern("listed institution", f"(?P<phi>{alternation(gazetteer.hospital_names())})", 0.9),
            Pattern("hospital word", rf"(?P<phi>[{HAN}0-9A-Za-z]{{1,24}}?{alternation(_SUFFIXES)})", 0.8),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
        self._suffix_at_end = re.compile(alternation(_SUFFIXES) + "$")
        self._generic = re.compile(f"(?:{alternation(_GENERIC)}|{alternation(gazetteer.departments())}|[0-9]+)+")
        self._generic_words = re.compile(alternation([word for word in _GENERIC if len(word) > 1]))

    def _is_place_name(self, name: str) -> bool:
        """A district, county or town named before the hospital word (市中区, 城关镇) makes the name
        specific though its characters are each generic (市 + 中 + 区); 当地县 stays generic."""
        if len(name) < 3 or not name.endswith(("区", "县", "市", "镇", "乡", "旗")):
            return False
        return not self._generic_words.fullmatch(name[:-1])

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        text = to_simplified(text)  # one character to one: offsets still index the note
        results = []
        for pattern, regex in self._scanned_patterns(text):
            for match in regex.finditer(text):
                start, end = match.span("phi")
                if pattern.name == "listed institution":
                    results.append(self._result(start, end, pattern.score, pattern.name, True))
                    continue
                breaker = _BREAKERS.match(text, start, end)
                if breaker:
                    start = breaker.end()
                name = self._suffix_at_end.sub("", text[start:end])
                if name and (self._is_place_name(name) or not self._generic.fullmatch(name)):
                    results.append(self._result(start, end, pattern.score, pattern.name, None))
        return EntityRecognizer.remove_duplicates(results)
