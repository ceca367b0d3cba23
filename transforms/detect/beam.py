"""Detection as a Beam transform: PCollection[Note] -> PCollection[tuple[Note, list[Entity]]]."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

import apache_beam as beam
from apache_beam.utils.windowed_value import WindowedValue

from emr_deid.pipelines.config import DetectionConfig
from emr_deid.transforms.detect.detector import Detector
from emr_deid.transforms.detect.pool import BatchDetection, resolve_processes


class _DetectDoFn(beam.DoFn):
    """Notes are detected in batches of `batch_size` within a bundle: the NER model runs once per batch.

    With `processes` above one, batches go to forked workers while this process goes on reading, parsing
    and masking; results leave in the order the notes came, at most a few batches per worker behind.
    Each note leaves with its own timestamp, window and pane, as if it had been detected alone.
    """

    def __init__(self, config: DetectionConfig | None, registry_path: str | None):
        config = config or DetectionConfig()
        self._config = config
        self._registry_path = registry_path
        self._batch_size = config.ner_batch_size
        self._batches: BatchDetection | None = None
        self._pending: list[WindowedValue] = []
        self._in_flight: deque = deque()

    def setup(self):
        # Compiling every recognizer's patterns and loading Kiwi are the expensive parts: once per worker,
        # before the first note, not per bundle; forked detection workers inherit them built.
        detector = Detector.from_config(self._config, self._registry_path)
        detector.warm_up()
        self._batches = BatchDetection(detector, self._config.processes)

    def start_bundle(self):
        self._pending = []
        self._in_flight = deque()

    def process(
        self,
        note,
        timestamp=beam.DoFn.TimestampParam,
        window=beam.DoFn.WindowParam,
        pane=beam.DoFn.PaneInfoParam,
    ):  # no return annotation: Beam would take WindowedValue for the output's element type
        self._pending.append(WindowedValue(note, timestamp, (window,), pane))
        if len(self._pending) >= self._batch_size:
            self._submit_pending()
            # Two batches per worker keep every worker busy; more would only hold notes in memory.
            yield from self._detected(keep=2 * self._batches.processes)

    def finish_bundle(self):
        self._submit_pending()
        yield from self._detected(keep=0)

    def teardown(self):
        if self._batches is not None:
            self._batches.close()

    def _submit_pending(self) -> None:
        pending, self._pending = self._pending, []
        if pending:
            self._in_flight.append((pending, self._batches.submit([element.value for element in pending])))

    def _detected(self, keep: int) -> Iterator[WindowedValue]:
        """The detected batches at the head of the queue, waiting for the oldest while more than `keep` wait."""
        while self._in_flight and (len(self._in_flight) > keep or self._in_flight[0][1].done()):
            pending, entities = self._in_flight.popleft()
            for element, note_entities in zip(pending, entities.result(), strict=True):
                yield element.with_value((element.value, note_entities))


class DetectEntities(beam.PTransform):
    """Pairs each note with its entities; the Detector is built once per worker in `setup()`."""

    def __init__(self, config: DetectionConfig | None = None, registry_path: str | None = None):
        super().__init__()
        self._config = config or DetectionConfig()
        self._registry_path = registry_path
        resolve_processes(self._config.processes)  # a platform without fork fails here, at construction

    def expand(self, notes):
        return notes | "DetectEntities" >> beam.ParDo(_DetectDoFn(self._config, self._registry_path))
