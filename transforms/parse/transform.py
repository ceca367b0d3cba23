"""The Beam side of parsing: a thin DoFn around `parse_message` and the `ParseMessages` composite."""

from __future__ import annotations

from collections.abc import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput

from emr_deid.schemas import Message, ParsedMessage
from emr_deid.transforms.parse.message import parse_message

MESSAGES, DEAD_LETTERS = "messages", "dead_letters"
_NAMESPACE = "emr_deid.parse"


class _ParseDoFn(beam.DoFn):
    """One message -> a ParsedMessage (its notes and FHIR resources, main output) or its dead letter; counted."""

    def __init__(self):
        self.messages_parsed = Metrics.counter(_NAMESPACE, "messages_parsed")
        self.messages_without_notes = Metrics.counter(_NAMESPACE, "messages_without_notes")
        self.notes = Metrics.counter(_NAMESPACE, "notes")
        self.skipped = Metrics.counter(_NAMESPACE, "skipped_attachments")
        self.dead_letters = Metrics.counter(_NAMESPACE, "dead_letters")

    def process(self, message: Message) -> Iterator:
        result = parse_message(message)
        if result.dead_letter is not None:
            self.dead_letters.inc()
            Metrics.counter(_NAMESPACE, f"dead_letters_{result.dead_letter.error_class}").inc()
            yield TaggedOutput(DEAD_LETTERS, result.dead_letter)
            return
        self.messages_parsed.inc()
        self.notes.inc(len(result.notes))
        self.skipped.inc(len(result.skipped))
        if not result.notes:
            self.messages_without_notes.inc()
        yield ParsedMessage(result.message_id, tuple(result.notes), result.resources, result.patient_key)


class ParseMessages(beam.PTransform):
    """PCollection[Message] -> tagged outputs "messages" (ParsedMessage) and "dead_letters" (DeadLetter)."""

    def expand(self, messages):
        return messages | "Parse" >> beam.ParDo(_ParseDoFn()).with_outputs(DEAD_LETTERS, main=MESSAGES)
