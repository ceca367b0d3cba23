"""Chinese place names above street level standing alone: "来自北京", "湖南人", "在深圳市务工"."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
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
    "于",
    "系",
    "由",
    "转自",
    "现住",
    "常住",
    "暂住",
    "居于",
    "户口所在地",
    "户口",
    "生长于",
    "出生在",
    "移居",
    "迁居",
    "返乡",
    "住址",
    "现住址",
    "家庭住址",
)
# Words that end in 区 but name no district: a ward (病区), a residential compound (小区), a city's
# urban area (市区), an epidemic area (疫区) ...
_NOT_DISTRICTS = ("病区", "社区", "城区", "郊区", "市区", "灾区", "景区", "小区", "园区", "疫区", "禁区", "辖区",
                  "片区", "牧区")  # fmt: skip


class ChineseLocationRecognizer(ChinesePatternRecognizer):
    """A province (广东省, 广东) or city (深圳市; 深圳 after a place verb) with following districts, and a
    district or county alone after a place verb (家住昌平区)."""

    CONTEXT = list(_LEADERS)

    def __init__(self, supported_language: str = "zh", supported_entity: str = EntityType.LOCATION.value, **kwargs):
        province, province_official = gazetteer.province_regex(), gazetteer.province_official_regex()
        city_suffixed, city_any = gazetteer.city_regex(with_suffix_only=True), gazetteer.city_regex(False)
        # A district's name holds no other division's suffix: 北京市朝阳区, not 北京市朝阳区某社区.
        districts = rf"(?:(?:(?![区县市省某])[{HAN}]){{1,4}}?(?:区|县))?"
        ending = rf"(?=[^{HAN}]|$|" + "|".join(_FOLLOWERS) + ")"
        leader = "(?:" + "|".join(_LEADERS) + r")[ ]?[:：]?[ ]?"  # 来自湖南, 籍贯：湖南长沙
        # 深圳 in 在深圳人民医院 or 来自四川大学 is part of an institution's name.
        not_institution = rf"(?![{HAN}]{{0,10}}?(?:医院|卫生院|保健院|医疗|中心|大学|学院))"
        not_a_district = "".join(f"(?<!{word})" for word in _NOT_DISTRICTS)
        # 本县区, 外县, 该区: a form's option or a reference back, no place of its own.
        not_deictic = "(?![本外该此他其])"
        patterns = [
            # With its suffix (广东省, 深圳市, 北京市朝阳区) a name is a place wherever it stands, unless an
            # institution's name goes on after it (广东省人民医院, 深圳市疾控中心).
            Pattern(
                "province or city with its suffix",
                rf"(?P<phi>{province_official}(?:{city_any})?{districts}|{city_suffixed}{districts})"
                rf"{not_institution}",
                0.6,
            ),
            # A district or county alone, after a place verb: "家住昌平区", "来自寿光县"; three characters or
            # more, since two-character ones are mostly words (山区 "mountain area", 本县 "this county").
            Pattern(
                "district after a place verb",
                rf"{leader}(?P<phi>{not_deictic}[{HAN}]{{2,3}}(?:区|县){not_a_district}){ending}{not_institution}",
                0.6,
            ),
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
