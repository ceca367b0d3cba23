"""HL7 v2 (ER7) messages -> free-text units and the message's known PHI.

Bytes are decoded first, in the charset MSH-18 declares (see `charsets`), because GBK/GB 18030 trail
bytes can equal `|`, `^`, `~` or `\\`: splitting before decoding would cut characters in half. The
segment tree is built by python-hl7 (`hl7.parse`, delimiters from MSH-1/MSH-2). Escape sequences are
decoded here, not with python-hl7's `unescape`, because that one logs the field value on odd
sequences (PHI in logs) and decodes `\\X..\\` byte by byte as Latin-1 (wrong for UTF-8, EUC-KR and
GB 18030); an escape sequence we do not know is kept verbatim, so nothing is lost.

Free text: OBX values of type TX, FT and ST (consecutive OBX segments with the same OBX-3 and OBX-4
are one observation, their lines joined with "\\n" in order), text ED attachments (Base64 or ASCII),
and NTE comments (consecutive NTE segments are one comment). Binary ED attachments are not text:
they are reported in `skipped`. Each unit remembers the OBR (report) and TXA (document) it belongs to,
which is where `hl7_to_fhir` puts it.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import hl7

from emr_deid.recognizers.checksums import cn_resident_id_is_valid, kr_rrn_is_valid
from emr_deid.schemas import EntityType, KnownPhi
from emr_deid.transforms.language import script_of
from emr_deid.transforms.parse.charsets import (
    CharsetMismatch,
    UnsupportedCharset,
    codec_for,
    decode_strict,
)
from emr_deid.transforms.parse.errors import ParseFailure

TEXT_VALUE_TYPES = frozenset({"TX", "FT", "ST"})
_MLLP_START, _MLLP_END = b"\x0b", b"\x1c"
_UTF8_BOM = b"\xef\xbb\xbf"
_SEGMENT_ID = re.compile(r"[A-Z][A-Z0-9]{2}")
_ED_TEXT_SUBTYPES = frozenset({"PLAIN", "TEXT", "RTF", "HTML", "XML", "CSV", "MARKDOWN"})
# Formatting commands of FT (HL7 v2 chapter 2, 2.7.6): what each becomes in plain text.
_FORMATTING = {".br": "\n", ".sp": "\n", ".ce": "\n", ".fi": "", ".nf": "", "H": "", "N": ""}
_FORMATTING_WITH_ARGUMENT = re.compile(r"\.(sp|sk|in|ti)([+-]?\d+)")
_IDENTIFIER_KINDS = {
    "MR": EntityType.MEDICAL_RECORD_NUMBER,
    "MRN": EntityType.MEDICAL_RECORD_NUMBER,
    "PI": EntityType.MEDICAL_RECORD_NUMBER,
    "PT": EntityType.MEDICAL_RECORD_NUMBER,
    "SS": EntityType.US_SSN,
    "SSN": EntityType.US_SSN,
    "PPN": EntityType.PASSPORT,
    "DL": EntityType.DRIVER_LICENSE,
    "HC": EntityType.HEALTH_INSURANCE_NUMBER,
    "JHN": EntityType.HEALTH_INSURANCE_NUMBER,
    "MA": EntityType.HEALTH_INSURANCE_NUMBER,
    "MC": EntityType.HEALTH_INSURANCE_NUMBER,
    "SN": EntityType.HEALTH_INSURANCE_NUMBER,
}


@dataclass(frozen=True)
class TextUnit:
    """One free-text unit of a message: an OBX observation, a text ED attachment or an NTE comment."""

    text: str
    source_segment: str  # "OBX", "NTE" or "ED"
    note_type: str | None
    authored: str | None  # ISO 8601 as given (no time zone invented)
    report: int | None  # index of the OBR it follows, if any
    document: int | None  # index of the TXA it follows, if any
    content_type: str = "text/plain"


@dataclass
class Er7Message:
    """A decoded, split HL7 v2 message and what was read from it."""

    message_type: str  # MSH-9.1^MSH-9.2, e.g. "ORU^R01"
    control_id: str
    version: str
    codec: str
    segments: list[Segment]
    units: list[TextUnit] = field(default_factory=list)
    known_phi: list[KnownPhi] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def first(self, name: str) -> Segment | None:
        return next((s for s in self.segments if s.name == name), None)

    def all(self, name: str) -> list[Segment]:
        return [s for s in self.segments if s.name == name]


class Segment:
    """A python-hl7 segment read as repetitions -> components -> subcomponents, escapes decoded."""

    def __init__(self, raw: hl7.Segment, decoder: EscapeDecoder):
        self.raw = raw
        self.name = str(raw[0])
        self._decode = decoder

    def reps(self, number: int) -> list[list[list[str]]]:
        if number >= len(self.raw):
            return []
        reps = []
        for rep in self.raw[number]:
            if isinstance(rep, str):
                reps.append([[self._decode(rep)]])
            else:
                reps.append([[self._decode(c)] if isinstance(c, str) else [self._decode(s) for s in c] for c in rep])
        return [rep for rep in reps if any(any(component) for component in rep)]

    def value(self, number: int, component: int = 1, subcomponent: int = 1, rep: int = 1) -> str:
        reps = self.reps(number)
        try:
            return reps[rep - 1][component - 1][subcomponent - 1].strip()
        except IndexError:
            return ""

    def text_lines(self, number: int) -> list[str]:
        """A free-text field's repetitions, each whole (an unescaped `^` in text stays a `^`)."""
        if number >= len(self.raw):
            return []
        return [self._decode(str(rep)) for rep in self.raw[number]]


