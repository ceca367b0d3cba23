"""Detection as a Beam transform: PCollection[Note] -> PCollection[tuple[Note, list[Entity]]]."""

from __future__ import annotations

import apache_beam as beam

from emr_deid.pipelines.config import DetectionConfig
from emr_deid.transforms.detect.detector import Detector


class _DetectDoFn(beam.DoFn):
    def __init__(self, config: DetectionConfig | None, registry_path: str | None):
        self._config = config
        self._registry_path = registry_path
        self._detector: Detector | None = None

    def setup(self):
        # Compiling every recognizer's patterns and loading Kiwi are the expensive parts: once per worker,
        # before the first note, not per bundle.
        self._detector = Detector.from_config(self._config, self._registry_path)
        self._detector.warm_up()

    def process(self, note):
        yield note, self._detector.detect_note(note)


class DetectEntities(beam.PTransform):
    """Pairs each note with its entities; the Detector is built once per worker in `setup()`."""

    def __init__(self, config: DetectionConfig | None = None, registry_path: str | None = None):
        super().__init__()
        self._config = config
        self._registry_path = registry_path

    def expand(self, notes):
        return notes | "DetectEntities" >> beam.ParDo(_DetectDoFn(self._config, self._registry_path))
