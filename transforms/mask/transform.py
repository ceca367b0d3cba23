"""The Beam side of masking: `MaskNotes` and `RebuildFhirResources`, thin DoFns around the Masker.

The Masker (policy, key) is built once per worker in `setup()`: the key is read there, from the file
or environment variable the configuration names, and is never part of the pipeline's serialised graph.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput
from apache_beam.utils.timestamp import MIN_TIMESTAMP, Timestamp

from emr_deid.pipelines.config import MaskingConfig
from emr_deid.schemas import DeadLetter, Entity, Note, ParsedMessage, SourceCoordinates, Stage
from emr_deid.transforms.mask.masker import Masker
from emr_deid.transforms.mask.rebuild import MaskedNote, rebuild_resources
from emr_deid.transforms.parse.errors import ParseFailure
from emr_deid.transforms.parse.fhir import validate

MASKED, AUDIT, MASKED_MESSAGES, DEAD_LETTERS = "masked", "audit", "masked_messages", "dead_letters"
_NAMESPACE = "emr_deid.mask"


def _note_dead_letter(note: Note, stage: Stage, error: Exception, what: str) -> DeadLetter:
    # The reason names the failure's class only: an exception's message may quote the value.
    return DeadLetter(
        stage=stage,
        error_class=type(error).__name__,
        reason=f"{what} failed with {type(error).__name__}",
        source=note.source,
        original_b64=base64.b64encode(note.text.encode("utf-8")).decode("ascii"),
    )


class _MaskDoFn(beam.DoFn):
    """(message, each note's entities) -> each masked note and its audit record, then (message, masked notes).

    A message with a note that could not be masked is not passed on to the FHIR rebuild: that note's
    text would stay in its resource unmasked. Its resources become a dead letter instead.
    """

    def __init__(self, config: MaskingConfig, model_versions: dict[str, str]):
        self._config = config
        self._model_versions = model_versions
        self._masker: Masker | None = None
        self._entity_counters: dict = {}
        self.notes_masked = Metrics.counter(_NAMESPACE, "notes_masked")
        self.failures = Metrics.counter(_NAMESPACE, "dead_letters")
        self.withheld = Metrics.counter(_NAMESPACE, "fhir_dead_letters")
        # End-to-end latency per note: processing time at masking minus the message's arrival (element timestamp).
        self.latency_ms = Metrics.distribution(_NAMESPACE, "latency_ms")

    def setup(self):
        self._masker = Masker.from_config(self._config)

    def process(
        self, detected: tuple[ParsedMessage, list[list[Entity]]], timestamp=beam.DoFn.TimestampParam
    ) -> Iterator:
        message, entities_per_note = detected
        masked_notes = []
        for note, entities in zip(message.notes, entities_per_note, strict=True):
            try:
                masked_note, audit = self._masker.mask_note(note, entities, model_versions=self._model_versions)
            except Exception as error:  # one bad note must not stop the stream: it is dead-lettered, counted
                self.failures.inc()
                yield TaggedOutput(DEAD_LETTERS, _note_dead_letter(note, Stage.MASK, error, "masking the note"))
                continue
            self.notes_masked.inc()
            if timestamp > MIN_TIMESTAMP:  # notes without an arrival time (e.g. from beam.Create) have no latency
                self.latency_ms.update(int((Timestamp.now() - timestamp).micros // 1000))
            for entity_type, count in audit.counts_by_type.items():
                self._entity_counter(entity_type).inc(count)
            masked_notes.append(MaskedNote(masked_note, audit.spans, audit.profile, audit.policy_version))
            yield masked_notes[-1]
            yield TaggedOutput(AUDIT, audit)
        if len(masked_notes) == len(message.notes):
            yield TaggedOutput(MASKED_MESSAGES, (message, tuple(masked_notes)))
        elif message.resources:
            self.withheld.inc()
            yield TaggedOutput(DEAD_LETTERS, _withheld_dead_letter(message, len(message.notes) - len(masked_notes)))

    def _entity_counter(self, entity_type: str):
        """The counter of one entity type's entities, made once per worker: `Metrics.counter` builds its name anew."""
        counter = self._entity_counters.get(entity_type)
        if counter is None:
            counter = self._entity_counters[entity_type] = Metrics.counter(_NAMESPACE, f"entities_{entity_type}")
        return counter


def _withheld_dead_letter(message: ParsedMessage, unmasked: int) -> DeadLetter:
    return DeadLetter(
        stage=Stage.MASK,
        error_class="UnmaskedNote",
        reason=f"masked FHIR resources of message {message.message_id} withheld: "
        f"{unmasked} of its {len(message.notes)} notes could not be masked",
        source=message.notes[0].source,
        original_b64="",
    )


class MaskNotes(beam.PTransform):
    """(ParsedMessage, each note's entities) -> tagged outputs "masked" (MaskedNote), "audit" (AuditRecord),
    "masked_messages" ((ParsedMessage, its masked notes), for the FHIR rebuild) and "dead_letters"."""

    def __init__(self, config: MaskingConfig, model_versions: dict[str, str] | None = None):
        super().__init__()
        self._config = config
        self._model_versions = dict(model_versions or {})

    def expand(self, detected):
        return detected | "Mask" >> beam.ParDo(_MaskDoFn(self._config, self._model_versions)).with_outputs(
            AUDIT, MASKED_MESSAGES, DEAD_LETTERS, main=MASKED
        )


class _RebuildDoFn(beam.DoFn):
    def __init__(self, config: MaskingConfig):
        self._config = config
        self._masker: Masker | None = None
        self.resources_written = Metrics.counter(_NAMESPACE, "fhir_resources")
        self.failures = Metrics.counter(_NAMESPACE, "fhir_dead_letters")

    def setup(self):
        self._masker = Masker.from_config(self._config)

    def process(self, masked: tuple[ParsedMessage, tuple[MaskedNote, ...]]) -> Iterator:
        message, masked_notes = masked
        try:
            rebuilt = rebuild_resources(message.resources, masked_notes, message.patient_key, self._masker)
            for resource in rebuilt:
                validate(resource)
        except (ParseFailure, KeyError, IndexError, ValueError, TypeError) as error:
            self.failures.inc()
            yield TaggedOutput(DEAD_LETTERS, _resources_dead_letter(message, error))
            return
        self.resources_written.inc(len(rebuilt))
        yield from rebuilt


def _resources_dead_letter(message: ParsedMessage, error: Exception) -> DeadLetter:
    """The message's masked resources could not be published; its masked notes are still in the lake."""
    source = message.notes[0].source if message.notes else SourceCoordinates()
    reason = str(error) if isinstance(error, ParseFailure) else f"rebuilding failed with {type(error).__name__}"
    return DeadLetter(
        stage=Stage.WRITE,
        error_class=error.error_class if isinstance(error, ParseFailure) else type(error).__name__,
        reason=f"masked FHIR resources of message {message.message_id}: {reason}",
        source=source,
        original_b64="",
    )


class RebuildFhirResources(beam.PTransform):
    """(ParsedMessage, its masked notes) -> the message's masked, R4B-valid FHIR resources (main) or a dead
    letter ("dead_letters")."""

    def __init__(self, config: MaskingConfig):
        super().__init__()
        self._config = config

    def expand(self, masked_messages):
        return masked_messages | "Rebuild" >> beam.ParDo(_RebuildDoFn(self._config)).with_outputs(
            DEAD_LETTERS, main="resources"
        )