class EscapeDecoder:
    """Decodes HL7 escape sequences with the message's own delimiters and charset."""

    def __init__(self, field_sep: str, component: str, repetition: str, escape: str, subcomponent: str, codec: str):
        self._escape = escape
        self._codec = codec
        self._plain = {"F": field_sep, "S": component, "R": repetition, "T": subcomponent, "E": escape}
        self._sequence = re.compile(re.escape(escape) + "([^" + re.escape(escape) + "\r\n]*)" + re.escape(escape))

    def __call__(self, value: str) -> str:
        if self._escape not in value:
            return value
        return self._sequence.sub(self._replace, value)

    def _replace(self, match: re.Match) -> str:
        sequence = match.group(1)
        if sequence in self._plain:
            return self._plain[sequence]
        if sequence in _FORMATTING:
            return _FORMATTING[sequence]
        argument = _FORMATTING_WITH_ARGUMENT.fullmatch(sequence)
        if argument:
            command, count = argument.group(1), abs(int(argument.group(2)))
            return {"sp": "\n" * max(count, 1), "sk": " " * count}.get(command, "")
        if sequence[:1] == "X" and len(sequence) > 1:
            try:
                return bytes.fromhex(sequence[1:]).decode(self._codec)
            except (ValueError, UnicodeDecodeError):
                return match.group(0)
        return match.group(0)  # unknown (e.g. \Zxx\, \Cxxyy\): kept, nothing is lost


def strip_framing(payload: bytes) -> bytes:
    """The message without MLLP framing, a UTF-8 byte-order mark or surrounding whitespace."""
    data = payload.strip()
    if data.startswith(_MLLP_START):
        data = data[1:].split(_MLLP_END, 1)[0].strip()
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :].lstrip()
    return data


def _charset_labels(message: bytes | str) -> list[str | None]:
    """MSH-18 and the MSH fields after it, as charset labels (first repetition, first component).

    The first entry is MSH-18 as read (None when not valued); the others are only candidates for
    when a multi-byte character before MSH-18 held a delimiter byte and shifted the fields.
    """
    data = message if isinstance(message, bytes) else message.encode("utf-8")
    msh = re.split(rb"[\r\n]", data, maxsplit=1)[0]
    if len(msh) < 4 or msh[3:4].isspace():
        return [None]  # no field separator: the delimiter check rejects the message
    component, repetition = msh[4:5] or b"^", msh[5:6] or b"~"
    labels: list[str | None] = []
    for raw in msh.split(msh[3:4])[17:] or [b""]:
        label = raw.split(repetition)[0].split(component)[0].strip()
        labels.append(label.decode("ascii") if label and label.isascii() else None)
    return labels


