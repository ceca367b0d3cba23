"""PRC passport numbers (护照号)."""

from __future__ import annotations

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.zh.base import ChinesePatternRecognizer, after_label
from emr_deid.schemas.entity import EntityType

_ELECTRONIC = r"E[A-HJ-NP-Z0-9]\d{7}"  # ordinary e-passports since 2012: E12345678, EA1234567
_OLDER = r"[GDSP]\d{8}"  # pre-2012 ordinary (G), diplomatic, service, official
_ANY = r"[A-Z]{1,2}\d{6,8}|\d{8,9}"  # a foreign patient's passport, after its label only


class ChinesePassportRecognizer(ChinesePatternRecognizer):
    """E-passport numbers alone; older and foreign formats after a label (护照, 护照号码, passport)."""

    CONTEXT = ["护照", "护照号", "护照号码", "Passport", "passport", "护照编号"]
    PATTERNS = [
        Pattern("e-passport", r"(?<![A-Za-z0-9])(?P<phi>" + _ELECTRONIC + r")(?![A-Za-z0-9])", 0.6),
        Pattern(
            "after its label", after_label(CONTEXT, f"(?:{_ELECTRONIC}|{_OLDER}|{_ANY})") + r"(?![A-Za-z0-9])", 0.9
        ),
    ]

    def __init__(
        self, supported_language: str = "zh", supported_entity: str = EntityType.PASSPORT.value, **kwargs
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            supported_language=supported_language,
            patterns=kwargs.pop("patterns", None) or self.PATTERNS,
            context=kwargs.pop("context", None) or self.CONTEXT,
            **{"global_regex_flags": 0, **kwargs},
        )
