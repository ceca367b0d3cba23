"""Structured masking of FHIR R4 resources (plain dicts), consistent with the masking of note text.

- ids and references: `Patient/123` becomes `Patient/<pseudonym>` in the resource and everywhere it is
  referenced (the same keyed pseudonym as the note's patient key); `urn:uuid:` links likewise.
- HumanName, ContactPoint, Address and Identifier values get the profile's operator for PERSON, phone,
  email, ADDRESS/LOCATION/POSTCODE and the identifier's type; every date and dateTime gets DATE's.
- What cannot be masked field by field is dropped: narratives (`text.div`), attachment data, the
  display text of references. A value the operator leaves empty or invalid (a tagged birthDate) is dropped.
- `meta.security` gains the HL7 ObservationValue label of each kind of operator applied.
"""

from __future__ import annotations

import copy
import re
import uuid
from typing import TYPE_CHECKING, Any

from emr_deid.schemas.entity import EntityType

if TYPE_CHECKING:
    from emr_deid.transforms.mask.masker import Masker

OBSERVATION_VALUE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue"
SECURITY_LABELS = {
    "pseudonym": ("PSEUDED", "pseudonymized"),
    "surrogate": ("PSEUDED", "pseudonymized"),
    "date_shift": ("PSEUDED", "pseudonymized"),
    "tag": ("REDACTED", "redacted"),
    "redact": ("REDACTED", "redacted"),
    "mask": ("MASKED", "masked"),
    "generalize": ("MASKED", "masked"),
}
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?")
_FHIR_DATE_OR_TIME = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?)?)?")
# `instant` elements take only a full timestamp: a date reduced to its year cannot stay there.
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
_INSTANT_ELEMENTS = {"issued", "lastUpdated", "timestamp", "recorded", "when"}
_INSTANT_ELEMENTS_BY_TYPE = {"DocumentReference": {"date"}}
# A Reference whose target is redacted keeps this display, so required references stay present.
REDACTED_REFERENCE_DISPLAY = "[REDACTED]"
_REFERENCE = re.compile(r"(?P<base>.*/)?(?P<type>[A-Z][A-Za-z]+)/(?P<id>[A-Za-z0-9\-.]{1,64})(?:/_history/.+)?")
_URN_UUID = "urn:uuid:"
_TELECOM_TYPES = {
    "phone": EntityType.PHONE_NUMBER,
    "fax": EntityType.PHONE_NUMBER,
    "sms": EntityType.PHONE_NUMBER,
    "pager": EntityType.PHONE_NUMBER,
    "email": EntityType.EMAIL_ADDRESS,
    "url": EntityType.URL,
}
# v2-0203 identifier type codes (and national-identifier codes by country) to entity types.
_IDENTIFIER_TYPES = {
    "MR": EntityType.MEDICAL_RECORD_NUMBER,
    "SS": EntityType.US_SSN,
    "PPN": EntityType.PASSPORT,
    "DL": EntityType.DRIVER_LICENSE,
    "SB": EntityType.HEALTH_INSURANCE_NUMBER,
    "MB": EntityType.HEALTH_INSURANCE_NUMBER,
    "NNKOR": EntityType.KR_RRN,
    "NNCHN": EntityType.CN_RESIDENT_ID,
}
_ADDRESS_FIELDS = {
    "line": EntityType.ADDRESS,
    "text": EntityType.ADDRESS,
    "city": EntityType.LOCATION,
    "district": EntityType.LOCATION,
    "postalCode": EntityType.POSTCODE,
}
_NAME_FIELDS = {"text": EntityType.PERSON, "family": EntityType.PERSON, "given": EntityType.PERSON}
_NAMED_RESOURCES = {"Organization": EntityType.HOSPITAL, "Location": EntityType.LOCATION}