def decode_er7(payload: bytes) -> tuple[str, str]:
    """(text with CR segment terminators, codec) or `ParseFailure`; never a half-decoded text.

    MSH-18 can only be read reliably after decoding (a GBK trail byte may be a `|`), so each label the
    MSH bytes offer is tried, and one counts only if the text it decodes declares that same label.
    """
    data = strip_framing(payload)
    if not data.startswith(b"MSH") or len(data) < 8:
        raise ParseFailure("NotHl7", "the message does not start with an MSH segment")
    labels = _charset_labels(data)
    for label in dict.fromkeys(labels):
        try:
            codec = codec_for(label)
            text = decode_strict(data, codec)
        except (UnsupportedCharset, CharsetMismatch):
            continue
        if _charset_labels(text)[0] == label:
            return text.replace("\r\n", "\r").replace("\n", "\r"), codec
    try:  # no label confirmed itself: say what is wrong with the one MSH-18 holds as read
        decode_strict(data, codec_for(labels[0]))
        raise CharsetMismatch("MSH-18 reads differently before and after decoding")
    except UnsupportedCharset as error:
        raise ParseFailure("UnsupportedCharset", str(error)) from None
    except CharsetMismatch as error:
        raise ParseFailure("CharsetMismatch", f"MSH-18 declares a charset the bytes do not match: {error}") from None


def read_er7(payload: bytes) -> Er7Message:
    """Decode, split and read one ER7 message: text units, known PHI and skipped attachments."""
    text, codec = decode_er7(payload)
    delimiters = text[3:8]
    if len(set(delimiters)) < 5 or any(char.isalnum() or char.isspace() for char in delimiters):
        raise ParseFailure("InvalidDelimiters", "MSH-1/MSH-2 do not define five distinct delimiters")
    field_sep, component, repetition, escape, subcomponent = delimiters
    lines = [line.strip(" \t") for line in text.split("\r")]
    lines = [line for line in lines if line]
    for number, line in enumerate(lines, start=1):
        if not _SEGMENT_ID.fullmatch(line[:3]) or (len(line) > 3 and line[3] != field_sep):
            raise ParseFailure("InvalidSegment", f"segment {number} has no valid segment id")
    decoder = EscapeDecoder(field_sep, component, repetition, escape, subcomponent, codec)
    tree = hl7.parse("\r".join(lines))
    segments = [Segment(raw, decoder) for raw in tree]
    msh = segments[0]
    message_code, trigger = msh.value(9, 1), msh.value(9, 2)
    if not message_code:
        raise ParseFailure("MissingRequiredField", "MSH-9 message type is empty")
    message = Er7Message(
        message_type=f"{message_code}^{trigger}" if trigger else message_code,
        control_id=msh.value(10),
        version=msh.value(12),
        codec=codec,
        segments=segments,
    )
    message.units = list(_text_units(message))
    message.known_phi = _dedupe(_known_phi(message))
    return message


# ---------------------------------------------------------------------------------------------- text


def hl7_datetime(value: str) -> str | None:
    """An HL7 DTM/TS ("20240305143000+0900") as ISO 8601, keeping exactly the precision given."""
    match = re.fullmatch(r"(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2}(?:\.\d{1,4})?)?([+-]\d{4})?", value)
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    iso = year + "".join(f"-{part}" for part in (month, day) if part)
    if hour:
        iso += f"T{hour}:{minute or '00'}:{second or '00'}"
        if zone:
            iso += f"{zone[:3]}:{zone[3:]}"
    return iso


def _coded_text(segment: Segment, number: int) -> str | None:
    """The text of a coded element (CWE.2, else CWE.1)."""
    return segment.value(number, 2) or segment.value(number, 1) or None


class _UnitBuilder:
    """Walks the segments in order, grouping OBX lines and NTE comments into text units."""

    def __init__(self):
        self.report: int | None = None
        self.document: int | None = None
        self.open_key: tuple | None = None
        self.open_lines: list[str] = []
        self.open_meta: dict = {}

    def flush(self) -> Iterator[TextUnit]:
        if self.open_key is not None:
            text = "\n".join(self.open_lines)
            if text.strip():
                yield TextUnit(text=text, report=self.report, document=self.document, **self.open_meta)
        self.open_key, self.open_lines, self.open_meta = None, [], {}

    def extend(self, key: tuple, lines: list[str], **meta) -> Iterator[TextUnit]:
        if key != self.open_key:
            yield from self.flush()
            self.open_key, self.open_meta = key, meta
        self.open_lines.extend(lines)


