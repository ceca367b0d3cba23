"""HL7 v2 -> FHIR R4 resources (dicts), after the HL7 v2-to-FHIR IG's segment maps, core elements only.

PID -> Patient, PV1 -> Encounter, TXA -> DocumentReference, OBR -> DiagnosticReport. Each text unit of
the message becomes one attachment (`text/plain; charset=utf-8`, Base64):
- in a message with a TXA (MDM): `DocumentReference.content[i].attachment` of its TXA (units before
  the first TXA belong to the first);
- else under an OBR (ORU, OML ...): `DiagnosticReport.presentedForm[i]` of that OBR, so a text report
  stays one report instead of the IG's one Observation per OBX line;
- else (e.g. NTE of an ADT): one DocumentReference for the message.
Ids are UUIDs derived from the message's coordinates, so a replay maps to the same resources.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass

from emr_deid.transforms.parse.hl7v2 import Er7Message, Segment, TextUnit, hl7_datetime

TEXT_CONTENT_TYPE = "text/plain; charset=utf-8"
_ID_NAMESPACE = uuid.UUID("8f0c3c1e-52b5-4d8e-9a55-2f1c7a6e0d41")
_ENCOUNTER_CLASS = {"I": "IMP", "O": "AMB", "E": "EMER", "P": "PRENC"}
_REPORT_STATUS = {"F": "final", "P": "preliminary", "C": "corrected", "X": "cancelled", "A": "partial",
                  "I": "registered", "O": "registered", "R": "preliminary", "S": "partial"}  # fmt: skip
_DOC_STATUS = {"AU": "final", "LA": "final", "DO": "final", "DI": "preliminary", "IP": "preliminary",
               "IN": "preliminary", "PA": "preliminary"}  # fmt: skip
_CODING_SYSTEMS = {"LN": "http://loinc.org", "SCT": "http://snomed.info/sct", "I10": "http://hl7.org/fhir/sid/icd-10"}


@dataclass(frozen=True)
class MappedMessage:
    resources: list[dict]
    contexts: list[dict]  # one per text unit, in the units' order
    patient_key: str | None
    encounter_key: str | None


def resource_id(seed: str, kind: str, index: int = 0) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, f"{seed}/{kind}/{index}"))


def patient_key(message: Er7Message) -> str | None:
    """PID-3 (the MR-typed repetition, else the first) as "authority:id", as given by the source."""
    pid = message.first("PID")
    if pid is None:
        return None
    reps = pid.reps(3)
    chosen = next((r for r in reps if len(r) > 4 and r[4][0].upper() == "MR"), reps[0] if reps else None)
    if chosen is None or not chosen[0][0].strip():
        return None
    authority = chosen[3][0].strip() if len(chosen) > 3 else ""
    return f"{authority}:{chosen[0][0].strip()}" if authority else chosen[0][0].strip()


def encounter_key(message: Er7Message) -> str | None:
    pv1 = message.first("PV1")
    return (pv1.value(19) or None) if pv1 is not None else None


def _fhir_datetime(value: str) -> str | None:
    """A FHIR dateTime: a time only with its zone (FHIR requires one), else the date alone."""
    iso = hl7_datetime(value)
    if iso is None:
        return None
    if "T" in iso and not (iso.endswith("Z") or iso[-6] in "+-"):
        return iso[:10]
    return iso


def _codeable(segment: Segment, number: int) -> dict | None:
    code, display, system = segment.value(number, 1), segment.value(number, 2), segment.value(number, 3)
    if not (code or display):
        return None
    coding = {k: v for k, v in (("system", _CODING_SYSTEMS.get(system)), ("code", code), ("display", display)) if v}
    concept: dict = {"coding": [coding]} if code else {}
    if display:
        concept["text"] = display
    return concept


def _patient(pid: Segment, rid: str) -> dict:
    patient: dict = {"resourceType": "Patient", "id": rid}
    identifiers = []
    for rep in pid.reps(3):
        value = rep[0][0].strip()
        if not value:
            continue
        identifier: dict = {"value": value}
        if len(rep) > 4 and rep[4][0].strip():
            coding = {"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": rep[4][0].strip()}
            identifier["type"] = {"coding": [coding]}
        if len(rep) > 3 and rep[3][0].strip():
            identifier["assigner"] = {"display": rep[3][0].strip()}
        identifiers.append(identifier)
    names = []
    for rep in pid.reps(5):
        comps = [c[0].strip() for c in rep] + [""] * 5
        name = {"family": comps[0], "given": [g for g in comps[1:3] if g], "suffix": [comps[3]] if comps[3] else []}
        name["prefix"] = [comps[4]] if comps[4] else []
        names.append({k: v for k, v in name.items() if v})
    addresses = []
    for rep in pid.reps(11):
        comps = [c[0].strip() for c in rep] + [""] * 6
        address = {"line": [line for line in comps[:2] if line], "city": comps[2], "state": comps[3]}
        address.update(postalCode=comps[4], country=comps[5])
        addresses.append({k: v for k, v in address.items() if v})
    telecom = []
    for number in (13, 14):
        for rep in pid.reps(number):
            comps = [c[0].strip() for c in rep] + [""] * 7
            if comps[3]:
                telecom.append({"system": "email", "value": comps[3]})
            elif comps[0] or comps[6]:
                telecom.append({"system": "phone", "value": comps[0] or " ".join(c for c in comps[4:7] if c)})
    gender = {"M": "male", "F": "female", "O": "other", "U": "unknown", "A": "other"}.get(pid.value(8).upper())
    birth = hl7_datetime(pid.value(7))
    fields = (("identifier", identifiers), ("name", [n for n in names if n]), ("telecom", telecom))
    patient.update({k: v for k, v in fields if v})
    if gender:
        patient["gender"] = gender
    if birth:
        patient["birthDate"] = birth[:10]
    if addresses := [a for a in addresses if a]:
        patient["address"] = addresses
    return patient


def _encounter(pv1: Segment, rid: str, subject: dict | None) -> dict:
    code = _ENCOUNTER_CLASS.get(pv1.value(2).upper())
    encounter_class = (
        {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": code}
        if code
        else {"system": "http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "code": "UNK"}
    )
    encounter: dict = {"resourceType": "Encounter", "id": rid, "status": "unknown", "class": encounter_class}
    if pv1.value(19):
        encounter["identifier"] = [{"value": pv1.value(19)}]
    if subject:
        encounter["subject"] = subject
    return encounter


def _attachment(unit: TextUnit) -> dict:
    attachment = {"contentType": TEXT_CONTENT_TYPE, "data": base64.b64encode(unit.text.encode()).decode("ascii")}
    if unit.note_type:
        attachment["title"] = unit.note_type
    return attachment


def map_message(message: Er7Message, seed: str) -> MappedMessage:
    """The message's FHIR resources and, for each text unit, where its text sits in them."""
    resources: list[dict] = []
    pid, pv1 = message.first("PID"), message.first("PV1")
    subject = encounter_ref = None
    patient, encounter = patient_key(message), encounter_key(message)
    # Seeded by the source's own keys where given, so one patient is one Patient id in every message.
    if pid is not None:
        resources.append(_patient(pid, resource_id(f"patient:{patient}" if patient else seed, "Patient")))
        subject = {"reference": f"Patient/{resources[-1]['id']}"}
    if pv1 is not None:
        encounter_seed = f"encounter:{patient}:{encounter}" if encounter else seed
        resources.append(_encounter(pv1, resource_id(encounter_seed, "Encounter"), subject))
        encounter_ref = {"reference": f"Encounter/{resources[-1]['id']}"}

    txas, obrs = message.all("TXA"), message.all("OBR")
    containers: dict[tuple[str, int], dict] = {}
    contexts = []
    for unit in message.units:
        if txas:
            key = ("DocumentReference", unit.document or 0)
        elif unit.report is not None:
            key = ("DiagnosticReport", unit.report)
        else:
            key = ("DocumentReference", -1)
        if key not in containers:
            containers[key] = _container(key, txas, obrs, message, seed, subject, encounter_ref)
            resources.append(containers[key])
        container = containers[key]
        if key[0] == "DiagnosticReport":
            container["presentedForm"].append(_attachment(unit))
            element = f"presentedForm[{len(container['presentedForm']) - 1}].data"
        else:
            container["content"].append({"attachment": _attachment(unit)})
            element = f"content[{len(container['content']) - 1}].attachment.data"
        contexts.append(
            {
                "resource_type": key[0],
                "resource_id": container["id"],
                "element": element,
                "encoding": "base64",
                "content_type": TEXT_CONTENT_TYPE,
                "source_content_type": unit.content_type,
            }
        )
    return MappedMessage(resources, contexts, patient, encounter)


