"""Korean postcodes: five digits since 2015 (06234), six before (135-080)."""

from __future__ import annotations

import re

from emr_deid.recognizers.base import Pattern, SpanPatternRecognizer
from emr_deid.recognizers.ko import gazetteer
from emr_deid.recognizers.ko.address import address_detail, address_head, address_street
from emr_deid.recognizers.ko.base import after_context
from emr_deid.schemas.entity import EntityType

_POSTCODE = r"\d{5}|\d{3}-\d{3}"
_BRACKETED_POSTCODE = re.compile(rf"[(\[](?:{_POSTCODE})[)\]]")


class KoreanPostcodeRecognizer(SpanPatternRecognizer):
    """A postcode after its label (우편번호, 우), or 우 alone), right before an address's 시/도 ("(06234) 서울") or in
    brackets right after a street address ("테헤란로 123, 4층 (06234)"): five bare digits are otherwise
    any number."""

    CONTEXT = ["우편번호", "우)", "우편", "zip", "postcode", "postal code"]

    def __init__(self, supported_language: str = "ko", supported_entity: str = EntityType.POSTCODE.value, **kwargs):
        before_region = (
            r"(?<![\d-])[(\[]?(?P<phi>"
            + _POSTCODE
            + r")[)\]]?,?[ ]?(?="
            + gazetteer.province_regex()
            + "|"
            + gazetteer.district_regex(with_short_forms=False)
            + ")"
        )
        after_address = (
            f"(?<![가-힣])(?:{address_head()}){address_street()}{address_detail()}"
            rf"[ ]?,?[ ]?[(\[](?P<phi>{_POSTCODE})[)\]]"
        )
        patterns = [
            Pattern("before an address", before_region, 0.8),
            Pattern("after an address", after_address, 0.8),
            Pattern("after its label", after_context(self.CONTEXT, _POSTCODE) + r"(?![\d-])", 0.85),
            # 우 alone abbreviates 우편번호 before a postcode: "(우 06234)", "우. 135-080"; after a syllable it is
            # the end of a word ("경우 12345").
            Pattern("after 우", rf"(?<![가-힣])우[ ]?[.:：)]?[ ]?(?P<phi>{_POSTCODE})(?![\d-])", 0.8),
        ]
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or patterns,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **kwargs,
        )
        self._without_after_address = [(p, regex) for p, regex in self._compiled if p.name != "after an address"]

    def _patterns_for(self, text: str) -> list[tuple[Pattern, re.Pattern]]:
        """The address pattern is long; it is worth running only where a bracketed postcode is."""
        return self._compiled if _BRACKETED_POSTCODE.search(text) else self._without_after_address
