"""MaskNotes and RebuildFhirResources on the DirectRunner: a message's resources are published only when
every one of its notes is masked."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from emr_deid.pipelines.config import MaskingConfig
from emr_deid.schemas import Entity, Message, ParsedMessage, SourceCoordinates, Stage
from emr_deid.transforms.mask.transform import (
    AUDIT,
    DEAD_LETTERS,
    MASKED,
    MASKED_MESSAGES,
    MaskNotes,
    RebuildFhirResources,
)
from emr_deid.transforms.parse import parse_message
from tests.mask.test_rebuild import _decoded_json, _known_entities


def _parsed(path) -> ParsedMessage:
    result = parse_message(Message(path.read_bytes(), SourceCoordinates(file=str(path), line=1)))
    return ParsedMessage(result.message_id, tuple(result.notes), result.resources, result.patient_key)


def test_a_note_that_cannot_be_masked_withholds_its_messages_resources(samples_dir):
    korean, chinese = (
        _parsed(samples_dir / "fhir" / "bundle_ko_document.json"),
        _parsed(samples_dir / "fhir" / "bundle_zh_binary.json"),
    )
    assert len(korean.notes) == 2 and len(chinese.notes) == 3
    entities = {m.message_id: [_known_entities(note)[0] for note in m.notes] for m in (korean, chinese)}
    assert entities[korean.message_id][1] and any(entities[chinese.message_id])  # real names and phones to mask
    # A span past the end of the text, as a faulty recognizer might give: masking that note raises. The note is
    # a Composition section's narrative, which the resource would otherwise keep as it was.
    failing = korean.notes[0]
    assert failing.fhir_context["element"] == "section[0].text.div"
    entities[korean.message_id][0] = [Entity(0, len(failing.text) + 5, "PERSON", 0.9, "faulty")]
    with TestPipeline() as pipeline:
        masked = (
            pipeline
            | beam.Create([(message, entities[message.message_id]) for message in (korean, chinese)])
            | MaskNotes(MaskingConfig(profile="research", demo_key=True))
        )
        rebuilt = masked[MASKED_MESSAGES] | RebuildFhirResources(MaskingConfig(profile="research", demo_key=True))
        expected_notes = [korean.notes[1].note_id] + [note.note_id for note in chinese.notes]
        note_ids = masked[MASKED] | "NoteIds" >> beam.Map(lambda masked_note: masked_note.note.note_id)
        assert_that(note_ids, equal_to(expected_notes), label="masked notes")
        audited = masked[AUDIT] | "AuditIds" >> beam.Map(lambda audit: audit.note_id)
        assert_that(audited, equal_to(expected_notes), label="audit records")
        passed_on = masked[MASKED_MESSAGES] | "Passed" >> beam.Map(
            lambda masked: (masked[0].message_id, len(masked[1]), len(masked[0].resources))
        )
        assert_that(passed_on, equal_to([(chinese.message_id, 3, len(chinese.resources))]), label="to the rebuild")
        letters = (
            (masked[DEAD_LETTERS], rebuilt[DEAD_LETTERS])
            | "Letters" >> beam.Flatten()
            | beam.Map(lambda letter: (letter.stage, letter.error_class, letter.reason, bool(letter.original_b64)))
        )
        assert_that(
            letters,
            equal_to(
                [
                    (Stage.MASK, "ValueError", "masking the note failed with ValueError", True),
                    (
                        Stage.MASK,
                        "UnmaskedNote",
                        f"masked FHIR resources of message {korean.message_id} withheld: "
                        "1 of its 2 notes could not be masked",
                        False,
                    ),
                ]
            ),
            label="dead letters",
        )
        published = rebuilt["resources"] | "Published" >> beam.combiners.ToList()
        assert_that(published | "Count" >> beam.Map(len), equal_to([len(chinese.resources)]), label="published")
        words = [word for word in failing.text.split() if len(word) > 3]
        assert_that(
            published | "Leaks" >> beam.FlatMap(lambda resources: [w for w in words if w in _decoded_json(resources)]),
            equal_to([]),
            label="no unmasked text",
        )
