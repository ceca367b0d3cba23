"""Structured masking of an HL7 v2 PID segment, component by component, with the profile's operators.

Each PHI-bearing field names the entity type of its components; identifiers (CX) take theirs from
the identifier type code in CX.5 (MR, SS ...), and every date component (birth, death, validity
ranges) takes DATE's operator, so a patient's HL7 dates shift with their note dates. Subcomponents
are masked one by one, so the segment keeps its structure; fields not listed (sex, race, language)
are not identifying on their own and stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from emr_deid.schemas.entity import EntityType

if TYPE_CHECKING:
    from emr_deid.transforms.mask.masker import Masker

_HL7_DATE = re.compile(r"(?:19|20)\d{6}(?:\d{2,6}(?:\.\d+)?)?(?:[+-]\d{4})?")
_CX_TYPES = {
    "MR": EntityType.MEDICAL_RECORD_NUMBER,
    "SS": EntityType.US_SSN,
    "PPN": EntityType.PASSPORT,
    "DL": EntityType.DRIVER_LICENSE,
    "MB": EntityType.HEALTH_INSURANCE_NUMBER,
    "SB": EntityType.HEALTH_INSURANCE_NUMBER,
    "NNKOR": EntityType.KR_RRN,
    "NNCHN": EntityType.CN_RESIDENT_ID,
}

ComponentTypes = Callable[[list[str]], dict[int, str]]


def _identifier(components: list[str]) -> dict[int, str]:  # CX: ID, ..., type code (5), facility (6)
    code = components[4] if len(components) > 4 else ""
    return {1: _CX_TYPES.get(code.upper(), EntityType.ID), 6: EntityType.HOSPITAL}


def _name(components: list[str]) -> dict[int, str]:  # XPN: family (1), given (2), middle (3)
    return {1: EntityType.PERSON, 2: EntityType.PERSON, 3: EntityType.PERSON}


def _address(components: list[str]) -> dict[int, str]:  # XAD: street, other, city, state, zip ... county (9)
    return {1: EntityType.ADDRESS, 2: EntityType.ADDRESS, 3: EntityType.LOCATION, 5: EntityType.POSTCODE,
            9: EntityType.LOCATION}  # fmt: skip


def _telecom(components: list[str]) -> dict[int, str]:  # XTN: number (1), email (4), area (6), local (7), any (12)
    return {1: EntityType.PHONE_NUMBER, 4: EntityType.EMAIL_ADDRESS, 6: EntityType.PHONE_NUMBER,
            7: EntityType.PHONE_NUMBER, 12: EntityType.PHONE_NUMBER}  # fmt: skip


def _whole(entity_type: str) -> ComponentTypes:
    return lambda components: {1: entity_type}


PID_FIELDS: dict[int, ComponentTypes] = {
    2: _identifier,
    3: _identifier,
    4: _identifier,
    5: _name,
    6: _name,
    7: _whole(EntityType.DATE),
    9: _name,
    11: _address,
    12: _whole(EntityType.LOCATION),
    13: _telecom,
    14: _telecom,
    18: _identifier,
    19: _whole(EntityType.US_SSN),
    20: _whole(EntityType.DRIVER_LICENSE),
    21: _identifier,
    23: _whole(EntityType.LOCATION),
    29: _whole(EntityType.DATE),
    40: _telecom,
}


def mask_pid(
    masker: Masker, segment: str, patient_key: str | None, field_separator: str = "|", encoding: str = "^~\\&"
) -> str:
    """The PID segment with every PHI component masked; `encoding` is MSH-2 (component, repetition, escape,
    subcomponent separators)."""
    component_sep, repetition_sep, _, subcomponent_sep = encoding[:4]
    fields = segment.split(field_separator)
    if fields[0] != "PID":
        raise ValueError(f"expected a PID segment, got {fields[0][:3]!r}")

    def masked(value: str, entity_type: str | None) -> str:
        if not value:
            return value
        if _HL7_DATE.fullmatch(value):
            entity_type = EntityType.DATE
        return masker.mask_value(value, entity_type, patient_key)[0]

    for number, component_types in PID_FIELDS.items():
        if number >= len(fields) or not fields[number]:
            continue
        repetitions = []
        for repetition in fields[number].split(repetition_sep):
            components = repetition.split(component_sep)
            types = component_types(components)
            for index, component in enumerate(components, start=1):
                # Other components may hold validity ranges and effective dates (DR: start&end): those shift.
                entity_type = types.get(index)
                components[index - 1] = subcomponent_sep.join(
                    masked(part, entity_type) if entity_type or _HL7_DATE.fullmatch(part) else part
                    for part in component.split(subcomponent_sep)
                )
            repetitions.append(component_sep.join(components))
        fields[number] = repetition_sep.join(repetitions)
    return field_separator.join(fields)