def _container(key, txas, obrs, message: Er7Message, seed, subject, encounter_ref) -> dict:
    kind, index = key
    rid = resource_id(seed, kind, index)
    if kind == "DiagnosticReport":
        obr = obrs[index]
        report: dict = {
            "resourceType": "DiagnosticReport",
            "id": rid,
            "status": _REPORT_STATUS.get(obr.value(25).upper(), "unknown"),
            "code": _codeable(obr, 4) or {"text": message.message_type},
        }
        if obr.value(3):
            report["identifier"] = [{"value": obr.value(3)}]
        if effective := _fhir_datetime(obr.value(7)):
            report["effectiveDateTime"] = effective
        report.update({k: v for k, v in (("subject", subject), ("encounter", encounter_ref)) if v})
        report["presentedForm"] = []
        return report
    document: dict = {"resourceType": "DocumentReference", "id": rid, "status": "current"}
    if index >= 0:
        txa = txas[index]
        document["status"] = {"OB": "superseded", "CA": "entered-in-error"}.get(txa.value(19).upper(), "current")
        if doc_status := _DOC_STATUS.get(txa.value(17).upper()):
            document["docStatus"] = doc_status
        if txa.value(12):
            document["masterIdentifier"] = {"value": txa.value(12)}
        if doc_type := _codeable(txa, 2):
            document["type"] = doc_type
        origination = hl7_datetime(txa.value(6) or txa.value(4))
        if origination and "T" in origination and origination[-6] in "+-":
            document["date"] = origination  # an instant: only with a zone
    else:
        document["type"] = {"text": f"{message.message_type} notes"}
    if subject:
        document["subject"] = subject
    if encounter_ref:
        document["context"] = {"encounter": [encounter_ref]}
    document["content"] = []
    return document
