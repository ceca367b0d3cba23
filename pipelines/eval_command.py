"""`emr-deid eval`: score detection against gold JSON Lines or an external annotated set.

Predictions come from a file in the `emr-deid mask` output format (matched by id) or, without one,
from running the detector on each gold note. The table goes to stdout; --json writes the full report.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from emr_deid.evaluation.external import EXTERNAL_SETS, ExternalFormatError
from emr_deid.evaluation.scoring import evaluate
from emr_deid.schemas import EntityType, KnownPhi

log = logging.getLogger(__name__)
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


class InputError(ValueError):
    """A gold or prediction file that cannot be read; the message names the file and line, never the text."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="?", type=Path, help="gold JSON Lines: {id, text, lang, entities, known_phi?}")
    parser.add_argument("--predictions", type=Path, help="`emr-deid mask` output to score instead of running detection")
    parser.add_argument("--types", help="comma-separated entity types to score (default: all)")
    parser.add_argument("--json", dest="json_path", type=Path, help="also write the full report as JSON here")
    parser.add_argument("--external", choices=sorted(EXTERNAL_SETS), help="score on an external annotated set")
    parser.add_argument(
        "--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="folder of the external sets (default: ../shared/data)"
    )


def read_jsonl(path: Path, required: tuple[str, ...]) -> Iterator[dict]:
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"{path}:{number}: not JSON ({error.msg})") from None
                missing = [key for key in required if key not in record]
                if missing:
                    raise InputError(f"{path}:{number}: missing {', '.join(missing)}")
                yield record
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


def known_phi_of(document: Mapping) -> tuple[KnownPhi, ...]:
    """Gold `known_phi` records as the detector's KnownPhi; `parts` may be an object or a list of pairs."""
    known = []
    for item in document.get("known_phi") or ():
        parts = item.get("parts") or ()
        parts = tuple(parts.items()) if isinstance(parts, Mapping) else tuple(tuple(pair) for pair in parts)
        known.append(KnownPhi(kind=item["kind"], value=item["value"], role=item.get("role", "patient"), parts=parts))
    return tuple(known)


def detect_all(documents: Iterable[Mapping]) -> dict[str, list[dict]]:
    from emr_deid.transforms.detect import Detector  # imported here: detection is heavy and optional for scoring

    detector = Detector.from_config()
    return {
        document["id"]: [
            entity.to_dict()
            for entity in detector.detect(document["text"], lang=document.get("lang"), known_phi=known_phi_of(document))
        ]
        for document in documents
    }


def run(args: argparse.Namespace) -> int:
    types = {name.strip() for name in args.types.split(",")} if args.types else None
    unknown = sorted(types - {t.value for t in EntityType}) if types else []
    if unknown:
        print(f"emr-deid eval: unknown entity types: {', '.join(unknown)}", file=sys.stderr)
        return 2
    try:
        if args.external:
            external = EXTERNAL_SETS[args.external]
            documents = external.load(args.data_dir)
            types = external.types & types if types else set(external.types)
        elif args.gold:
            documents = list(read_jsonl(args.gold, ("id", "text", "entities")))
        else:
            print("emr-deid eval: give a GOLD file or --external SET", file=sys.stderr)
            return 2
        if args.predictions:
            predictions = {
                record["id"]: record["entities"] for record in read_jsonl(args.predictions, ("id", "entities"))
            }
            missing = sum(document["id"] not in predictions for document in documents)
            if missing:
                log.warning("%d gold documents have no prediction record; scored as predicting nothing", missing)
        else:
            predictions = detect_all(documents)
    except (InputError, ExternalFormatError) as error:
        print(f"emr-deid eval: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"emr-deid eval: cannot read {error.filename} ({error.strerror})", file=sys.stderr)
        return 2
    report = evaluate(documents, predictions, types)
    print(report.table())
    if args.json_path:
        source = {"external": args.external} if args.external else {"gold": str(args.gold)}
        scored = {"types": sorted(types) if types else "all", "predictions": str(args.predictions or "detector")}
        document = {**source, **scored, **report.to_dict()}
        args.json_path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0
