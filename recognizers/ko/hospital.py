"""Korean hospitals and clinics: …병원, …의원, …의료원, …센터, and a list of real institutions."""

from __future__ import annotations

import re

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko import gazetteer
from emr_deid.recognizers.ko.base import alternation
from emr_deid.schemas.entity import EntityType

_SUFFIXES = (
    "대학교병원",
    "대학병원",
    "병원",
    "의원",
    "의료원",
    "한의원",
    "치과의원",
    "치과병원",
    "요양병원",
    "한방병원",
    "보건소",
    "보건지소",
    "보건진료소",
    "보건의료원",
    "의료센터",
    "메디컬센터",
    "의료재단",
    "클리닉",
    "요양원",
    "검진센터",
    "재활센터",
    "암센터",
    "치매안심센터",
    "정신건강복지센터",
)
_PARENT = r"(?:[가-힣]{1,10}(?:대학교|대학|의료재단|의료법인|학교법인|재단법인)[ ])"


# What may follow a clinic named after its department (연세이비인후과에서): a particle or a space.
_CLINIC_END = r"(?=[^가-힣]|$|(?:에서|에|의|로|으로|은|는|을|를|와|과|까지|부터|에서는)(?![가-힣]))"


class KoreanHospitalRecognizer(SpanPatternRecognizer):
    """A name ending in a hospital word (서울아산병원, 연세내과의원, 고려대학교 안암병원), unless what
    precedes the ending is generic (타병원, 상급병원, 내과의원); a clinic named after its department
    (연세이비인후과, 365정형외과) unless that name is a kind of department (소아신경외과, 본원 내과);
    plus listed institutions by name, including short forms (세브란스, 서울성모) and English names."""

    CONTEXT = ["병원", "내원", "전원", "의뢰", "진료", "입원", "hospital"]

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.HOSPITAL.value, **kwargs):
        suffix = alternation(_SUFFIXES)
        patterns = [
            Pattern(
                "listed institution", rf"(?<![가-힣A-Za-z])(?P<phi>{alternation(gazetteer.hospital_names())})", 0.9
            ),
            Pattern(
                "hospital word",
                rf"(?<![가-힣A-Za-z0-9])(?P<phi>{_PARENT}?[가-힣A-Za-z0-9+]{{1,15}}?{suffix})(?!급)",
                0.8,
            ),
            Pattern(
                "clinic named after its department",
                rf"(?<![가-힣A-Za-z0-9])(?P<phi>[가-힣0-9]{{1,6}}?{alternation(gazetteer.departments())}){_CLINIC_END}",
                0.7,
            ),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
        self._suffix_at_end = re.compile(suffix + "$")
        # A bare number is generic (2차병원, 3병동), but a brand such as 365 is three digits or more.
        self._generic_prefix = re.compile(
            f"(?:{alternation(gazetteer.hospital_generic_words())}|(?<!\\d)\\d{{1,2}}(?!\\d))+"
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text in gazetteer.hospital_names():
            return True
        name = self._suffix_at_end.sub("", pattern_text.split(" ")[-1])
        for department in sorted(gazetteer.departments(), key=len, reverse=True):
            if name.endswith(department):  # 연세내과의원 -> 연세; 내과의원 -> nothing left
                name = name[: -len(department)]
                break
        if not name or self._generic_prefix.fullmatch(name) or name in gazetteer.departments():
            return False
        return None