def _text_units(message: Er7Message) -> Iterator[TextUnit]:
    builder = _UnitBuilder()
    txa_count = obr_count = 0
    msh = message.segments[0]
    context_authored = message_authored = hl7_datetime(msh.value(7))
    for position, segment in enumerate(message.segments):
        if segment.name == "OBR":
            yield from builder.flush()
            builder.report, obr_count = obr_count, obr_count + 1
            context_authored = hl7_datetime(segment.value(7)) or message_authored
        elif segment.name == "TXA":
            yield from builder.flush()
            builder.document, txa_count = txa_count, txa_count + 1
            context_authored = hl7_datetime(segment.value(6) or segment.value(4)) or message_authored
        elif segment.name == "OBX":
            value_type = segment.value(2).upper()
            if value_type and not (segment.value(3) or any(line.strip() for line in segment.text_lines(5))):
                reason = (
                    f"segment {position + 1} (OBX) declares value type {value_type[:3]} but has neither OBX-3 nor OBX-5"
                )
                raise ParseFailure("TruncatedSegment", reason)
            authored = hl7_datetime(segment.value(14)) or context_authored
            if value_type in TEXT_VALUE_TYPES:
                key = ("OBX", builder.report, builder.document, tuple(segment.text_lines(3)), segment.value(4))
                note_type = _coded_text(segment, 3)
                meta = {"source_segment": "OBX", "note_type": note_type, "authored": authored}
                yield from builder.extend(key, segment.text_lines(5), **meta)
            else:
                yield from builder.flush()
                if value_type == "ED":
                    unit = _attachment_unit(message, segment, builder, authored)
                    if unit is not None:
                        yield unit
        elif segment.name == "NTE":
            continuing = builder.open_key is not None and builder.open_key[0] == "NTE"
            key = builder.open_key if continuing else ("NTE", position)
            note_type = _coded_text(segment, 4) or "comment"
            meta = {"source_segment": "NTE", "note_type": note_type, "authored": context_authored}
            yield from builder.extend(key, segment.text_lines(3), **meta)
        else:
            yield from builder.flush()
    yield from builder.flush()


def _attachment_unit(message: Er7Message, segment: Segment, builder: _UnitBuilder, authored) -> TextUnit | None:
    """An ED value (source^type^subtype^encoding^data): text becomes a unit, anything else is skipped."""
    data_type, subtype = segment.value(5, 2).upper(), segment.value(5, 3).upper()
    encoding, data = segment.value(5, 4).upper(), segment.value(5, 5)
    media = f"{data_type.lower() or 'unknown'}/{subtype.lower() or 'unknown'}"
    if data_type not in ("TEXT", "TX") and subtype not in _ED_TEXT_SUBTYPES:
        message.skipped.append(f"binary attachment {media} (OBX-5 ED) kept out of the text")
        return None
    if encoding in ("BASE64", "B64"):
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise ParseFailure("InvalidAttachment", "an OBX-5 ED attachment is not valid Base64") from None
        try:
            text = decode_strict(raw, message.codec)
        except CharsetMismatch as error:
            raise ParseFailure("CharsetMismatch", f"an OBX-5 ED text attachment: {error}") from None
    elif encoding in ("A", ""):
        text = data
    else:
        message.skipped.append(f"attachment with unsupported encoding {encoding[:10]} kept out of the text")
        return None
    if not text.strip():
        message.skipped.append(f"empty attachment {media}")
        return None
    return TextUnit(
        text=text,
        source_segment="ED",
        note_type=_coded_text(segment, 3),
        authored=authored,
        report=builder.report,
        document=builder.document,
        content_type=f"text/{subtype.lower() if subtype in _ED_TEXT_SUBTYPES and subtype != 'TEXT' else 'plain'}",
    )


# ----------------------------------------------------------------------------------------- known PHI


def _is_cjk(text: str) -> bool:
    return any(script_of(ch) in ("ko", "zh") for ch in text)


