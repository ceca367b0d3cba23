"""Late records still reach the output, in a pane of their own, on a real streaming runner (Prism).

Each pipeline runs in a fresh interpreter (this file as a script), as the CLI runs it: in-process Beam
state left by other tests' pipelines must not decide which Prism binary is used.
"""

import json
import subprocess
import sys

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing import test_stream  # the module, not the class: pytest would try to collect it
from apache_beam.transforms.window import TimestampedValue

from emr_deid.transforms.windowing import WindowWithLateRecords


class _RecordPanes(beam.DoFn):
    def __init__(self, path: str):
        self._path = path

    def process(self, keyed, window=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        with open(self._path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps([sorted(keyed[1]), float(window.start), pane.index]) + "\n")


def _run(out: str, prism: str, allowed_lateness_s: int) -> None:
    stream = (
        test_stream.TestStream()
        .add_elements([TimestampedValue("a", 1), TimestampedValue("b", 2)])
        .advance_watermark_to(100)  # window [0, 10) is closed: the next record is late
        .add_elements([TimestampedValue("late", 3), TimestampedValue("c", 101)])
        .advance_watermark_to_infinity()
    )
    options = PipelineOptions(["--runner=PrismRunner", f"--prism_location={prism}", "--streaming"])
    with beam.Pipeline(options=options) as pipeline:
        _ = (
            pipeline
            | stream
            | WindowWithLateRecords(window_s=10, allowed_lateness_s=allowed_lateness_s)
            | beam.WithKeys(lambda _: "k")
            | beam.GroupByKey()
            | beam.ParDo(_RecordPanes(out))
        )


def _panes(prism_binary, tmp_path, allowed_lateness_s: int) -> list:
    out = tmp_path / f"panes-{allowed_lateness_s}.jsonl"
    out.touch()
    run = subprocess.run(
        [sys.executable, __file__, str(out), str(prism_binary), str(allowed_lateness_s)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    return sorted(json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())


def test_a_late_record_is_written_in_a_late_pane_not_dropped(prism_binary, tmp_path):
    assert _panes(prism_binary, tmp_path, allowed_lateness_s=3600) == [
        [["a", "b"], 0.0, 0],
        [["c"], 100.0, 0],
        [["late"], 0.0, 1],
    ]


def test_records_later_than_the_allowed_lateness_are_dropped(prism_binary, tmp_path):
    # The reason for a generous default: Beam drops what is later than this, without a trace.
    assert _panes(prism_binary, tmp_path, allowed_lateness_s=0) == [[["a", "b"], 0.0, 0], [["c"], 100.0, 0]]


if __name__ == "__main__":
    _run(sys.argv[1], sys.argv[2], int(sys.argv[3]))
