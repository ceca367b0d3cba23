"""Masked FHIR resources rebuilt from parsed samples: R4B-valid, masked text written back, no masked value left."""

from __future__ import annotations

import base64
import json
import re

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from emr_deid.pipelines.config import MaskingConfig
from emr_deid.schemas import Entity, Message, ParsedMessage, SourceCoordinates
from emr_deid.transforms.mask import Masker
from emr_deid.transforms.mask.rebuild import MaskedNote, rebuild_resources
from emr_deid.transforms.mask.transform import DEAD_LETTERS, RebuildFhirResources
from emr_deid.transforms.parse import parse_message
from emr_deid.transforms.parse.fhir import validate
from emr_deid.transforms.read import message_files, split_file_items

_PHI_KINDS = {"PERSON", "PHONE_NUMBER"}


def _parsed_samples(samples_dir):
    for path in message_files([str(samples_dir)]):
        with open(path, "rb") as handle:
            for index, payload in split_file_items(path, handle.read()):
                result = parse_message(Message(payload, SourceCoordinates(file=path, line=index)))
                if result.parsed and result.notes:
                    yield result


def _known_entities(note):
    """Every occurrence of the note's own known names and phones: real spans, independent of the detector."""
    values = {phi.value for phi in note.known_phi if phi.kind in _PHI_KINDS and len(phi.value) >= 2}
    spans = set()
    for value in values:
        for match in re.finditer(re.escape(value), note.text):
            spans.add((match.start(), match.end(), next(p.kind for p in note.known_phi if p.value == value)))
    kept, end = [], -1
    for start, stop, kind in sorted(spans):  # non-overlapping, as the detector hands them over
        if start >= end:
            kept.append(Entity(start, stop, kind, 1.0, "known-phi-test"))
            end = stop
    return kept, {note.text[e.start : e.end] for e in kept}


def _decoded_json(resources):
    """The resources as text, with Base64 attachments decoded, so a leak cannot hide in an encoding."""
    text = json.dumps(resources, ensure_ascii=False)
    for blob in re.findall(r'"data": "([A-Za-z0-9+/=]+)"', text):
        raw = base64.b64decode(blob)
        for codec in ("utf-8", "cp949", "gb18030"):
            try:
                text += raw.decode(codec)
                break
            except UnicodeDecodeError:
                continue
    return text


@pytest.mark.parametrize("profile", ["tags", "research", "external-sharing", "safe-harbor"])
def test_rebuilt_resources_are_valid_and_carry_no_masked_value(samples_dir, profile):
    masker = Masker.from_config(MaskingConfig(profile=profile, demo_key=True))
    checked_values = 0
    for result in _parsed_samples(samples_dir):
        masked_notes, masked_values = [], set()
        for note in result.notes:
            entities, values = _known_entities(note)
            masked_note, audit = masker.mask_note(note, entities)
            masked_notes.append(MaskedNote(masked_note, audit.spans))
            masked_values |= values
        resources = rebuild_resources(result.resources, masked_notes, result.notes[0].patient_key, masker)
        for resource in resources:
            validate(resource)  # raises with the failing element paths
        published = _decoded_json(resources)
        for value in masked_values:
            assert value not in published, f"a masked {profile} value is still in the FHIR output"
        checked_values += len(masked_values)
    assert checked_values >= 10  # the samples do mention their patients and kin by name and phone


def test_narrative_written_back_keeps_xhtml_and_masks_the_name(samples_dir):
    masker = Masker.from_config(MaskingConfig(profile="tags"))
    [result] = [
        r
        for r in _parsed_samples(samples_dir)
        if any(n.fhir_context.get("encoding") == "xhtml" and "박서준" in n.text for n in r.notes)
    ]
    masked_notes = []
    for note in result.notes:
        entities, _ = _known_entities(note)
        masked_note, audit = masker.mask_note(note, entities)
        masked_notes.append(MaskedNote(masked_note, audit.spans))
    resources = rebuild_resources(result.resources, masked_notes, result.notes[0].patient_key, masker)
    composition = next(r for r in resources if r["resourceType"] == "Composition")
    div = composition["section"][0]["text"]["div"]
    assert div.startswith('<div xmlns="http://www.w3.org/1999/xhtml">') and "<p>" in div
    assert "[PERSON]" in div and "박서준" not in div
    validate(composition)


def test_the_rebuild_transform_publishes_valid_resources_and_dead_letters_the_rest():
    valid = (
        ParsedMessage(
            "m1", (), [{"resourceType": "Patient", "id": "p1", "gender": "female", "birthDate": "1950-03-05"}], "p1"
        ),
        (),
    )
    invalid = (ParsedMessage("m2", (), [{"resourceType": "Patient", "id": "p2", "nonsense": 1}], "p2"), ())
    config = MaskingConfig(profile="research", demo_key=True)
    with TestPipeline() as pipeline:
        rebuilt = pipeline | beam.Create([valid, invalid]) | RebuildFhirResources(config)
        published = rebuilt["resources"] | beam.Map(lambda r: (r["resourceType"], r["id"] != "p1", "birthDate" in r))
        assert_that(published, equal_to([("Patient", True, True)]), label="published")
        reasons = rebuilt[DEAD_LETTERS] | beam.Map(lambda letter: (letter.error_class, "m2" in letter.reason))
        assert_that(reasons, equal_to([("InvalidFhirResource", True)]), label="dead letters")