class FhirMasking:
    """One resource tree masked for one patient; collects the operators applied, for meta.security."""

    def __init__(self, masker: Masker, patient_key: str | None) -> None:
        self._masker = masker
        self._patient_key = patient_key

    def resource(self, resource: dict) -> dict:
        return self._resource(copy.deepcopy(resource))

    def _resource(self, resource: dict) -> dict:
        applied: set[str] = set()
        resource_type = resource.get("resourceType", "")
        if "id" in resource:
            record_id = self._masker.record_id(resource_type, resource["id"])
            applied.add("pseudonym" if record_id else "redact")
            self._set(resource, "id", record_id)
        resource.pop("text", None)  # the narrative repeats PHI in free text
        instants = _INSTANT_ELEMENTS_BY_TYPE.get(resource_type, set())
        for field, value in list(resource.items()):
            if field in ("resourceType", "id"):
                continue
            if field == "name" and isinstance(value, str) and resource_type in _NAMED_RESOURCES:
                self._set(resource, field, self._value(value, _NAMED_RESOURCES[resource_type], applied))
            else:
                masked = self._element(field, value, applied)
                if field in instants and isinstance(masked, str) and not _INSTANT.fullmatch(masked):
                    masked = None
                self._set(resource, field, masked)
        label_resource(resource, applied)
        return resource

    def _element(self, field: str, value: Any, applied: set[str]) -> Any:
        if isinstance(value, list):
            return [masked for item in value if (masked := self._element(field, item, applied)) not in (None, {})]
        if isinstance(value, str):
            if field in ("reference", "fullUrl"):
                masked = self._reference(value)
                applied.add("pseudonym" if masked else "redact")
                return masked
            if _ISO_DATE.fullmatch(value):
                masked = self._value(value, EntityType.DATE, applied)
                if field in _INSTANT_ELEMENTS:
                    return masked if masked and _INSTANT.fullmatch(masked) else None
                if masked and _FHIR_DATE_OR_TIME.fullmatch(masked):
                    return masked
                # An operator that leaves no date (tag, redact): the year alone, as Safe Harbor permits,
                # so that required dates (Composition.date) stay valid.
                return value[:4]
            return value
        if not isinstance(value, dict):
            return value
        if "resourceType" in value:  # Bundle entries, contained resources
            return self._resource(value)
        if field == "name":
            return self._fields(value, _NAME_FIELDS, applied)
        if field == "telecom" and "value" in value:
            return self._fields(value, {"value": _TELECOM_TYPES.get(value.get("system"), EntityType.ID)}, applied)
        if field == "address":
            return self._fields(value, _ADDRESS_FIELDS, applied)
        if field == "identifier" and "value" in value:
            return self._fields(value, {"value": self._identifier_type(value)}, applied)
        if "reference" in value:
            value.pop("display", None)  # a reference's display is usually the patient's name
        value.pop("data", None)  # attachment bytes: the note text, masked on its own path
        is_reference = "reference" in value
        for key, item in list(value.items()):
            self._set(value, key, self._element(key, item, applied))
        if is_reference and not value.get("reference") and not value.get("identifier"):
            value["display"] = REDACTED_REFERENCE_DISPLAY
        return value

    def _fields(self, element: dict, types: dict[str, str], applied: set[str]) -> dict:
        for key, entity_type in types.items():
            if key not in element:
                continue
            item = element[key]
            if isinstance(item, list):
                masked = [m for v in item if (m := self._value(v, entity_type, applied))]
                self._set(element, key, masked or None)
            else:
                self._set(element, key, self._value(item, entity_type, applied))
        for key, item in list(element.items()):
            if key not in types and key != "system":
                self._set(element, key, self._element(key, item, applied))
        return element

    def _value(self, value: str, entity_type: str, applied: set[str]) -> str | None:
        masked, operator = self._masker.mask_value(value, entity_type, self._patient_key)
        applied.add(operator)
        return masked or None

    def _reference(self, reference: str) -> str | None:
        if reference.startswith(_URN_UUID):
            pseudonym = self._masker.record_id(_URN_UUID, reference[len(_URN_UUID) :])
            return pseudonym and f"{_URN_UUID}{uuid.UUID(hex=pseudonym * 2)}"
        match = _REFERENCE.fullmatch(reference)
        if match is None:  # not a resolvable literal reference: nothing to keep consistent, nothing to leak
            return None
        pseudonym = self._masker.record_id(match["type"], match["id"])
        return pseudonym and f"{match['base'] or ''}{match['type']}/{pseudonym}"

    @staticmethod
    def _identifier_type(identifier: dict) -> str:
        for coding in (identifier.get("type") or {}).get("coding", []):
            if coding.get("code") in _IDENTIFIER_TYPES:
                return _IDENTIFIER_TYPES[coding["code"]]
        return EntityType.ID

    @staticmethod
    def _set(container: dict, key: str, value: Any) -> None:
        if value is None or value == [] or value == {}:
            container.pop(key, None)
        else:
            container[key] = value


def label_resource(resource: dict, operators: set[str]) -> None:
    """Adds the `meta.security` ObservationValue labels (PSEUDED, REDACTED, MASKED) of `operators`."""
    codes = sorted({SECURITY_LABELS[operator] for operator in operators if operator in SECURITY_LABELS})
    if not codes:
        return
    security = resource.setdefault("meta", {}).setdefault("security", [])
    present = {(label.get("system"), label.get("code")) for label in security}
    for code, display in codes:
        if (OBSERVATION_VALUE_SYSTEM, code) not in present:
            security.append({"system": OBSERVATION_VALUE_SYSTEM, "code": code, "display": display})
