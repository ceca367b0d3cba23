"""ParseMessages on the DirectRunner over our samples: every message is a parsed message or a dead letter."""

from __future__ import annotations

import json
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from emr_deid.schemas import Message, SourceCoordinates
from emr_deid.schemas.lake import DEAD_LETTERS_SCHEMA, NOTES_SCHEMA, dead_letter_to_row, note_to_row
from emr_deid.transforms.parse import parse_message
from emr_deid.transforms.parse.transform import DEAD_LETTERS, MESSAGES, ParseMessages
from emr_deid.transforms.read import ReadMessagesFromFiles, split_file_items

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_parse_messages_accounts_for_every_sample_message():
    with TestPipeline(runner="DirectRunner") as pipeline:
        parsed = pipeline | ReadMessagesFromFiles([str(SAMPLES)]) | ParseMessages()
        dead_classes = parsed[DEAD_LETTERS] | "DeadClass" >> beam.Map(lambda dead: dead.error_class)
        assert_that(dead_classes, equal_to(["InvalidJson", "TruncatedSegment"]), label="DeadLetters")
        parsed_messages = parsed[MESSAGES] | "MessageIds" >> beam.Map(lambda message: message.message_id)
        accounted = (parsed_messages, parsed[DEAD_LETTERS] | "DeadOnes" >> beam.Map(lambda _: "dead")) | beam.Flatten()
        assert_that(accounted | beam.combiners.Count.Globally(), equal_to([16]), label="EveryMessage")
        notes_per_message = (
            parsed[MESSAGES]
            | "WithNotes" >> beam.Filter(lambda message: message.notes)
            | "NoteMessage"
            >> beam.Map(
                lambda message: (
                    (Path(message.notes[0].source.file).name, message.notes[0].source.line),
                    len(message.notes),
                )
            )
        )
        assert_that(
            notes_per_message,
            equal_to(
                [
                    (("adt_oru_en_batch.hl7", 1), 1),
                    (("adt_oru_en_batch.hl7", 2), 1),
                    (("mdm_t02_ko_cp949_ed.hl7", 1), 2),
                    (("mdm_t02_ko_euckr.hl7", 1), 1),
                    (("mdm_t02_zh_utf8.hl7", 1), 1),
                    (("oru_r01_ko_utf8.hl7", 1), 2),
                    (("oru_r01_zh_gb18030.hl7", 1), 1),
                    (("oru_r01_zh_gbk.hl7", 1), 1),
                    (("bundle_en_transaction.json", 1), 1),
                    (("bundle_ko_document.json", 1), 2),
                    (("bundle_zh_binary.json", 1), 3),
                    (("observations_zh.ndjson", 2), 2),
                    (("observations_zh.ndjson", 3), 1),
                ]
            ),
            label="NotesPerMessage",
        )
        strays = parsed[MESSAGES] | "Strays" >> beam.FlatMap(
            lambda message: [note.note_id for note in message.notes if note.message_id != message.message_id]
        )
        assert_that(strays, equal_to([]), label="NotesOfTheirMessage")
    metrics = pipeline.result.metrics().query()["counters"]
    by_name = {counter.key.metric.name: counter.committed for counter in metrics}
    assert by_name["messages_parsed"] == 14 and by_name["notes"] == 19 and by_name["dead_letters"] == 2
    assert by_name["messages_without_notes"] == 1 and by_name["dead_letters_InvalidJson"] == 1
    assert by_name["skipped_attachments"] == 2  # the PDFs of mdm_t02_ko_cp949_ed.hl7 and bundle_zh_binary.json


def test_notes_and_dead_letters_become_rows_of_the_lake_tables():
    results = [
        parse_message(Message(payload=payload, source=SourceCoordinates(file=str(path), line=index)))
        for path in sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".hl7", ".json", ".ndjson"))
        for index, payload in split_file_items(str(path), path.read_bytes())
    ]
    rows = [note_to_row(n, profile="tags", policy_version="test") for r in results for n in r.notes]
    notes = pa.Table.from_pylist(rows, schema=NOTES_SCHEMA)
    dead = [dead_letter_to_row(r.dead_letter) for r in results if r.dead_letter is not None]
    dead_letters = pa.Table.from_pylist(dead, schema=DEAD_LETTERS_SCHEMA)
    assert notes.num_rows == 19 and dead_letters.num_rows == 2
    assert len(set(notes.column("note_id").to_pylist())) == 19
    first = notes.slice(0, 1).to_pylist()[0]
    assert json.loads(first["fhir_context"])["encoding"] in ("plain", "base64", "xhtml")
    assert "known_phi" not in notes.column_names  # raw identifiers never reach the lake
    assert sorted(dead_letters.column("error_class").to_pylist()) == ["InvalidJson", "TruncatedSegment"]
