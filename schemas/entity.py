"""Entities (detected PHI spans), the entity-type vocabulary and each type's sensitivity tier.

Types are shared by the recognizers, the NER model, the masking profiles and the evaluation, so a
type is added here first. Tiers follow the Chinese EMR privacy work: 1 direct identifiers,
2 quasi-identifiers, 3 sensitive clinical facts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import IntEnum, StrEnum


class Tier(IntEnum):
    DIRECT_IDENTIFIER = 1
    QUASI_IDENTIFIER = 2
    SENSITIVE_CLINICAL = 3


class EntityType(StrEnum):
    # Tier 1: direct identifiers
    PERSON = "PERSON"
    KR_RRN = "KR_RRN"  # Korean resident registration number (주민등록번호)
    KR_FRN = "KR_FRN"  # Korean foreigner registration number (외국인등록번호)
    CN_RESIDENT_ID = "CN_RESIDENT_ID"  # 居民身份证号 (18- and legacy 15-digit)
    US_SSN = "US_SSN"
    PASSPORT = "PASSPORT"
    TRAVEL_PERMIT = "TRAVEL_PERMIT"  # HK/Macau/Taiwan permits (港澳/台湾通行证)
    DRIVER_LICENSE = "DRIVER_LICENSE"
    MEDICAL_RECORD_NUMBER = "MEDICAL_RECORD_NUMBER"  # MRN, 등록번호/병록번호, 住院号/门诊号/病案号
    HEALTH_INSURANCE_NUMBER = "HEALTH_INSURANCE_NUMBER"  # 건강보험, 医保/社保
    ID = "ID"  # any other identifier (account, device, the NER model's generic ID)
    PHONE_NUMBER = "PHONE_NUMBER"  # phones and faxes
    EMAIL_ADDRESS = "EMAIL_ADDRESS"
    URL = "URL"
    IP_ADDRESS = "IP_ADDRESS"
    ADDRESS = "ADDRESS"  # street-level address
    # Tier 2: quasi-identifiers
    DATE = "DATE"
    AGE_OVER_89 = "AGE_OVER_89"
    LOCATION = "LOCATION"  # place names above street level (city, province, 시/도)
    POSTCODE = "POSTCODE"
    HOSPITAL = "HOSPITAL"  # hospitals, clinics, other care organisations
    # Tier 3: sensitive clinical facts
    SENSITIVE_STD = "SENSITIVE_STD"  # sexually transmitted infections
    SENSITIVE_PREGNANCY = "SENSITIVE_PREGNANCY"  # pregnancy and obstetric history


ENTITY_TIERS: dict[EntityType, Tier] = {
    **{t: Tier.DIRECT_IDENTIFIER for t in EntityType},
    EntityType.DATE: Tier.QUASI_IDENTIFIER,
    EntityType.AGE_OVER_89: Tier.QUASI_IDENTIFIER,
    EntityType.LOCATION: Tier.QUASI_IDENTIFIER,
    EntityType.POSTCODE: Tier.QUASI_IDENTIFIER,
    EntityType.HOSPITAL: Tier.QUASI_IDENTIFIER,
    EntityType.SENSITIVE_STD: Tier.SENSITIVE_CLINICAL,
    EntityType.SENSITIVE_PREGNANCY: Tier.SENSITIVE_CLINICAL,
}


@dataclass(frozen=True, order=True)
class Entity:
    """A detected span: offsets are into the note's text, end exclusive."""

    start: int
    end: int
    type: str
    score: float
    recognizer: str

    def to_dict(self) -> dict:
        return asdict(self)
