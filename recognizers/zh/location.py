"""Chinese place names above street level standing alone: "来自北京", "湖南人", "在深圳市务工"."""

from __future__ import annotations

from presidio_analyzer import Pattern

from emr_deid.recognizers.zh import gazetteer
from emr_deid.recognizers.zh.address import HAN
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer
from emr_deid.schemas.entity import EntityType

# Chinese has no spaces, so a place name counts only where what follows cannot continue a longer
# name (北京协和医院 is a hospital; 安康 is also "well-being", 白银 "silver").
_FOLLOWERS = (
    "人",
    "籍",
    "户籍",
    "地区",
    "工作",
    "居住",
    "生活",
    "务工",
    "打工",
    "出差",
    "旅游",
    "返回",
    "回来",
    "来",
    "出发",
    "的",
    "等",
    "及",
    "和",
    "与",
    "一带",
    "当地",
    "农村",
    "城区",
    "郊区",
    "市区",
    "地",
    "省内",
    "市内",
    "就诊",
    "就医",
    "治疗",
    "做",
    "经商",
    "探亲",
    "出生",
    "长大",
    "务农",
    "期间",
    "某",
)
_LEADERS = (
    "来自",
    "老家",
    "去过",
    "到过",
    "途经",
    "住在",
    "居住在",
    "居住于",
    "家住",
    "籍贯",
    "原籍",
    "户籍",
    "户籍地",
    "出生地",
    "居住地",
    "现居",
    "出生于",
    "生于",
    "赴",
    "前往",
    "去",
    "到",
    "在",
    "回",
    "返回",
    "从",
    "自",
)


class ChineseLocationRecognizer(ChinesePatternRecognizer):
    """A province (广东省, 广东) or city (深圳市; 深圳 after a place verb) with following districts."""

    CONTEXT = list(_LEADERS)

    def __init__(self, supported_language: str = "zh", supported_entity: str = EntityType.LOCATION.value, **kwargs):
        province = gazetteer.province_regex()
        city_suffixed, city_any = gazetteer.city_regex(with_suffix_only=True), gazetteer.city_regex(False)
        districts = rf"(?:[{HAN}]{{1,4}}?(?:区|县))?"
        ending = rf"(?=[^{HAN}]|$|" + "|".join(_FOLLOWERS) + ")"
        leader = "(?:" + "|".join(_LEADERS) + r")[ ]?[:：]?[ ]?"  # 来自湖南, 籍贯：湖南长沙
        # 深圳 in 在深圳人民医院 or 来自四川大学 is part of an institution's name.
        not_institution = rf"(?![{HAN}]{{0,10}}?(?:医院|卫生院|保健院|医疗|中心|大学|学院))"
        patterns = [
            Pattern(
                "province or city",
                rf"(?P<phi>(?:{province})(?:{city_any})?{districts}|{city_suffixed}{districts}){ending}{not_institution}",
                0.6,
            ),
            Pattern(
                "after a place verb", rf"{leader}(?P<phi>(?:{province})?{city_any}{districts}){not_institution}", 0.6
            ),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