def person_name(family: str, given: str, middle: str = "", prefix: str = "", suffix: str = "") -> tuple[str, tuple]:
    """(full name as written in running text, parts): CJK names family-first without spaces."""
    if _is_cjk(family + given):
        full = family + given + middle
    else:
        full = " ".join(part for part in (given, middle, family) if part)
    parts = (("family", family), ("given", given), ("middle", middle), ("prefix", prefix), ("suffix", suffix))
    return full, tuple((key, value) for key, value in parts if value)


def _names(segment: Segment, number: int, role: str, offset: int) -> Iterator[KnownPhi]:
    """XPN (offset 0) or XCN (offset 1, after the ID number) names; a bare text in XCN.1 is a name too."""
    for rep in segment.reps(number):
        parts = [(rep[i][0].strip() if i < len(rep) else "") for i in range(offset, offset + 5)]
        family, given, middle, suffix, prefix = parts
        bare = rep[0][0].strip()
        if offset and not (family or given) and bare and not any(ch.isdigit() for ch in bare):
            family = bare  # e.g. TXA-9 "IvanDoctorovich": a name where the ID number belongs
        if family or given:
            full, name_parts = person_name(family, given, middle, prefix, suffix)
            yield KnownPhi(EntityType.PERSON.value, full, role, name_parts)


def _cnn_names(segment: Segment, number: int, role: str) -> Iterator[KnownPhi]:
    """NDL (OBR-32..35): the name sits in the subcomponents of component 1 (CNN)."""
    for rep in segment.reps(number):
        subs = [*rep[0], "", "", "", ""]
        if subs[1] or subs[2]:
            full, parts = person_name(subs[1], subs[2], subs[3])
            yield KnownPhi(EntityType.PERSON.value, full, role, parts)


def identifier_kind(value: str, type_code: str) -> str:
    """EntityType of an identifier: national IDs by their checksums (senders put them in SSN, licence or
    untyped fields alike), the rest by CX.5 type code. Record numbers are never re-read as national IDs."""
    compact = value.replace("-", "").replace(" ", "")
    if _IDENTIFIER_KINDS.get(type_code.upper()) != EntityType.MEDICAL_RECORD_NUMBER:
        if len(compact) == 13 and compact.isdigit() and kr_rrn_is_valid(compact, require_checksum=False):
            return (EntityType.KR_FRN if compact[6] in "5678" else EntityType.KR_RRN).value
        if len(compact) in (15, 18) and cn_resident_id_is_valid(compact.upper()):
            return EntityType.CN_RESIDENT_ID.value
    return _IDENTIFIER_KINDS.get(type_code.upper(), EntityType.ID).value


def _identifiers(segment: Segment, number: int, role: str, default_type: str = "") -> Iterator[KnownPhi]:
    for rep in segment.reps(number):
        value = rep[0][0].strip()
        type_code = rep[4][0].strip() if len(rep) > 4 else default_type
        if value:
            authority = rep[3][0].strip() if len(rep) > 3 else ""
            parts = (("assigning_authority", authority),) if authority else ()
            yield KnownPhi(identifier_kind(value, type_code or default_type), value, role, parts)


def _phones(segment: Segment, number: int, role: str) -> Iterator[KnownPhi]:
    """XTN: formatted number (.1), email (.4), or country/area/local (.5/.6/.7)."""
    for rep in segment.reps(number):
        comps = [c[0].strip() for c in rep] + [""] * 12
        if comps[3] or comps[2].upper() in ("INTERNET", "X.400"):
            if comps[3]:
                yield KnownPhi(EntityType.EMAIL_ADDRESS.value, comps[3], role)
            continue
        number_parts = (("country", comps[4]), ("area", comps[5]), ("local", comps[6]), ("extension", comps[7]))
        number_parts = tuple((k, v) for k, v in number_parts if v)
        formatted = comps[0] or " ".join(v for k, v in number_parts if k != "extension")
        if formatted:
            yield KnownPhi(EntityType.PHONE_NUMBER.value, formatted, role, number_parts)


def _addresses(segment: Segment, number: int, role: str) -> Iterator[KnownPhi]:
    """XAD: street (.1), other designation (.2), city (.3), state (.4), postal code (.5), country (.6)."""
    for rep in segment.reps(number):
        comps = [c[0].strip() for c in rep] + [""] * 6
        street, other, city, _state, postcode, _country = comps[:6]
        keys = ("street", "other", "city", "state", "postcode", "country")
        parts = tuple((k, v) for k, v in zip(keys, comps[:6], strict=True) if v)
        line = " ".join(part for part in (street, other) if part)
        if line:
            yield KnownPhi(EntityType.ADDRESS.value, line, role, parts)
        if city:
            yield KnownPhi(EntityType.LOCATION.value, city, role)
        if postcode:
            yield KnownPhi(EntityType.POSTCODE.value, postcode, role)


