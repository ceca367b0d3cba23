"""The de-identification pipeline: read -> parse -> detect -> mask -> write, plus dead letters.

Run it with `emr-deid run` or `python -m emr_deid.pipelines.deid_pipeline`; any Beam pipeline
option (--runner, --prism_location, --flink_master ...) is accepted beside our own flags.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions

from emr_deid.pipelines.config import ConfigError, DeidConfig
from emr_deid.pipelines.options import DeidOptions, resolve_config
from emr_deid.transforms.read import ReadMessagesFromFiles

METRICS_NAMESPACE = "emr_deid"
# Stages of the data path that are not in this build yet, with the issue that brings each.
STAGES_NOT_BUILT = {
    "parse (HL7 v2 / FHIR -> notes, dead letters)": "issue #3",
    "detect (Presidio + Korean/Chinese recognizers + NER)": "issue #4, #7",
    "mask (policy profiles, pseudonyms, date shifting)": "issue #5",
    "write (Parquet / FHIR NDJSON lake, audit, Kafka source)": "issue #6",
}

log = logging.getLogger(__name__)


def bundled_samples() -> str:
    """The samples shipped inside the package: the embedded default input."""
    return str(resources.files("emr_deid.samples"))


class _CountMessages(beam.DoFn):
    def __init__(self):
        self.messages_read = Metrics.counter(METRICS_NAMESPACE, "messages_read")
        self.bytes_read = Metrics.counter(METRICS_NAMESPACE, "bytes_read")

    def process(self, message):
        self.messages_read.inc()
        self.bytes_read.inc(len(message.payload))
        yield message


class Deidentify(beam.PTransform):
    """The whole data path for one configuration."""

    def __init__(self, config: DeidConfig):
        super().__init__()
        self._config = config

    def expand(self, pbegin):
        if self._config.kafka.bootstrap_servers:
            raise ConfigError("reading from Kafka is not built yet (issue #6); use --input FILES for now")
        messages = (
            pbegin
            | "Read" >> ReadMessagesFromFiles(self._config.input.paths or [bundled_samples()])
            | "CountMessages" >> beam.ParDo(_CountMessages())
        )
        return {"messages": messages}


def _counter(result, name: str) -> int:
    found = result.metrics().query(MetricsFilter().with_namespace(METRICS_NAMESPACE).with_name(name))
    return sum(c.committed or c.attempted or 0 for c in found["counters"])


def _summary(result, config: DeidConfig, seconds: float) -> dict:
    return {
        "input": "kafka" if config.kafka.bootstrap_servers else (config.input.paths or ["bundled samples"]),
        "lake": config.output.lake,
        "messages_read": _counter(result, "messages_read"),
        "bytes_read": _counter(result, "bytes_read"),
        "notes_masked": None,
        "entities_by_type": None,
        "dead_letters": None,
        "seconds": round(seconds, 2),
        "not_built_yet": STAGES_NOT_BUILT,
    }


def print_summary(summary: dict, stream=sys.stdout) -> None:
    def shown(value):
        return "not built yet" if value is None else value

    inputs = summary["input"] if isinstance(summary["input"], str) else ", ".join(summary["input"])
    print(f"emr-deid: {inputs} -> {summary['lake']}/", file=stream)
    for label, key in (
        ("messages read", "messages_read"),
        ("notes masked", "notes_masked"),
        ("entities by type", "entities_by_type"),
        ("dead letters", "dead_letters"),
        ("seconds", "seconds"),
    ):
        print(f"  {label:<18}{shown(summary[key])}", file=stream)
    if summary["not_built_yet"]:
        print("  stages not built yet:", file=stream)
        for stage, issue in summary["not_built_yet"].items():
            print(f"    - {stage} ({issue})", file=stream)


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="emr-deid run",
        description="De-identify HL7 v2 and FHIR R4 messages from files or Kafka into a research lake.",
        epilog="Any other flag is a Beam pipeline option, e.g. --runner=DirectRunner|PrismRunner|"
        "FlinkRunner|DataflowRunner, --prism_location, --flink_master, --direct_num_workers.",
    )
    DeidOptions._add_argparse_args(parser)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _argument_parser().parse_known_args(argv)  # --help, and flag errors before Beam starts
    options = PipelineOptions(argv)
    try:
        config = resolve_config(options.view_as(DeidOptions))
    except (ConfigError, ValueError) as error:
        print(f"emr-deid run: {error}", file=sys.stderr)
        return 2

    started = time.perf_counter()
    pipeline = beam.Pipeline(options=options)
    try:
        _ = pipeline | "Deidentify" >> Deidentify(config)
    except (ConfigError, FileNotFoundError) as error:
        print(f"emr-deid run: {error}", file=sys.stderr)
        return 2
    result = pipeline.run()
    result.wait_until_finish()
    summary = _summary(result, config, time.perf_counter() - started)

    lake = Path(config.output.lake)
    lake.mkdir(parents=True, exist_ok=True)
    (lake / "_run_summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    print_summary(summary)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    sys.exit(run())
