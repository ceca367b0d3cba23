"""Detection as a Beam transform: PCollection[Note] -> PCollection[tuple[Note, list[Entity]]]."""

from __future__ import annotations

from collections.abc import Iterator

import apache_beam as beam
from apache_beam.utils.windowed_value import WindowedValue

from emr_deid.pipelines.config import DetectionConfig
from emr_deid.transforms.detect.detector import Detector


class _DetectDoFn(beam.DoFn):
    """Notes are detected in batches of `batch_size` within a bundle: the NER model runs once per batch.

    Each note leaves with its own timestamp, window and pane, as if it had been detected alone.
    """

    def __init__(self, config: DetectionConfig | None, registry_path: str | None):
        self._config = config
        self._registry_path = registry_path
        self._batch_size = (config or DetectionConfig()).ner_batch_size
        self._detector: Detector | None = None
        self._pending: list[WindowedValue] = []

    def setup(self):
        # Compiling every recognizer's patterns and loading Kiwi are the expensive parts: once per worker,
        # before the first note, not per bundle.
        self._detector = Detector.from_config(self._config, self._registry_path)
        self._detector.warm_up()

    def start_bundle(self):
        self._pending = []

    def process(
        self,
        note,
        timestamp=beam.DoFn.TimestampParam,
        window=beam.DoFn.WindowParam,
        pane=beam.DoFn.PaneInfoParam,
    ):  # no return annotation: Beam would take WindowedValue for the output's element type
        self._pending.append(WindowedValue(note, timestamp, (window,), pane))
        if len(self._pending) >= self._batch_size:
            yield from self._detect_pending()

    def finish_bundle(self):
        yield from self._detect_pending()

    def _detect_pending(self) -> Iterator[WindowedValue]:
        pending, self._pending = self._pending, []
        if not pending:
            return
        entities = self._detector.detect_notes([element.value for element in pending])
        for element, note_entities in zip(pending, entities, strict=True):
            yield element.with_value((element.value, note_entities))


class DetectEntities(beam.PTransform):
    """Pairs each note with its entities; the Detector is built once per worker in `setup()`."""

    def __init__(self, config: DetectionConfig | None = None, registry_path: str | None = None):
        super().__init__()
        self._config = config
        self._registry_path = registry_path

    def expand(self, notes):
        return notes | "DetectEntities" >> beam.ParDo(_DetectDoFn(self._config, self._registry_path))