def _birth_date(segment: Segment, number: int, role: str) -> Iterator[KnownPhi]:
    given = segment.value(number)
    iso = hl7_datetime(given)
    if iso:
        yield KnownPhi(EntityType.DATE.value, iso[:10], role, (("as_given", given),))


# (segment, field, reader, role): the structured PHI of the patient, kin and clinicians.
_XCN, _XPN = 1, 0
_PHI_FIELDS = (
    ("PID", 2, "identifier", "patient"),
    ("PID", 3, "identifier", "patient"),
    ("PID", 4, "identifier", "patient"),
    ("PID", 5, "xpn", "patient"),
    ("PID", 6, "xpn", "patient"),
    ("PID", 7, "birth_date", "patient"),
    ("PID", 9, "xpn", "patient"),
    ("PID", 11, "address", "patient"),
    ("PID", 13, "phone", "patient"),
    ("PID", 14, "phone", "patient"),
    ("PID", 18, "identifier", "patient"),
    ("PID", 19, "ssn", "patient"),
    ("PID", 20, "driver_license", "patient"),
    ("NK1", 2, "xpn", "kin"),
    ("NK1", 4, "address", "kin"),
    ("NK1", 5, "phone", "kin"),
    ("NK1", 6, "phone", "kin"),
    ("NK1", 30, "xpn", "kin"),
    ("NK1", 31, "phone", "kin"),
    ("PV1", 7, "xcn", "clinician"),
    ("PV1", 8, "xcn", "clinician"),
    ("PV1", 9, "xcn", "clinician"),
    ("PV1", 17, "xcn", "clinician"),
    ("PV1", 52, "xcn", "clinician"),
    ("ORC", 10, "xcn", "clinician"),
    ("ORC", 11, "xcn", "clinician"),
    ("ORC", 12, "xcn", "clinician"),
    ("ORC", 14, "phone", "clinician"),
    ("ORC", 19, "xcn", "clinician"),
    ("OBR", 16, "xcn", "clinician"),
    ("OBR", 17, "phone", "clinician"),
    ("OBR", 28, "xcn", "clinician"),
    ("OBR", 32, "cnn", "clinician"),
    ("OBR", 33, "cnn", "clinician"),
    ("OBR", 34, "cnn", "clinician"),
    ("OBR", 35, "cnn", "clinician"),
    ("TXA", 5, "xcn", "clinician"),
    ("TXA", 9, "xcn", "clinician"),
    ("TXA", 10, "xcn", "clinician"),
    ("TXA", 11, "xcn", "clinician"),
    ("TXA", 22, "xcn", "clinician"),
    ("OBX", 16, "xcn", "clinician"),
    ("NTE", 5, "xcn", "clinician"),
)


def _known_phi(message: Er7Message) -> Iterator[KnownPhi]:
    readers = {
        "identifier": lambda s, n, r: _identifiers(s, n, r),
        "ssn": lambda s, n, r: _identifiers(s, n, r, default_type="SS"),
        "driver_license": lambda s, n, r: _identifiers(s, n, r, default_type="DL"),
        "xpn": lambda s, n, r: _names(s, n, r, _XPN),
        "xcn": lambda s, n, r: _names(s, n, r, _XCN),
        "cnn": _cnn_names,
        "birth_date": _birth_date,
        "address": _addresses,
        "phone": _phones,
    }
    wanted = {name for name, *_ in _PHI_FIELDS}
    for segment in message.segments:
        if segment.name in wanted:
            for name, number, reader, role in _PHI_FIELDS:
                if name == segment.name:
                    yield from readers[reader](segment, number, role)


def _dedupe(items) -> list[KnownPhi]:
    """The first of each (kind, value, role): the same clinician named in PV1 and ORC counts once."""
    return list({(phi.kind, phi.value, phi.role): phi for phi in reversed(list(items))}.values())[::-1]
