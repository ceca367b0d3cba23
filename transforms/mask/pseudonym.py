"""Keyed, stable tokens: the same normalised value and key give the same token in every process.

Values are normalised before hashing so that spelling noise does not split one person into two:
NFKC (full-width digits, compatibility forms), collapsed whitespace, case folding; phone numbers
keep their digits only and identifiers lose their separators.
"""

from __future__ import annotations

import re
import unicodedata

from emr_deid.schemas.entity import EntityType
from emr_deid.transforms.mask.keys import MaskingKey

_DIGITS_ONLY = frozenset({EntityType.PHONE_NUMBER})
_SEPARATORS = re.compile(r"[\s\-./()]")
_IDENTIFIERS = frozenset(
    {
        EntityType.KR_RRN,
        EntityType.KR_FRN,
        EntityType.CN_RESIDENT_ID,
        EntityType.US_SSN,
        EntityType.PASSPORT,
        EntityType.TRAVEL_PERMIT,
        EntityType.DRIVER_LICENSE,
        EntityType.MEDICAL_RECORD_NUMBER,
        EntityType.HEALTH_INSURANCE_NUMBER,
        EntityType.ID,
        EntityType.POSTCODE,
    }
)


def normalise(value: str, entity_type: str) -> str:
    value = " ".join(unicodedata.normalize("NFKC", value).split()).casefold()
    if entity_type in _DIGITS_ONLY:
        return "".join(ch for ch in value if ch.isdigit())
    if entity_type in _IDENTIFIERS:
        return _SEPARATORS.sub("", value)
    return value


def value_digest(key: MaskingKey, purpose: str, entity_type: str, value: str) -> bytes:
    """The keyed hash of a value of a type, for one purpose (pseudonym, surrogate ...)."""
    return key.digest(purpose, entity_type, normalise(value, entity_type))


def pseudonym(key: MaskingKey, entity_type: str, value: str, hex_digits: int = 8) -> str:
    """`PERSON_3f9a1c2b`: the type, then the first hex digits of the keyed hash of the value."""
    return f"{entity_type}_{value_digest(key, 'pseudonym', entity_type, value).hex()[:hex_digits]}"


def record_pseudonym(key: MaskingKey, kind: str, record_id: str) -> str:
    """A pseudonymous record id (patient, encounter, any FHIR resource): 16 hex digits, a valid FHIR id.

    `kind` is the resource type ("Patient", "Encounter"), so Patient/1 and Encounter/1 stay apart.
    """
    return key.digest("record", kind, unicodedata.normalize("NFKC", record_id).strip()).hex()[:16]
