"""`emr-deid mask`: JSON Lines notes in, masked JSON Lines out, in input order.

    {"id": "n1", "text": "...", "lang": "ko-en", "patient": "P1", "known_phi": [{"kind": "PERSON", "value": "김민수"}]}
 -> {"id": "n1", "text": "[PERSON]님 ...", "entities": [{"start": 0, "end": 3, "type": "PERSON", ...}],
     "profile": "tags", "policy_version": "..."}

Masking follows the policy profile (`--policy`, default `tags`: every entity becomes its type tag);
`patient` selects the per-patient key of pseudonyms, surrogates and date shifts. A bad line (not
JSON, not an object, no string "text" ...) becomes an error record naming its line,
{"id": ..., "line": 7, "error": "..."}, and the command goes on and exits 1 at the end; with
`--on-error stop` it stops at the first bad line instead. Error messages name what is wrong, never the
text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

from tqdm import tqdm

from emr_deid.pipelines.config import ConfigError, load_config
from emr_deid.recognizers.registry import RegistryError
from emr_deid.schemas import KnownPhi
from emr_deid.transforms.detect import Detector
from emr_deid.transforms.mask import (
    Masker,
    MaskingKeyError,
    PolicyError,
    add_policy_arguments,
    masking_config_from_args,
)


class BadRecord(ValueError):
    """A line that is not a usable note; the message never quotes the line's content."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", "-i", default="-", help="JSON Lines file to read (default: standard input)")
    parser.add_argument("--output", "-o", default="-", help="JSON Lines file to write (default: standard output)")
    parser.add_argument(
        "--on-error",
        choices=("record", "stop"),
        default="record",
        help="bad input line: write an error record and go on (default), or stop there; both exit 1",
    )
    parser.add_argument("--config", help="configuration YAML; its `detection` section is used")
    parser.add_argument("--registry", help="recognizer registry YAML (default: the one shipped)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")
    add_policy_arguments(parser)


def parse_record(line: bytes, line_number: int) -> tuple[str | None, str, str | None, tuple[KnownPhi, ...], str | None]:
    """(id, text, lang, known PHI, patient) of one input line, or BadRecord saying what is wrong with it."""
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadRecord(f"line {line_number}: not UTF-8") from None
    except json.JSONDecodeError as error:
        raise BadRecord(f"line {line_number}: not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise BadRecord(f"line {line_number}: expected a JSON object, got {type(record).__name__}")
    note_id = record.get("id")
    if not isinstance(record.get("text"), str):
        raise BadRecord(f"line {line_number}: field 'text' must be a string")
    lang = record.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise BadRecord(f"line {line_number}: field 'lang' must be a string")
    patient = record.get("patient")
    if patient is not None and not isinstance(patient, str):
        raise BadRecord(f"line {line_number}: field 'patient' must be a string")
    return note_id, record["text"], lang, _known_phi(record.get("known_phi") or [], line_number), patient


def _known_phi(items: object, line_number: int) -> tuple[KnownPhi, ...]:
    if not isinstance(items, list):
        raise BadRecord(f"line {line_number}: field 'known_phi' must be a list")
    known = []
    for index, item in enumerate(items):
        where = f"line {line_number}: known_phi[{index}]"
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("kind"), str)
            or not isinstance(item.get("value"), str)
        ):
            raise BadRecord(f"{where} must be an object with string 'kind' and 'value'")
        parts = item.get("parts") or {}
        if isinstance(parts, dict):
            parts = list(parts.items())
        if not all(isinstance(p, list | tuple) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in parts):
            raise BadRecord(f"{where}.parts must map strings to strings")
        known.append(KnownPhi(item["kind"], item["value"], str(item.get("role", "patient")), tuple(map(tuple, parts))))
    return tuple(known)


def mask_line(detector: Detector, masker: Masker, line: bytes, line_number: int) -> dict:
    """The output record for one input line: masked text and entities (offsets into the input), or BadRecord."""
    note_id, text, lang, known_phi, patient = parse_record(line, line_number)
    entities = detector.detect(text, lang=lang, known_phi=known_phi)
    masked = masker.mask(text, entities, patient_key=patient, lang=lang)
    return {
        "id": note_id,
        "text": masked.text,
        "entities": [entity.to_dict() for entity in entities],
        "profile": masked.profile,
        "policy_version": masked.policy_version,
    }


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield number, line


def _error_record(line: bytes, error: BadRecord, line_number: int) -> dict:
    try:
        note_id = json.loads(line).get("id")
    except (ValueError, AttributeError):
        note_id = None
    return {"id": note_id, "line": line_number, "error": str(error)}


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config).detection
        detector = Detector.from_config(config, registry_path=args.registry)
        masker = Masker.from_config(masking_config_from_args(args))
    except (ConfigError, RegistryError, PolicyError, MaskingKeyError, ValueError) as error:
        print(f"emr-deid mask: {error}", file=sys.stderr)
        return 2
    if args.input != "-" and not Path(args.input).is_file():
        print(f"emr-deid mask: input {args.input} is not a file", file=sys.stderr)
        return 2
    total = None
    if args.input != "-":
        with open(args.input, "rb") as counted:
            total = sum(1 for line in counted if line.strip())

    bad_lines = 0
    with ExitStack() as stack:
        source = sys.stdin.buffer if args.input == "-" else stack.enter_context(open(args.input, "rb"))
        sink = sys.stdout.buffer if args.output == "-" else stack.enter_context(open(args.output, "wb"))
        progress = stack.enter_context(
            tqdm(total=total, unit="note", file=sys.stderr, disable=args.no_progress, desc="mask")
        )
        for line_number, line in _lines(source):
            try:
                record = mask_line(detector, masker, line, line_number)
            except BadRecord as error:
                bad_lines += 1
                tqdm.write(f"emr-deid mask: {error}", file=sys.stderr)
                if args.on_error == "stop":
                    return 1
                record = _error_record(line, error, line_number)
            sink.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
            progress.update()
    if bad_lines:
        print(f"emr-deid mask: {bad_lines} bad line(s) written as error records", file=sys.stderr)
        return 1
    return 0
