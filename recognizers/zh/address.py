"""Chinese street-level addresses: 省/市/区/县/镇/乡/街道 down to 路/街/巷, 号, 栋, 单元, 室."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.zh import gazetteer
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer
from emr_deid.schemas.entity import EntityType

HAN = r"\u4e00-\u9fff"
_NUM = r"(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,4})"
_CITY_GENERIC = rf"[{HAN}]{{2,6}}?(?:市|州|地区|盟)"
_DISTRICT = rf"[{HAN}]{{1,6}}?(?:区|县|市|旗)"
_TOWN = rf"[{HAN}]{{1,6}}?(?:镇|乡|街道)"
_VILLAGE = rf"[{HAN}0-9]{{1,8}}?(?:村|社区|居委会|组)"
_ROAD = rf"[{HAN}A-Za-z0-9]{{1,10}}?(?:大道|大街|路|街|巷|胡同|里|道)(?:{_NUM}[段巷弄])?"
# After the door number: a compound (号院, 碧桂园), building, entrance (单元, 门), floor and room; a
# bare room number only right after an entrance, floor or building (2门1302, 12栋301).
_ESTATE = "(?:小区|花园|园|苑|公寓|大厦|大楼|新村|家园|广场|城|庄园|宿舍|院|公馆|大学|学院)"
_DETAIL = (
    rf"(?:院|(?:(?![于在至到就诊入出的了和与及并])[{HAN}A-Za-z0-9]){{1,10}}?{_ESTATE})?"
    rf"(?:(?:{_NUM}|[A-Za-z])(?:号楼|栋|幢|座|号院))?(?:{_NUM}(?:单元|门))?(?:{_NUM}(?:楼|层))?"
    rf"(?:{_NUM}(?:室|号|房|户)|(?<=[元门楼层栋幢座])\d{{3,4}}(?!\d))?"
)


def address_head() -> str:
    """Where an address starts: a province and/or a listed city, then districts."""
    province, city = gazetteer.province_regex(), gazetteer.city_regex(with_suffix_only=False)
    return rf"(?:{province}(?:{city}|{_CITY_GENERIC})?|{city}){_DISTRICT}?{_DISTRICT}?"


def address_street() -> str:
    """What makes an address street-level: a road and number, or a town/village (with a number)."""
    return (
        rf"(?:(?:{_TOWN})?(?:{_VILLAGE})?{_ROAD}(?:{_NUM}(?:号|弄)(?:之{_NUM})?|[A-Za-z]座)"
        rf"|(?:{_TOWN})?{_VILLAGE}(?:{_NUM}[组队])?(?:{_NUM}号)?|{_TOWN}{_NUM}号)"
    )


class ChineseAddressRecognizer(ChinesePatternRecognizer):
    """A full address from its province or city down to the room (广东省深圳市南山区科技园路1号
    3栋2单元501室); without one, the street after an address label (现住址：, 家住). A province or
    city alone is a LOCATION."""

    CONTEXT = ["住址", "现住址", "地址", "家住", "现住", "居住地", "户籍地址", "联系地址", "家庭住址"]

    def __init__(self, supported_language: str = "zh", supported_entity: str = EntityType.ADDRESS.value, **kwargs):
        street = address_street()
        labels = (
            r"(?:现住址|家庭住址|户籍地址|联系地址|通讯地址|居住地址|居住地|住址|地址|家住|现住|住在|居住于|居住在)"
        )
        patterns = [
            Pattern("address from its region", rf"(?:{address_head()}){street}{_DETAIL}", 0.85),
            Pattern(
                "street after an address label",
                rf"{labels}[ ]?[:：]?[ ]?(?P<phi>(?:{_DISTRICT})?{street}{_DETAIL})",
                0.8,
            ),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
