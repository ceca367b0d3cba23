"""Converters from the external annotated sets in ../shared/data to gold JSON Lines documents.

- weibo-ner dev (zh, CC BY-SA 3.0): CoNLL, one character a line with its word-segment digit glued on.
  Only named mentions count: PER.NAM -> PERSON, LOC.NAM/GPE.NAM -> LOCATION. Nominal mentions
  (PER.NOM: "男友", "老师") are role words, not identifiers, so they are not gold PHI; ORG is not scored.
- kmou-ner test (ko, non-commercial, EVALUATION ONLY: never train on it or ship it): each sentence has
  a "; " raw line and a "$" line marking entities inline as <text:TAG>; PS -> PERSON, LC -> LOCATION,
  DT -> DATE (TI times and OG organisations are not scored).
- presidio-research synth_dataset_v2.json (en, MIT): PERSON -> PERSON, STREET_ADDRESS -> ADDRESS,
  GPE -> LOCATION, DATE_TIME -> DATE, PHONE_NUMBER, EMAIL_ADDRESS, US_SSN, IP_ADDRESS, US_DRIVER_LICENSE
  -> DRIVER_LICENSE, ZIP_CODE -> POSTCODE, DOMAIN_NAME -> URL.

Each converter returns the documents and the entity types the set annotates: only those types can be
scored on it (a detector's hospital names are not false positives on a set that never marks them).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

WEIBO_TYPES = {"PER.NAM": "PERSON", "LOC.NAM": "LOCATION", "GPE.NAM": "LOCATION"}
KMOU_TYPES = {"PS": "PERSON", "LC": "LOCATION", "DT": "DATE"}
PRESIDIO_TYPES = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "ADDRESS",
    "GPE": "LOCATION",
    "DATE_TIME": "DATE",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
    "ZIP_CODE": "POSTCODE",
    "DOMAIN_NAME": "URL",
}
_KMOU_ENTITY = re.compile(r"<([^<>]+?):(PS|LC|OG|DT|TI)>")


@dataclass(frozen=True)
class ExternalSet:
    name: str
    relative_path: str
    lang: str
    types: frozenset[str]

    def load(self, data_dir: Path) -> list[dict]:
        return _LOADERS[self.name](data_dir / self.relative_path)


class ExternalFormatError(ValueError):
    """An external file does not have the structure its converter expects."""


def _document(doc_id: str, text: str, lang: str, entities: list[dict]) -> dict:
    return {"id": doc_id, "text": text, "lang": lang, "entities": entities}


def load_weibo(path: Path) -> list[dict]:
    documents, chars, entities, open_entity = [], [], [], None

    def flush() -> None:
        nonlocal chars, entities, open_entity
        if chars:
            documents.append(_document(f"weibo-dev-{len(documents):05d}", "".join(chars), "zh", entities))
        chars, entities, open_entity = [], [], None

    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            flush()
            continue
        token, _, tag = line.partition("\t")
        if not tag or not token[-1:].isdigit():
            raise ExternalFormatError(f"{path.name}:{line_number}: expected CHAR+DIGIT<TAB>TAG")
        position = len(chars)
        chars.append(token[:-1])
        prefix, _, label = tag.partition("-")
        entity_type = WEIBO_TYPES.get(label)
        if prefix == "I" and open_entity is not None and open_entity["label"] == label:
            open_entity["end"] = position + 1
            continue
        open_entity = None
        if prefix in ("B", "I") and entity_type:  # an I- without its B- still starts a mention
            open_entity = {"start": position, "end": position + 1, "type": entity_type, "label": label}
            entities.append(open_entity)
    flush()
    for document in documents:
        for entity in document["entities"]:
            entity.pop("label")
    return documents


def load_kmou(path: Path) -> list[dict]:
    documents, raw = [], None
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("; "):
            raw = line[2:]
        elif line.startswith("$"):
            if raw is None:
                raise ExternalFormatError(f"{path.name}:{line_number}: tagged line without its raw sentence")
            text, entities, cursor = [], [], 0
            for match in _KMOU_ENTITY.finditer(line[1:]):
                text.append(line[1 + cursor : 1 + match.start()])
                start = sum(map(len, text))
                text.append(match.group(1))
                if match.group(2) in KMOU_TYPES:
                    entities.append(
                        {"start": start, "end": start + len(match.group(1)), "type": KMOU_TYPES[match.group(2)]}
                    )
                cursor = match.end()
            text.append(line[1 + cursor :])
            if "".join(text) != raw:
                raise ExternalFormatError(f"{path.name}:{line_number}: tagged sentence does not match its raw line")
            documents.append(_document(f"kmou-test-{len(documents):05d}", raw, "ko", entities))
            raw = None
    return documents


def load_presidio_research(path: Path) -> list[dict]:
    documents = []
    for index, record in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        entities = [
            {"start": s["start_position"], "end": s["end_position"], "type": PRESIDIO_TYPES[s["entity_type"]]}
            for s in record["spans"]
            if s["entity_type"] in PRESIDIO_TYPES
        ]
        documents.append(
            _document(f"presidio-research-{index:05d}", record["full_text"], "en", sorted(entities, key=_by_start))
        )
    return documents


def _by_start(entity: dict) -> tuple[int, int]:
    return entity["start"], entity["end"]


_LOADERS = {"weibo-dev": load_weibo, "kmou-test": load_kmou, "presidio-research": load_presidio_research}
EXTERNAL_SETS = {
    "weibo-dev": ExternalSet("weibo-dev", "weibo-ner/weiboNER_2nd_conll.dev", "zh", frozenset(WEIBO_TYPES.values())),
    "kmou-test": ExternalSet("kmou-test", "kmou-ner/ner.test", "ko", frozenset(KMOU_TYPES.values())),
    "presidio-research": ExternalSet(
        "presidio-research", "presidio-research/synth_dataset_v2.json", "en", frozenset(PRESIDIO_TYPES.values())
    ),
}
