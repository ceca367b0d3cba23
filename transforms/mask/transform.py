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
from emr_deid.schemas import DeadLetter, Entity, Note, SourceCoordinates, Stage
from emr_deid.transforms.mask.masker import Masker
from emr_deid.transforms.mask.rebuild import MaskedNote, rebuild_resources
from emr_deid.transforms.parse.errors import ParseFailure
from emr_deid.transforms.parse.fhir import validate

MASKED, AUDIT, DEAD_LETTERS = "masked", "audit", "dead_letters"
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
    def __init__(self, config: MaskingConfig, model_versions: dict[str, str]):
        self._config = config
        self._model_versions = model_versions
        self._masker: Masker | None = None
        self.notes_masked = Metrics.counter(_NAMESPACE, "notes_masked")
        self.failures = Metrics.counter(_NAMESPACE, "dead_letters")
        # End-to-end latency per note: processing time at masking minus the message's arrival (element timestamp).
        self.latency_ms = Metrics.distribution(_NAMESPACE, "latency_ms")

    def setup(self):
        self._masker = Masker.from_config(self._config)

    def process(self, note_and_entities: tuple[Note, list[Entity]], timestamp=beam.DoFn.TimestampParam) -> Iterator:
        note, entities = note_and_entities
        try:
            masked_note, audit = self._masker.mask_note(note, entities, model_versions=self._model_versions)
        except Exception as error:  # one bad note must not stop the stream: it is dead-lettered, counted
            self.failures.inc()
            yield TaggedOutput(DEAD_LETTERS, _note_dead_letter(note, Stage.MASK, error, "masking the note"))
            return
        self.notes_masked.inc()
        if timestamp > MIN_TIMESTAMP:  # notes without an arrival time (e.g. from beam.Create) have no latency
            self.latency_ms.update(int((Timestamp.now() - timestamp).micros // 1000))
        for entity_type, count in audit.counts_by_type.items():
            Metrics.counter(_NAMESPACE, f"entities_{entity_type}").inc(count)
        yield MaskedNote(masked_note, audit.spans, audit.profile, audit.policy_version)
        yield TaggedOutput(AUDIT, audit)


class MaskNotes(beam.PTransform):
    """(note, entities) -> tagged outputs "masked" (MaskedNote), "audit" (AuditRecord), "dead_letters"."""

    def __init__(self, config: MaskingConfig, model_versions: dict[str, str] | None = None):
        super().__init__()
        self._config = config
        self._model_versions = dict(model_versions or {})

    def expand(self, detected):
        return detected | "Mask" >> beam.ParDo(_MaskDoFn(self._config, self._model_versions)).with_outputs(
            AUDIT, DEAD_LETTERS, main=MASKED
        )


class _RebuildDoFn(beam.DoFn):
    def __init__(self, config: MaskingConfig):
        self._config = config
        self._masker: Masker | None = None
        self.resources_written = Metrics.counter(_NAMESPACE, "fhir_resources")
        self.failures = Metrics.counter(_NAMESPACE, "fhir_dead_letters")

    def setup(self):
        self._masker = Masker.from_config(self._config)

    def process(self, grouped: tuple[str, dict]) -> Iterator:
        message_id, parts = grouped
        masked_notes = sorted(parts["notes"], key=lambda m: m.note.note_id)
        for patient_key, resources in parts["resources"]:
            try:
                rebuilt = rebuild_resources(resources, masked_notes, patient_key, self._masker)
                for resource in rebuilt:
                    validate(resource)
            except (ParseFailure, KeyError, IndexError, ValueError, TypeError) as error:
                self.failures.inc()
                yield TaggedOutput(DEAD_LETTERS, _resources_dead_letter(message_id, masked_notes, error))
                continue
            self.resources_written.inc(len(rebuilt))
            yield from rebuilt


def _resources_dead_letter(message_id: str, masked_notes: list[MaskedNote], error: Exception) -> DeadLetter:
    """The message's masked resources could not be published; its masked notes are still in the lake."""
    source = masked_notes[0].note.source if masked_notes else SourceCoordinates()
    reason = str(error) if isinstance(error, ParseFailure) else f"rebuilding failed with {type(error).__name__}"
    return DeadLetter(
        stage=Stage.WRITE,
        error_class=error.error_class if isinstance(error, ParseFailure) else type(error).__name__,
        reason=f"masked FHIR resources of message {message_id}: {reason}",
        source=source,
        original_b64="",
    )


class RebuildFhirResources(beam.PTransform):
    """Masked notes + each message's (patient key, resources) -> masked, R4B-valid FHIR resources.

    Output: main (resource dicts) and "dead_letters" (a message whose resources fail validation).
    """

    def __init__(self, config: MaskingConfig):
        super().__init__()
        self._config = config

    def expand(self, inputs: dict):
        masked_notes, resources = inputs["masked_notes"], inputs["resources"]
        return (
            {
                "notes": masked_notes | "ByMessage" >> beam.Map(lambda m: (m.note.message_id, m)),
                "resources": resources,
            }
            | "JoinNotesToResources" >> beam.CoGroupByKey()
            | "Rebuild" >> beam.ParDo(_RebuildDoFn(self._config)).with_outputs(DEAD_LETTERS, main="resources")
        )
