"""FHIR R4 JSON (a resource or a Bundle) -> free-text units and the known PHI of each patient.

The message is validated with `fhir.resources.R4B`; text is then read from the JSON itself, because the
element paths in it are where masked text is written back. Free text:
- any resource's `text.div` and Composition `section[..].text.div` (XHTML: see `xhtml`);
- DocumentReference `content[i].attachment` and DiagnosticReport `presentedForm[i]`: Base64 `data`
  decoded with the `contentType` charset (UTF-8 when none), or a `url` to a Binary of the same Bundle
  (then the text lives in that Binary's `data`); binary content types are skipped with a reason;
- DiagnosticReport `conclusion`, Observation `valueString`, any resource's `note[i].text`.
Known PHI comes from Patient (role patient), RelatedPerson (kin) and Practitioner (clinician).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field

from fhir.resources.R4B import get_fhir_model_class
from pydantic import ValidationError

from emr_deid.schemas import EntityType, KnownPhi
from emr_deid.transforms.parse.charsets import CharsetMismatch, UnsupportedCharset, codec_for, decode_strict
from emr_deid.transforms.parse.errors import ParseFailure
from emr_deid.transforms.parse.hl7v2 import identifier_kind, person_name
from emr_deid.transforms.parse.xhtml import narrative_text

_PERSON_ROLES = {"Patient": "patient", "RelatedPerson": "kin", "Practitioner": "clinician"}
_TEXT_MEDIA_PREFIXES = ("text/", "application/xhtml+xml", "application/json", "application/xml")
_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class FhirUnit:
    """A free-text unit and where it sits: `resources[entry]` at `element`, stored as `encoding`."""

    text: str
    entry: int
    element: str
    encoding: str  # "plain", "base64" or "xhtml"
    note_type: str | None
    authored: str | None
    patient_key: str | None
    encounter_key: str | None
    content_type: str | None = None
    xhtml_map: tuple = ()


@dataclass
class FhirContent:
    message_type: str
    resources: list[dict]
    units: list[FhirUnit] = field(default_factory=list)
    known_phi: dict[str | None, list[KnownPhi]] = field(default_factory=dict)  # by patient key
    clinician_phi: list[KnownPhi] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def load_json(payload: bytes) -> dict:
    data = payload.strip()
    data = data[len(_UTF8_BOM) :] if data.startswith(_UTF8_BOM) else data
    try:
        document = json.loads(decode_strict(data, "utf-8"))
    except CharsetMismatch as error:
        raise ParseFailure("CharsetMismatch", f"FHIR JSON must be UTF-8: {error}") from None
    except json.JSONDecodeError as error:
        raise ParseFailure("InvalidJson", f"not valid JSON (line {error.lineno}, column {error.colno})") from None
    if not isinstance(document, dict) or not isinstance(document.get("resourceType"), str):
        raise ParseFailure("NotFhir", "the JSON document has no resourceType")
    return document


def validate(document: dict) -> None:
    """R4B validation; the reason names failing element paths and error types, never their values."""
    resource_type = document["resourceType"]
    try:
        model = get_fhir_model_class(resource_type)
    except (KeyError, ValueError):
        raise ParseFailure("NotFhir", f"unknown FHIR R4 resourceType {resource_type[:40]!r}") from None
    try:
        model.model_validate(document)
    except ValidationError as error:
        where = "; ".join(f"{'.'.join(map(str, e['loc'])) or '(root)'}: {e['type']}" for e in error.errors()[:3])
        raise ParseFailure("InvalidFhirResource", f"{resource_type} fails R4B validation: {where}") from None
    except (ValueError, TypeError) as error:
        raise ParseFailure(
            "InvalidFhirResource", f"{resource_type} fails R4B validation: {type(error).__name__}"
        ) from None


def read_fhir(payload: bytes) -> FhirContent:
    document = load_json(payload)
    validate(document)
    if document["resourceType"] == "Bundle":
        entries = [e for e in document.get("entry", []) if isinstance(e.get("resource"), dict)]
        resources = [e["resource"] for e in entries]
        full_urls = [e.get("fullUrl") for e in entries]
        message_type = f"Bundle/{document.get('type', 'unknown')}"
    else:
        resources, full_urls, message_type = [document], [None], document["resourceType"]
    content = FhirContent(message_type=message_type, resources=resources)
    resolver = _References(resources, full_urls)
    for entry, resource in enumerate(resources):
        role = _PERSON_ROLES.get(resource["resourceType"])
        if role == "clinician":
            content.clinician_phi.extend(person_phi(resource, role))
        elif role:
            key = resolver.key(resource) if role == "patient" else resolver.resolve(_ref(resource.get("patient")))
            content.known_phi.setdefault(key, []).extend(person_phi(resource, role))
        content.units.extend(_units(resource, entry, resolver, content.skipped))
    return content


class _References:
    """Resolves references inside one message to stable keys ("Patient/<id>"), as given when unknown."""

    def __init__(self, resources: list[dict], full_urls: list[str | None]):
        self.resources = resources
        self.by_url: dict[str, int] = {}
        for index, (resource, url) in enumerate(zip(resources, full_urls, strict=True)):
            if url:
                self.by_url[url] = index
            if resource.get("id"):
                self.by_url[f"{resource['resourceType']}/{resource['id']}"] = index

    def key(self, resource: dict) -> str | None:
        return f"{resource['resourceType']}/{resource['id']}" if resource.get("id") else None

    def index(self, reference: str | None) -> int | None:
        if not reference:
            return None
        if reference in self.by_url:
            return self.by_url[reference]
        tail = "/".join(reference.rstrip("/").split("/")[-2:])
        return self.by_url.get(tail)

    def resolve(self, reference: str | None) -> str | None:
        index = self.index(reference)
        return (self.key(self.resources[index]) or reference) if index is not None else reference


def _ref(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value.get("reference") if isinstance(value, dict) else None


def _concept_text(concept) -> str | None:
    if not isinstance(concept, dict):
        return None
    display = next((c.get("display") for c in concept.get("coding", []) if c.get("display")), None)
    return concept.get("text") or display


def _units(resource: dict, entry: int, resolver: _References, skipped: list[str]) -> list[FhirUnit]:
    kind = resource["resourceType"]
    subject = resource.get("subject") or resource.get("patient")
    patient = resolver.key(resource) if kind == "Patient" else resolver.resolve(_ref(subject))
    context = resource.get("context") if kind == "DocumentReference" else None
    encounter = resolver.resolve(_ref(resource.get("encounter") or (context or {}).get("encounter")))
    authored = next((resource[k] for k in ("date", "effectiveDateTime", "issued", "authoredOn") if k in resource), None)
    note_type = _concept_text(resource.get("type") or resource.get("code"))
    base = {"patient_key": patient, "encounter_key": encounter, "authored": authored}
    units = []

    def plain(text, element, unit_type=note_type):
        if isinstance(text, str) and text.strip():
            units.append(FhirUnit(text, entry, element, "plain", unit_type, **base))

    def narrative(container: dict, element: str, unit_type: str | None):
        div = (container.get("text") or {}).get("div")
        if isinstance(div, str):
            text, segments = narrative_text(div)
            if text.strip():
                units.append(FhirUnit(text, entry, element, "xhtml", unit_type, xhtml_map=tuple(segments), **base))

    narrative(resource, "text.div", "narrative")
    if kind == "Composition":
        _sections(resource.get("section", []), "section", narrative, _concept_text(resource.get("type")))
    for index, item in enumerate(resource.get("content", []) if kind == "DocumentReference" else []):
        where = (entry, f"content[{index}].attachment")
        units.extend(_attachment(item.get("attachment", {}), where, resolver, skipped, note_type, base))
    if kind == "DiagnosticReport":
        plain(resource.get("conclusion"), "conclusion")
        for index, attachment in enumerate(resource.get("presentedForm", [])):
            units.extend(
                _attachment(attachment, (entry, f"presentedForm[{index}]"), resolver, skipped, note_type, base)
            )
    if kind == "Observation":
        plain(resource.get("valueString"), "valueString")
    for index, annotation in enumerate(resource.get("note", []) if isinstance(resource.get("note"), list) else []):
        plain(annotation.get("text"), f"note[{index}].text", "annotation")
    return units


def _sections(sections: list, path: str, narrative, note_type) -> None:
    for index, section in enumerate(sections):
        element = f"{path}[{index}]"
        narrative(section, f"{element}.text.div", section.get("title") or note_type)
        _sections(section.get("section", []), f"{element}.section", narrative, note_type)


def _attachment(
    attachment: dict, where: tuple[int, str], resolver: _References, skipped: list[str], note_type, base: dict
) -> list[FhirUnit]:
    """The text of an attachment (inline `data`, or a Binary of the same Bundle by `url`)."""
    entry, element = where[0], f"{where[1]}.data"
    content_type, data = attachment.get("contentType") or "", attachment.get("data")
    if data is None and attachment.get("url"):
        target = resolver.index(attachment["url"])
        binary = resolver.resources[target] if target is not None else None
        if binary is None or binary["resourceType"] != "Binary" or binary.get("data") is None:
            skipped.append("attachment url outside the message")
            return []
        entry, element = target, "data"
        content_type, data = binary.get("contentType") or content_type, binary["data"]
    elif data is None:
        return []
    media, _, parameters = content_type.partition(";")
    media = media.strip().lower()
    if not media.startswith(_TEXT_MEDIA_PREFIXES):
        skipped.append(f"binary attachment {media or 'without contentType'} kept out of the text")
        return []
    charset = next((p.split("=", 1)[1].strip(" \"'") for p in parameters.split(";") if "charset=" in p.lower()), None)
    try:
        raw = base64.b64decode(data, validate=True)
        text = decode_strict(raw, codec_for(charset))
    except (binascii.Error, ValueError) as error:
        if isinstance(error, UnsupportedCharset | CharsetMismatch):
            raise ParseFailure(type(error).__name__, f"attachment at {element}: {error}") from None
        raise ParseFailure("InvalidAttachment", f"attachment at {element} is not valid Base64") from None
    if not text.strip():
        return []
    return [FhirUnit(text, entry, element, "base64", note_type, content_type=content_type, **base)]


def person_phi(resource: dict, role: str) -> list[KnownPhi]:
    """Names, telecoms, addresses, identifiers and birth date of a Patient/RelatedPerson/Practitioner."""
    phi: list[KnownPhi] = []
    for name in resource.get("name", []):
        given = name.get("given", [])
        full, parts = person_name(
            name.get("family", ""),
            given[0] if given else "",
            " ".join(given[1:]),
            " ".join(name.get("prefix", [])),
            " ".join(name.get("suffix", [])),
        )
        for value in dict.fromkeys(v for v in (name.get("text"), full) if v):
            phi.append(KnownPhi(EntityType.PERSON.value, value, role, parts))
    for telecom in resource.get("telecom", []):
        kind = {"email": EntityType.EMAIL_ADDRESS, "url": EntityType.URL}.get(
            telecom.get("system"), EntityType.PHONE_NUMBER
        )
        if telecom.get("value"):
            phi.append(KnownPhi(kind.value, telecom["value"], role))
    for address in resource.get("address", []):
        keys = ("city", "district", "state", "postalCode", "country")
        parts = tuple((k, address[k]) for k in keys if address.get(k))
        line = address.get("text") or " ".join(address.get("line", []))
        if line:
            phi.append(KnownPhi(EntityType.ADDRESS.value, line, role, parts))
        if address.get("city"):
            phi.append(KnownPhi(EntityType.LOCATION.value, address["city"], role))
        if address.get("postalCode"):
            phi.append(KnownPhi(EntityType.POSTCODE.value, address["postalCode"], role))
    for identifier in resource.get("identifier", []):
        if identifier.get("value"):
            code = next((c.get("code", "") for c in (identifier.get("type") or {}).get("coding", [])), "")
            phi.append(KnownPhi(identifier_kind(identifier["value"], code), identifier["value"], role))
    if resource.get("birthDate"):
        phi.append(KnownPhi(EntityType.DATE.value, resource["birthDate"], role))
    return list(dict.fromkeys(phi))
