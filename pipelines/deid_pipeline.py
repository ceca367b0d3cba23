"""The de-identification pipeline: read -> parse -> detect -> mask -> write, plus dead letters.

Run it with `emr-deid run` or `python -m emr_deid.pipelines.deid_pipeline`; any Beam pipeline
option (--runner, --prism_location, --flink_master ...) is accepted beside our own flags.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
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
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from emr_deid.pipelines import __version__
from emr_deid.pipelines.config import ConfigError, DeidConfig
from emr_deid.pipelines.options import DeidOptions, resolve_config
from emr_deid.pipelines.runners import RunnerError, with_local_runner
from emr_deid.recognizers.ner.inference import model_dir
from emr_deid.recognizers.registry import read_registry
from emr_deid.transforms.detect import DetectEntities
from emr_deid.transforms.kafka_write import WriteToKafka, dead_letter_record, masked_note_record
from emr_deid.transforms.lake import WriteLake, remove_empty_temp_folders
from emr_deid.transforms.mask import Masker, MaskingKeyError, PolicyError
from emr_deid.transforms.mask import transform as mask
from emr_deid.transforms.mask.transform import MaskNotes, RebuildFhirResources
from emr_deid.transforms.parse import transform as parse
from emr_deid.transforms.parse.transform import ParseMessages
from emr_deid.transforms.read import ReadMessagesFromFiles
from emr_deid.transforms.windowing import WindowWithLateRecords

METRICS_NAMESPACE = "emr_deid"
# A bounded read ends each partition with a poll that finds nothing: a short poll ends it sooner. A stream
# waits a second for records before it yields its bundle.
BOUNDED_POLL_TIMEOUT_S = 0.1
STREAMING_POLL_TIMEOUT_S = 1.0

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


class ReadMessages(beam.PTransform):
    """Kafka topics when bootstrap servers are configured, else files (the bundled samples by default)."""

    def __init__(self, config: DeidConfig):
        super().__init__()
        self._config = config

    def expand(self, pbegin):
        kafka = self._config.kafka
        if kafka.bootstrap_servers:
            from emr_deid.transforms.kafka_read import ReadMessagesFromKafka

            source = ReadMessagesFromKafka(
                bootstrap_servers=kafka.bootstrap_servers,
                topics=kafka.topics,
                group_id=kafka.group_id,
                consumer_config=dict(kafka.consumer),
                bounded=kafka.bounded,
                poll_timeout_s=BOUNDED_POLL_TIMEOUT_S if kafka.bounded else STREAMING_POLL_TIMEOUT_S,
            )
        else:
            source = ReadMessagesFromFiles(self._config.input.paths or [bundled_samples()])
        return pbegin | "Source" >> source | "CountMessages" >> beam.ParDo(_CountMessages())


class Deidentify(beam.PTransform):
    """read -> parse -> detect -> mask -> write; dead letters from every stage into one table."""

    def __init__(self, config: DeidConfig):
        super().__init__()
        self._config = config

    def expand(self, pbegin):
        config = self._config
        messages = pbegin | "Read" >> ReadMessages(config)
        if is_unbounded(config):  # every grouping downstream (FHIR rebuild, file writes) is per window
            messages = messages | "Window" >> WindowWithLateRecords(
                config.output.window_seconds, config.output.allowed_lateness_seconds
            )
        parsed = messages | "Parse" >> ParseMessages()
        detected = parsed[parse.MESSAGES] | "Detect" >> DetectEntities(config.detection)
        masked = detected | "Mask" >> MaskNotes(config.masking, model_versions=model_versions(config))
        fhir = masked[mask.MASKED_MESSAGES] | "RebuildFhir" >> RebuildFhirResources(config.masking)
        dead_letters = (
            parsed[parse.DEAD_LETTERS],
            masked[mask.DEAD_LETTERS],
            fhir[mask.DEAD_LETTERS],
        ) | "AllDeadLetters" >> beam.Flatten()
        self._write_topics(masked[mask.MASKED], dead_letters)
        return {
            "notes": masked[mask.MASKED],
            "audit": masked[mask.AUDIT],
            "fhir": fhir["resources"],
            "dead_letters": dead_letters,
        } | "Write" >> WriteLake(config.output.lake)

    def _write_topics(self, masked_notes, dead_letters) -> None:
        """The optional masked topic (real-time consumers) and dead-letter topic, beside the lake."""
        output, kafka = self._config.output, self._config.kafka
        if not (output.masked_topic or output.dead_letter_topic):
            return
        if not kafka.bootstrap_servers:
            raise ConfigError("output.masked_topic and output.dead_letter_topic need kafka.bootstrap_servers")
        # The consumer's security settings authenticate the producers too (never logged).
        security = {k: v for k, v in kafka.consumer.items() if k.startswith(("security.", "sasl.", "ssl."))}
        if output.masked_topic:
            _ = (
                masked_notes
                | "MaskedRecords" >> beam.Map(masked_note_record)
                | "WriteMaskedTopic" >> WriteToKafka(kafka.bootstrap_servers, output.masked_topic, security)
            )
        if output.dead_letter_topic:
            _ = (
                dead_letters
                | "DeadLetterRecords" >> beam.Map(dead_letter_record)
                | "WriteDeadLetterTopic" >> WriteToKafka(kafka.bootstrap_servers, output.dead_letter_topic, security)
            )


def is_unbounded(config: DeidConfig) -> bool:
    return bool(config.kafka.bootstrap_servers) and not config.kafka.bounded


def model_versions(config: DeidConfig) -> dict[str, str]:
    """Versions written into every audit record: what produced the entities."""
    versions = {"emr-deid": __version__, "recognizer-registry": str(read_registry().version)}
    if config.detection.use_ner_model:
        model = (model_dir() / "model.onnx").read_bytes()
        versions["ner-model"] = hashlib.sha256(model).hexdigest()[:12]
    return versions


def _counters(result, namespace: str) -> dict[str, int]:
    found = result.metrics().query(MetricsFilter().with_namespace(namespace))
    totals: dict[str, int] = {}
    for counter in found["counters"]:
        name = counter.key.metric.name
        totals[name] = totals.get(name, 0) + (counter.committed or counter.attempted or 0)
    return totals


def _summary(result, config: DeidConfig, seconds: float) -> dict:
    read, parsed, masked = (_counters(result, ns) for ns in (METRICS_NAMESPACE, "emr_deid.parse", "emr_deid.mask"))
    entities = {name.removeprefix("entities_"): n for name, n in sorted(masked.items()) if name.startswith("entities_")}
    dead_letters = parsed.get("dead_letters", 0) + masked.get("dead_letters", 0) + masked.get("fhir_dead_letters", 0)
    messages_read = read.get("messages_read", 0)
    return {
        "input": "kafka" if config.kafka.bootstrap_servers else (config.input.paths or ["bundled samples"]),
        "lake": config.output.lake,
        "profile": config.masking.profile,
        "messages_read": messages_read,
        "bytes_read": read.get("bytes_read", 0),
        "messages_parsed": parsed.get("messages_parsed", 0),
        "notes_masked": masked.get("notes_masked", 0),
        "fhir_resources": masked.get("fhir_resources", 0),
        "entities_by_type": entities,
        "dead_letters": dead_letters,
        "messages_accounted": messages_read == parsed.get("messages_parsed", 0) + parsed.get("dead_letters", 0),
        "seconds": round(seconds, 2),
    }


def print_summary(summary: dict, stream=sys.stdout) -> None:
    inputs = summary["input"] if isinstance(summary["input"], str) else ", ".join(summary["input"])
    print(f"emr-deid: {inputs} -> {summary['lake']}/ (profile {summary['profile']})", file=stream)
    for label, key in (
        ("messages read", "messages_read"),
        ("notes masked", "notes_masked"),
        ("FHIR resources", "fhir_resources"),
        ("dead letters", "dead_letters"),
        ("seconds", "seconds"),
    ):
        print(f"  {label:<18}{summary[key]}", file=stream)
    entities = ", ".join(f"{name} {count}" for name, count in summary["entities_by_type"].items()) or "none"
    print(f"  {'entities by type':<18}{entities}", file=stream)
    accounted = "yes" if summary["messages_accounted"] else "NO: some messages are neither parsed nor dead-lettered"
    print(f"  {'all accounted for':<18}{accounted}", file=stream)


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="emr-deid run",
        description="De-identify HL7 v2 and FHIR R4 messages from files or Kafka into a research lake.",
        epilog="Any other flag is a Beam pipeline option, e.g. --runner=DirectRunner|PrismRunner|"
        "FlinkRunner|DataflowRunner, --prism_location, --flink_master, --direct_num_workers.",
    )
    DeidOptions._add_argparse_args(parser)
    return parser


# The process running the pipeline allocates thousands of short-lived containers per message (Beam's
# windowed values, HL7 segments, FHIR models, entities). At Python's default first-generation threshold
# (700) the collector ran about 400 times per 1,000 bench messages, its older-generation passes walking
# every loaded library's objects: 1.8 s of CPU in 4,000 messages; at 10,000, 0.45 s.
PIPELINE_GC_THRESHOLDS = (10_000, 20, 20)


def tune_garbage_collection() -> None:
    """Fewer, larger collections in the process that runs the pipeline (the DirectRunner, LOOPBACK workers).

    Forked detection workers inherit the setting.
    """
    gc.set_threshold(*PIPELINE_GC_THRESHOLDS)


def run(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _argument_parser().parse_known_args(argv)  # --help, and flag errors before Beam starts
    try:
        config = resolve_config(PipelineOptions(argv).view_as(DeidOptions))
        Masker.from_config(config.masking)  # a missing key or a bad policy stops here, before any worker starts
        options = PipelineOptions(with_local_runner(argv, is_unbounded(config)))
    except (ConfigError, PolicyError, MaskingKeyError, RunnerError, ValueError) as error:
        print(f"emr-deid run: {error}", file=sys.stderr)
        return 2
    if is_unbounded(config):
        options.view_as(StandardOptions).streaming = True

    tune_garbage_collection()
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
    remove_empty_temp_folders(lake)
    (lake / "_run_summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    print_summary(summary)
    return 0 if summary["messages_accounted"] else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    sys.exit(run())
