"""Windows of an unbounded stream: fixed windows that still take late records.

A record is late when the watermark has passed its window before it is read: a producer that stamps
records with the clinical message's own time, clock skew between producers, a replay, or (on Prism
2.77) one partition's watermark overtaking another partition's unread backlog. Beam's default
windowing drops late records silently, which would lose messages. Here each window fires once when
the watermark passes its end and again for every late record within `allowed_lateness_s`, in
discarding mode: a late pane carries only the late records and is written as its own file (file names
carry the pane index), so nothing is written twice and nothing within the allowed lateness is lost.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.transforms.trigger import AccumulationMode, AfterCount, AfterWatermark
from apache_beam.transforms.window import FixedWindows
from apache_beam.utils.timestamp import Duration


class WindowWithLateRecords(beam.PTransform):
    """`FixedWindows(window_s)`, on time at the watermark, then one late pane per late record."""

    def __init__(self, window_s: int, allowed_lateness_s: int):
        super().__init__()
        self._window_s = window_s
        self._allowed_lateness_s = allowed_lateness_s

    def expand(self, records):
        return records | beam.WindowInto(
            FixedWindows(self._window_s),
            trigger=AfterWatermark(late=AfterCount(1)),
            accumulation_mode=AccumulationMode.DISCARDING,
            allowed_lateness=Duration(seconds=self._allowed_lateness_s),
        )
