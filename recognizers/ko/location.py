"""Korean place names above street level standing alone: "서울 거주", "경기도 수원시에서 전원"."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko import gazetteer
from emr_deid.recognizers.ko.base import alternation
from emr_deid.schemas.entity import EntityType

# What may follow a place name: a particle or a residence word, never the rest of a longer word
# (서울대병원 is a hospital, 부산물 is not Busan).
_PLACE_END = (
    r"(?![가-힣])|(?=(?:에서|에서는|에|의|로|으로|은|는|이|가|을|를|도|와|과|까지|부터|거주|출신|소재|출생|태생|지역|"
    r"시내|인근|근교|근처|쪽|방면|권|소재지|에서부터|으로부터|로부터|에도|에서의)(?![가-힣])"
    # Words written onto the name without a space: "분당거주", "부산사람", "서울토박이", "수원일대", "서귀포시자택".
    r"|(?=(?:거주|출신|소재|사람|토박이|일대|방문|여행|이사|전원|이송|자택|본가)))"
)


# Regions named by their old provinces or by short forms that are also common words (경기 "seizure",
# 경상 "minor injury"): a place only where residence or origin is said around them.
_AMBIGUOUS_REGIONS = (
    r"(?:경상남도|경상북도|충청남도|충청북도|전라남도|전라북도|경상도|충청도|전라도|경기|강원|경상|충청|전라|경남|경북)"
)
# Code-mixed notes label residence in English too: "Residence: 경기", "lives in 분당".
_RESIDENCE_BEFORE = (
    r"(?:거주지|주거지|주소지|주소|출신지|출신|고향|본가|거주|발생[ ]?장소|사고[ ]?장소|소재지|근무지|체류지"
    r"|(?i:residence|address|hometown|lives(?: alone)? in|living in|resides in|residing(?: in)?|born in|moved to"
    r"|trip to|travel(?:l?ed)? to|visit(?:ed|ing)?|returned from|currently in|based in|works? in|working in"
    r"|stay(?:s|ed|ing)? in|from))"
    r"(?:[은는이가](?=[ ]))?[ ]?[:：]?[ ]?"  # "고향은 충청"
)
_RESIDENCE_AFTER = (
    # "경기 거주", "대치동 쪽에 사는", "충청도에서 요양"
    r"(?=(?:도)?(?:[ ]?(?:쪽|근처|인근))?[ ]?(?:에서는|에서도|에서|에|의|으로|로)?[ ]?"
    r"(?:거주|출신|살|사는|사시|소재|이사|상경|태생|출생|본가|고향|요양|근무|체류|출장|주민)"
    r"|[ ]?(?:지역|일대|지방)(?:에서|에|의|은|는|으로|로)?(?![가-힣])"
    # a journey there, said in either language: "경기 여행 후", "Jeju trip 후", "충청 방문"
    r"|[ ]?(?:로|으로|에)?[ ]?(?:여행|방문|(?i:trip|travel|visit)(?![A-Za-z]))"
    # a local institution there: "경기의 local clinic", "강남구의 병원"
    r"|의[ ]?(?:(?i:local|clinic|hospital)(?![A-Za-z])|병원|의원))"
)
# Where a patient came from: "가평에서 전원", "대치동에서 이송".
_ARRIVAL_AFTER = (
    r"(?=[ ]?에서[ ]?(?:전원|이송|이사|내원|올라|내려|경유|온(?![가-힣])|왔|오신|(?i:transfer|refer|admit)"
    r"|(?:ER|ED)(?![A-Za-z])))"
)
# District stems that are also words said of people, or directions ("고령 거주자" is an elderly resident).
_NOT_PLACE_STEMS = frozenset({"고령", "동안", "상당", "단원", "연수", "남동", "동남", "서북", "수정", "장수"})
# Neighbourhoods (동), towns (읍) and townships (면) by their suffix, e.g. "대치동", "춘양면": two syllables
# or more before it (우동 is noodles, 중동 the Middle East, 병동 a ward), and no ward ("3층병동에서 이송").
_NEIGHBOURHOOD = r"[가-힣]{2,4}(?:동|읍|면)(?<!병동)"


# Where a place name starts: after a non-letter, or run into a particle before it ("오미영님은대구에 거주",
# "여자로서울에서 출생") or into a site label ("사업장 소재지대전").
_PLACE_START = (
    r"(?:(?<![가-힣A-Za-z])|(?<=[가-힣](?:은|는|이|가|을|를|의|에|고|며|로))|(?<=거주지|주소지|소재지|근무지))"
)


class KoreanLocationRecognizer(SpanPatternRecognizer):
    """A 시/도 or listed 시/군/구 (optionally followed by further 시/군/구/읍/면/동), as one span; a district
    by its bare stem (가평, 분당) or a neighbourhood (대치동) only where residence or arrival is said of it.
    Street-level addresses that contain them are the address recognizer's, with a higher score."""

    CONTEXT = ["거주", "출신", "소재", "출생", "주소"]

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.LOCATION.value, **kwargs):
        province = gazetteer.province_regex()
        district = gazetteer.district_regex(with_short_forms=True)
        further = r"(?:[ ]?[가-힣]{1,5}(?:시|군|구|읍|면|동)(?=" + _PLACE_END + "))"
        stems = gazetteer.district_stem_regex(_NOT_PLACE_STEMS)
        romanized = gazetteer.romanized_place_regex()
        long_names = alternation([name for name in gazetteer.administrative_names() if len(name) >= 3])
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
                "region before a residence word",
                rf"(?<![가-힣])(?P<phi>{_AMBIGUOUS_REGIONS})(?:{_RESIDENCE_AFTER}|{_ARRIVAL_AFTER})",
                0.6,
            ),
            # Code-mixed notes write places in Latin letters too: "Suwon 거주", "Daegu에서 transfer", "from Jeju".
            Pattern(
                "romanized region after a residence word",
                rf"{_RESIDENCE_BEFORE}(?P<phi>{romanized})(?![A-Za-z])",
                0.6,
            ),
            # A romanized name takes a Korean particle as a noun does ("Goyang에서 통원", "Busan으로 이사"), which
            # an English word written into a Korean sentence seldom is a place otherwise; not after another Latin
            # word, where it may be part of a name ("Lee Jinju에게").
            Pattern(
                "romanized region before a place particle",
                rf"(?<![A-Za-z])(?<![A-Za-z][ ])(?P<phi>{romanized})(?![A-Za-z-])(?=(?:에서|에|으로|로)(?![가-힣]))",
                0.6,
            ),
            # Hurried charting runs a place into the word before it ("최근강릉시로 이사", "시작되어전라 여행"):
            # a name of three syllables or more, or a 시/도, then only before a residence or arrival word.
            Pattern(
                "region run into the word before it",
                rf"(?<=[가-힣])(?P<phi>(?:{province}|{long_names}|{_AMBIGUOUS_REGIONS})"
                rf"(?:[ ]?{district})?{further}{{0,2}})(?:{_RESIDENCE_AFTER}|{_ARRIVAL_AFTER})",
                0.6,
            ),
            Pattern(
                "romanized region before a residence word",
                rf"(?<![A-Za-z])(?P<phi>{romanized})(?![A-Za-z-])(?:{_RESIDENCE_AFTER}|{_ARRIVAL_AFTER})",
                0.6,
            ),
            # A district or neighbourhood named on its own, only where residence or arrival is said of it.
            Pattern(
                "district or neighbourhood after a residence word",
                rf"{_RESIDENCE_BEFORE}(?P<phi>(?:{stems}|{_NEIGHBOURHOOD}))(?![가-힣])",
                0.6,
            ),
            Pattern(
                "district or neighbourhood before a residence word",
                rf"(?=[가-힣]){_PLACE_START}(?P<phi>(?:{stems}|{_NEIGHBOURHOOD}))(?:{_RESIDENCE_AFTER}|{_ARRIVAL_AFTER})",
                0.6,
            ),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
