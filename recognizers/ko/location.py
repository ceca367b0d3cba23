"""Korean place names above street level standing alone: "서울 거주", "경기도 수원시에서 전원"."""

from __future__ import annotations

from presidio_analyzer import Pattern

from emr_deid.recognizers.ko import gazetteer
from emr_deid.recognizers.ko.base import SpanPatternRecognizer
from emr_deid.schemas.entity import EntityType

# What may follow a place name: a particle or a residence word, never the rest of a longer word
# (서울대병원 is a hospital, 부산물 is not Busan).
_PLACE_END = (
    r"(?![가-힣])|(?=(?:에서|에서는|에|의|로|으로|은|는|이|가|을|를|도|와|과|까지|부터|거주|출신|소재|출생|태생|지역|"
    r"시내|인근|근교|근처|쪽|방면|권|소재지)(?![가-힣]))"
)


# Regions named by their old provinces or by short forms that are also common words (경기 "seizure",
# 경상 "minor injury"): a place only where residence or origin is said around them.
_AMBIGUOUS_REGIONS = (
    r"(?:경상남도|경상북도|충청남도|충청북도|전라남도|전라북도|경상도|충청도|전라도|경기|강원|경상|충청|전라|경남|경북)"
)
_RESIDENCE_BEFORE = r"(?:거주지|주소지|주소|출신지|출신|고향|거주)[ ]?[:：]?[ ]?"
_RESIDENCE_AFTER = r"(?=(?:도)?[ ]?(?:에서는|에서도|에서|에|의)?[ ]?(?:거주|출신|살|소재|이사|상경|태생|출생))"


# Where a place name starts: after a non-letter, or run into a particle before it ("오미영님은대구에 거주").
_PLACE_START = r"(?:(?<![가-힣A-Za-z])|(?<=[가-힣](?:은|는|이|가|을|를|의|에|고|며)))"


class KoreanLocationRecognizer(SpanPatternRecognizer):
    """A 시/도 or listed 시/군/구 (optionally followed by further 시/군/구/읍/면/동), as one span.
    Street-level addresses that contain them are the address recognizer's, with a higher score."""

    CONTEXT = ["거주", "출신", "소재", "출생", "주소"]

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.LOCATION.value, **kwargs):
        province = gazetteer.province_regex()
        district = gazetteer.district_regex(with_short_forms=True)
        further = r"(?:[ ]?[가-힣]{1,5}(?:시|군|구|읍|면|동)(?=" + _PLACE_END + "))"
        patterns = [
            Pattern(
                "region",
                f"{_PLACE_START}(?:{province}|{district})(?:[ ]?{district})?{further}{{0,2}}(?:{_PLACE_END})",
                0.6,
            ),
            Pattern(
                "region after a residence word", rf"{_RESIDENCE_BEFORE}(?P<phi>{_AMBIGUOUS_REGIONS})(?![가-힣])", 0.6
            ),
            Pattern(
                "region before a residence word", rf"(?<![가-힣])(?P<phi>{_AMBIGUOUS_REGIONS}){_RESIDENCE_AFTER}", 0.6
            ),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
