"""Detection as a Beam transform: PCollection[ParsedMessage] -> (message, each note's entities)."""

from __future__ import annotations

from collections.abc import Iterator

import apache_beam as beam
from apache_beam.utils.windowed_value import WindowedValue

from emr_deid.pipelines.config import DetectionConfig
from emr_deid.schemas import Entity, Note, ParsedMessage
from emr_deid.transforms.detect.detector import Detector
from emr_deid.transforms.forked import BatchedDoFn, resolve_processes


class _DetectDoFn(BatchedDoFn):
    """Messages' notes are detected in batches of about `ner_batch_size` notes within a bundle: the NER
    model runs once per batch. Each message leaves with its own timestamp, window and pane.
    """

    def __init__(self, config: DetectionConfig, registry_path: str | None):
        super().__init__(config.ner_batch_size, config.processes)
        self._config = config
        self._registry_path = registry_path

    def batch_function(self):
        # Compiling every recognizer's patterns and loading Kiwi are the expensive parts: once per DoFn
        # instance, before its first note, not per bundle (in the zygote, when detection is forked).
        detector = Detector.from_config(self._config, self._registry_path)
        detector.warm_up()
        return detector.detect_notes

    def batch_items(self, message: ParsedMessage) -> tuple[Note, ...]:
        return message.notes

    def outputs(self, element: WindowedValue, entities: list[list[Entity]]) -> Iterator[WindowedValue]:
        yield element.with_value((element.value, entities))


class DetectEntities(beam.PTransform):
    """Pairs each parsed message with its notes' entities (a list per note, in the notes' order).

    The Detector is built once per worker from `setup()`; `config.processes` above one detects in that many
    processes, forked from one that builds the Detector while the worker goes on reading (0: one per core).
    """

    def __init__(self, config: DetectionConfig | None = None, registry_path: str | None = None):
        super().__init__()
        self._config = config or DetectionConfig()
        self._registry_path = registry_path
        resolve_processes(self._config.processes)  # a platform without fork fails here, at construction

    def expand(self, messages):
        return messages | "DetectEntities" >> beam.ParDo(_DetectDoFn(self._config, self._registry_path))
