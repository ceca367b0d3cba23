"""Korean street-level addresses, road-name (도로명) and lot-number (지번) forms."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko import gazetteer
from emr_deid.schemas.entity import EntityType

_SP = r"[ ]?"
# Any 시/군/구 after a 시/도 or a listed district: 경기도 가상시 (unlisted names still pass there).
_GENERIC_DISTRICT = r"[가-힣]{1,5}(?:시|군|구)(?![가-힣])"
_TOWN = r"[가-힣][가-힣0-9]{0,6}(?:읍|면|동|리|가)(?![가-힣])"  # 읍/면/동/리, 종로1가
_NUMBER = r"(?:산[ ]?|지하[ ]?)?\d{1,5}(?:-\d{1,4})?(?:번지)?(?!\d)"


def address_head() -> str:
    """시/도 with optional districts, or a listed 시/군/구: where an address starts."""
    province, district = gazetteer.province_regex(), gazetteer.district_regex(with_short_forms=False)
    return (
        f"(?:{province}{_SP}(?:(?:{district}|{_GENERIC_DISTRICT}){_SP}){{0,2}}"
        f"|{district}{_SP}(?:{_GENERIC_DISTRICT}{_SP})?)"
    )


def address_street() -> str:
    """A road and building number, or a 동/리 and lot number: what makes an address street-level."""
    road = r"[가-힣A-Za-z0-9]{1,12}" + gazetteer.road_suffix_regex() + r"(?:[ ]?\d{1,4}(?:번길|길|가))?"
    return f"(?:(?:{_TOWN}{_SP}){{0,2}}{road}{_SP}{_NUMBER}|(?:{_TOWN}{_SP}){{1,2}}{_NUMBER})"


def address_detail() -> str:
    """Building, 동/호/층 and the bracketed reference (역삼동, 래미안아파트) after the number."""
    building = r"[가-힣A-Za-z0-9]{1,15}" + gazetteer.building_suffix_regex() + r"(?:[ ]?\d{1,2}차)?"
    unit = r"(?:[A-Za-z가-힣]|\d{1,4})동(?:[ ]?(?:B|지하)?\d{1,5}호)?|(?:B|지하)?\d{1,5}호|(?:지하[ ]?)?\d{1,3}층"
    reference = r"\([가-힣0-9]{1,10}(?:동|리|가|읍|면|마을)(?:,[ ]?[가-힣A-Za-z0-9 ]{1,20})?\)"
    return rf"(?:,?[ ]?(?:{building}))?(?:,?[ ]?(?:{unit}))*(?:[ ]?{reference})?"


class KoreanAddressRecognizer(SpanPatternRecognizer):
    """A full address span: 시/도 or 시/군/구, then road + number or 동 + lot number, then building and
    unit (서울특별시 강남구 테헤란로 123, 래미안아파트 101동 1203호). Without a place to start from, a
    street is taken only after an address label (주소:, 거주지) or as an apartment with 동 and 호.
    A 시/도 or district alone is a LOCATION, not an address."""

    # Scanned several times faster by the other regex engine, same matches (see SpanPatternRecognizer.ON_RE).
    ON_REGEX = frozenset({"apartment unit"})

    CONTEXT = ["주소", "현주소", "거주지", "자택", "집주소", "실거주지", "address"]

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.ADDRESS.value, **kwargs):
        street, detail = address_street(), address_detail()
        building = r"[가-힣A-Za-z0-9]{1,15}" + gazetteer.building_suffix_regex()
        patterns = [
            # The region may run into its label when a space is dropped: "주소경기도 성남시 ...".
            Pattern(
                "address from its region",
                f"(?:(?<![가-힣])|(?<=주소|자택)|(?<=거주지))(?:{address_head()}){street}{detail}",
                0.85,
            ),
            Pattern(
                "street after an address label",
                r"(?:주소|현주소|거주지|자택|집주소|실거주지)[ ]?(?:지)?[ ]?[:：]?[ ]?"
                f"(?P<phi>{street}{detail})",
                0.8,
            ),
            Pattern(
                "numbered side road",
                rf"(?<![가-힣])[가-힣]{{1,10}}(?:대로|로)\d{{1,3}}(?:번)?길[ ]?{_NUMBER}{detail}",
                0.7,
            ),
            Pattern("apartment unit", rf"(?<![가-힣]){building}[ ]?\d{{1,4}}동[ ]?\d{{1,5}}호", 0.7),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
