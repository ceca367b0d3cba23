"""`parse_message`: one `Message` in, one `ParseResult` out; bad input becomes a dead letter, never an exception.

Accounting: every message gives exactly one ParseResult, either `parsed=True` (with zero or more
notes: an ADT without NTE is a parsed message with no notes) or `parsed=False` with a dead letter.
So "messages read = parsed messages + dead letters" holds per message, and every note carries its
`message_id` to be counted back.

`fhir_context` of a note says how masked text goes back into `ParseResult.resources` (for HL7 v2
input, the mapped FHIR resources of `hl7_to_fhir`):
- `entry`: index into `resources`; `resource_type`, `resource_id`;
- `element`: path in that resource, e.g. "conclusion", "content[0].attachment.data",
  "section[1].text.div", "presentedForm[2].data", "note[0].text", "data" (a Binary);
- `encoding`: "plain" (the text itself), "base64" (the text encoded in the charset of `content_type`,
  then Base64) or "xhtml" (a narrative: `xhtml_map` holds [text_start, text_end, xhtml_start,
  xhtml_end] per text node; write back with `xhtml.replace_spans`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from emr_deid.schemas import DeadLetter, KnownPhi, Message, Note, Stage
from emr_deid.transforms.language import languages_by_script
from emr_deid.transforms.parse import fhir, hl7_to_fhir, hl7v2
from emr_deid.transforms.parse.errors import ParseFailure

_NOTE_NAMESPACE = uuid.UUID("3b7d1f0a-6c2e-4f5b-8a9d-0e4c2b1a7f63")


@dataclass
class ParseResult:
    message_id: str
    parsed: bool
    message_type: str | None = None
    notes: list[Note] = field(default_factory=list)
    dead_letter: DeadLetter | None = None
    skipped: list[str] = field(default_factory=list)  # counted reasons, e.g. binary attachments
    resources: list[dict] = field(default_factory=list)  # FHIR R4 resources (HL7 v2: mapped)
    patient_key: str | None = None  # the message's one patient, if it has exactly one (per-patient masking)


def message_id(message: Message) -> str:
    """Stable id of a message: a UUID of its source coordinates."""
    return str(uuid.uuid5(_NOTE_NAMESPACE, str(message.source)))


def note_id(message: Message, position: int) -> str:
    """Stable id of the `position`-th note of a message (same coordinates, same id on every run)."""
    return str(uuid.uuid5(_NOTE_NAMESPACE, f"{message.source}#{position}"))


def parse_message(message: Message) -> ParseResult:
    """Notes, FHIR resources and skipped parts of one message, or its dead letter."""
    mid = message_id(message)
    try:
        start = hl7v2.strip_framing(message.payload)[:1]
        if start == b"{":
            return _from_fhir(message, mid)
        return _from_hl7v2(message, mid)
    except ParseFailure as failure:
        return _dead(message, mid, failure.error_class, failure.reason)
    except Exception as error:  # a parser bug must not lose the message: dead-letter it, named by class
        return _dead(message, mid, "ParserError", f"unexpected {type(error).__name__} while parsing")


def _dead(message: Message, mid: str, error_class: str, reason: str) -> ParseResult:
    dead_letter = DeadLetter.from_message(message, Stage.PARSE, error_class, reason)
    return ParseResult(message_id=mid, parsed=False, dead_letter=dead_letter)


def _note(message: Message, mid: str, position: int, message_type: str, text: str, **fields) -> Note:
    return Note(
        note_id=note_id(message, position),
        source=message.source,
        message_type=message_type,
        text=text,
        languages=languages_by_script(text),
        message_id=mid,
        **fields,
    )


def _from_hl7v2(message: Message, mid: str) -> ParseResult:
    er7 = hl7v2.read_er7(message.payload)
    mapped = hl7_to_fhir.map_message(er7, mid)
    known_phi = tuple(er7.known_phi)
    notes = []
    for position, (unit, context) in enumerate(zip(er7.units, mapped.contexts, strict=True)):
        entry = next(i for i, r in enumerate(mapped.resources) if r["id"] == context["resource_id"])
        notes.append(
            _note(
                message,
                mid,
                position,
                er7.message_type,
                unit.text,
                patient_key=mapped.patient_key,
                encounter_key=mapped.encounter_key,
                note_type=unit.note_type,
                authored=unit.authored,
                known_phi=known_phi,
                fhir_context={"entry": entry, **context, "source_segment": unit.source_segment},
            )
        )
    return ParseResult(
        mid, True, er7.message_type, notes, None, list(er7.skipped), mapped.resources, mapped.patient_key
    )


def _from_fhir(message: Message, mid: str) -> ParseResult:
    content = fhir.read_fhir(message.payload)
    patients = [key for key in content.known_phi if key is not None]
    notes = []
    for position, unit in enumerate(content.units):
        resource = content.resources[unit.entry]
        # A note without a resolvable subject in a single-patient message belongs to that patient.
        patient_key = unit.patient_key or (patients[0] if len(patients) == 1 else None)
        known: list[KnownPhi] = [*content.known_phi.get(patient_key, []), *content.clinician_phi]
        context = {
            "entry": unit.entry,
            "resource_type": resource["resourceType"],
            "resource_id": resource.get("id"),
            "element": unit.element,
            "encoding": unit.encoding,
        }
        if unit.content_type:
            context["content_type"] = unit.content_type
        if unit.xhtml_map:
            context["xhtml_map"] = [list(segment) for segment in unit.xhtml_map]
        notes.append(
            _note(
                message,
                mid,
                position,
                f"Bundle/{resource['resourceType']}"
                if content.message_type.startswith("Bundle")
                else content.message_type,
                unit.text,
                patient_key=patient_key,
                encounter_key=unit.encounter_key,
                note_type=unit.note_type,
                authored=unit.authored,
                known_phi=tuple(dict.fromkeys(known)),
                fhir_context=context,
            )
        )
    single_patient = patients[0] if len(patients) == 1 else None
    return ParseResult(mid, True, content.message_type, notes, None, content.skipped, content.resources, single_patient)
