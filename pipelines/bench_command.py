"""`emr-deid bench`: the whole pipeline over Kafka against vanilla Presidio, on the same notes, in one run.

    emr-deid bench [--messages 500] [--detect-processes 0] [--bootstrap-servers HOST:PORT] [--seed 0]
                   [--json report.json]

1. N messages (HL7 v2 ORU^R01 and MDM^T02, FHIR R4 Bundles) wrap synthetic gold notes of every
   language (`evaluation.synthetic.generate(lang="all", split="dev")`) and are produced into a fresh
   topic: of the broker named by --bootstrap-servers, or of one started here with deploy/kafka/kafka.sh
   on free loopback ports and stopped at the end. A fresh broker's consumer-offsets topic is created
   then too, untimed: a running cluster has it, and the pipeline's start-up is not the broker's.
2. The real pipeline (`Deidentify`, bounded, in-process runner, research profile, demo key) reads the
   topic and writes a lake in a temporary folder; it is timed end to end, start-up included. It detects
   in one forked process per core (`--detect-processes 0`, as a user would run it on this machine), or
   in as many as --detect-processes says; 1 detects in its own process. The process collects garbage
   with the thresholds `emr-deid run` sets (`tune_garbage_collection`), and keeps them for what follows.
3. Parse, detect and mask are timed again in-process, without Beam, on the same messages and notes.
4. Vanilla Presidio (`AnalyzerEngine`, spaCy's small English model, default recognizers, all
   entities) analyses the same note texts. Recall of both on the gold spans counts a gold span as
   found when any predicted span overlaps it, whatever its type.
5. Peak memory is the resident-set high-water mark of this process and of its reaped children.

Times are wall-clock and, beside them, CPU time (this process's and its detection workers'): on a
machine shared with other work, wall-clock rates move with the others' load while CPU-time rates hardly
do, so the CPU-time ratio of the pipeline to vanilla Presidio is the steadier comparison, and the
per-core one: vanilla Presidio runs on one core.

The figures are printed as measured: nothing is asserted about them.
"""

from __future__ import annotations

import argparse
import base64
import json
import logging
import resource
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from emr_deid.evaluation.synthetic import generate
from emr_deid.pipelines.config import DeidConfig, DetectionConfig, MaskingConfig
from emr_deid.schemas import Message, Note, SourceCoordinates

# Beam, Presidio, spaCy and the recognizers take seconds to import: they are imported where the
# measurements start, so that building the `emr-deid` parser (for any command) does not load them.

DEFAULT_MESSAGES = 500
KAFKA_SCRIPT = Path(__file__).resolve().parent.parent / "deploy" / "kafka" / "kafka.sh"
MESSAGE_KINDS = ("HL7 v2 ORU^R01", "HL7 v2 MDM^T02", "FHIR R4 Bundle")
_HL7_ESCAPES = str.maketrans({"\\": "\\E\\", "|": "\\F\\", "^": "\\S\\", "~": "\\R\\", "&": "\\T\\"})
_NOTE_CODE = "11506-3^Progress note^LN"
_TOPIC_PARTITIONS = 2


@dataclass(frozen=True)
class BenchMessage:
    kind: str
    payload: bytes
    gold: dict  # the synthetic note: text, lang, entities (gold spans), known_phi


# ---- messages ----------------------------------------------------------------------------------------


def _escape(value: str) -> str:
    return value.translate(_HL7_ESCAPES)


def _patient_phi(note: dict) -> dict[str, str]:
    """The note's own patient's identifiers, as the message's patient record carries them."""
    phi: dict[str, str] = {}
    for item in note["known_phi"]:
        if item.get("role") == "patient":
            phi.setdefault(item["kind"], item["value"])
            if item["kind"] == "PERSON":
                phi.setdefault("family", item.get("parts", {}).get("family", ""))
                phi.setdefault("given", item.get("parts", {}).get("given", ""))
    return phi


def hl7_message(note: dict, index: int, message_type: str) -> bytes:
    """An ORU^R01 or MDM^T02 carrying the note as one observation, one OBX line per text line."""
    phi = _patient_phi(note)
    mrn = phi.get("MEDICAL_RECORD_NUMBER", note["patient"])
    pid = [
        "PID", "1", "", f"{_escape(mrn)}^^^BENCH^MR", "",
        f"{_escape(phi.get('family', ''))}^{_escape(phi.get('given', ''))}", "",
        phi.get("DATE", "").replace("-", ""), "", "", "", _escape(phi.get("ADDRESS", "")), "",
        _escape(phi.get("PHONE_NUMBER", "")),
    ]  # fmt: skip
    structure = message_type.replace("^", "_")
    segments = [
        f"MSH|^~\\&|EMR|BENCH|DEID|LAKE|20240520080000||{message_type}^{structure}|BENCH{index:06d}|P|2.5.1"
        "|||AL|NE||UNICODE UTF-8",
        "|".join(pid),
        "PV1|1|I",
    ]
    if message_type == "MDM^T02":
        segments += ["EVN|T02|20240520080000", f"TXA|1|PN^Progress note|TX|20240520075500||||||||DOC{index:06d}||||AU"]
    else:
        segments.append(f"OBR|1|||{_NOTE_CODE}|||20240520075500")
    for number, line in enumerate(note["text"].split("\n"), start=1):
        segments.append(f"OBX|{number}|TX|{_NOTE_CODE}||{_escape(line)}||||||F")
    return ("\r".join(segments) + "\r").encode("utf-8")


def fhir_bundle(note: dict, index: int) -> bytes:
    """A collection Bundle: the patient and a DocumentReference with the note as a UTF-8 attachment."""
    phi = _patient_phi(note)
    patient: dict = {"resourceType": "Patient", "id": note["patient"]}
    if "MEDICAL_RECORD_NUMBER" in phi:
        patient["identifier"] = [{"type": {"coding": [{"code": "MR"}]}, "value": phi["MEDICAL_RECORD_NUMBER"]}]
    if phi.get("family") or phi.get("given"):
        patient["name"] = [{"family": phi.get("family", ""), "given": [phi.get("given", "")]}]
    if "PHONE_NUMBER" in phi:
        patient["telecom"] = [{"system": "phone", "value": phi["PHONE_NUMBER"]}]
    document = {
        "resourceType": "DocumentReference",
        "id": f"doc-{index:06d}",
        "status": "current",
        "type": {"text": note["note_type"]},
        "subject": {"reference": f"Patient/{note['patient']}"},
        "content": [
            {
                "attachment": {
                    "contentType": "text/plain; charset=utf-8",
                    "data": base64.b64encode(note["text"].encode("utf-8")).decode("ascii"),
                }
            }
        ],
    }
    bundle = {
        "resourceType": "Bundle",
        "id": f"bench-{index:06d}",
        "type": "collection",
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in (patient, document)],
    }
    return json.dumps(bundle, ensure_ascii=False).encode("utf-8")


def bench_messages(count: int, seed: int) -> list[BenchMessage]:
    """`count` messages, the three kinds in turn, each wrapping one synthetic gold note."""
    messages = []
    for index, note in enumerate(generate(count, lang="all", split="dev", seed=seed)):
        kind = MESSAGE_KINDS[index % len(MESSAGE_KINDS)]
        if kind == "FHIR R4 Bundle":
            payload = fhir_bundle(note, index)
        else:
            payload = hl7_message(note, index, kind.removeprefix("HL7 v2 "))
        messages.append(BenchMessage(kind, payload, note))
    return messages


# ---- Kafka -------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalBroker:
    """A broker of deploy/kafka/kafka.sh on free loopback ports, in a temporary folder, stopped on exit."""

    def __enter__(self) -> str:
        if not KAFKA_SCRIPT.is_file():
            raise FileNotFoundError(f"{KAFKA_SCRIPT} is not there (an installed package): pass --bootstrap-servers")
        self._folder = tempfile.TemporaryDirectory(prefix="emr-deid-bench-kafka-")
        command = [str(KAFKA_SCRIPT), "start", "--dir", self._folder.name]
        command += ["--port", str(_free_port()), "--controller-port", str(_free_port())]
        started = subprocess.run(command, capture_output=True, text=True, timeout=300)
        if started.returncode != 0:
            self._folder.cleanup()
            raise RuntimeError(f"the Kafka broker did not start: {started.stderr.strip()[-2000:]}")
        return started.stdout.strip().splitlines()[-1]

    def __exit__(self, *exc) -> None:
        subprocess.run([str(KAFKA_SCRIPT), "stop", "--dir", self._folder.name], timeout=120, check=False)
        self._folder.cleanup()


def produce(bootstrap: str, messages: list[BenchMessage]) -> str:
    """A fresh topic holding `messages`, in order; returns its name."""
    topic = f"emr-deid-bench-{uuid.uuid4().hex[:12]}"
    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_topics([NewTopic(topic, num_partitions=_TOPIC_PARTITIONS, replication_factor=1)])[topic].result(60)
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "linger.ms": 5})
    for index, message in enumerate(messages):
        producer.produce(topic, key=f"bench-{index}".encode(), value=message.payload)
        producer.poll(0)
    if producer.flush(60):
        raise RuntimeError(f"messages were not acknowledged by Kafka topic {topic!r}")
    _prime_group_coordinator(bootstrap, topic)
    return topic


def _prime_group_coordinator(bootstrap: str, topic: str) -> None:
    """Has the broker create its consumer-offsets topic now, untimed, as a running cluster already has it.

    A fresh broker (the bench's own) creates it, 50 partitions, on the first request of any consumer group:
    about a second that the timed pipeline's first offset lookup would otherwise wait for.
    """
    from emr_deid.transforms.kafka_read import retrying

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": f"{topic}-primer", "enable.auto.commit": False})
    try:
        retrying(lambda: consumer.committed([TopicPartition(topic, 0)], timeout=60))
    finally:
        consumer.close()


# ---- measurements ------------------------------------------------------------------------------------


def _children_cpu_seconds() -> float:
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    return reaped.ru_utime + reaped.ru_stime


def run_pipeline(bootstrap: str, topic: str, lake: str, detect_processes: int = 1) -> dict:
    """The bounded pipeline over `topic`, timed from construction to the end of its last bundle.

    Its CPU time is this process's and its detection workers', which are reaped when the pipeline ends.
    """
    import apache_beam as beam
    from apache_beam.metrics.metric import MetricsFilter
    from apache_beam.options.pipeline_options import PipelineOptions

    from emr_deid.pipelines.deid_pipeline import Deidentify, tune_garbage_collection
    from emr_deid.pipelines.runners import with_local_runner
    from emr_deid.transforms.forked import resolve_processes

    config = DeidConfig.model_validate(
        {
            "kafka": {"bootstrap_servers": bootstrap, "topics": [topic], "group_id": topic, "bounded": True},
            "detection": {"processes": detect_processes},
            "masking": {"profile": "research", "demo_key": True},
            "output": {"lake": lake},
        }
    )
    tune_garbage_collection()  # as `emr-deid run` does; the vanilla run after it keeps the setting too
    started, cpu_started = time.perf_counter(), time.process_time() + _children_cpu_seconds()
    pipeline = beam.Pipeline(options=PipelineOptions(with_local_runner([], unbounded=False)))
    _ = pipeline | "Deidentify" >> Deidentify(config)
    result = pipeline.run()
    result.wait_until_finish()
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() + _children_cpu_seconds() - cpu_started
    found = result.metrics().query(MetricsFilter().with_namespace("emr_deid.mask").with_name("latency_ms"))
    latency = found["distributions"][0].result if found["distributions"] else None
    counters: Counter = Counter()
    for counter in result.metrics().query()["counters"]:
        name = (counter.key.metric.namespace, counter.key.metric.name)
        counters[name] += counter.committed or counter.attempted or 0
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "detect_processes": resolve_processes(config.detection.processes),
        "messages_read": counters["emr_deid", "messages_read"],
        "notes_masked": counters["emr_deid.mask", "notes_masked"],
        "dead_letters": counters["emr_deid.parse", "dead_letters"]
        + counters["emr_deid.mask", "dead_letters"]
        + counters["emr_deid.mask", "fhir_dead_letters"],
        "latency_ms": {
            "count": latency.count if latency else 0,
            "mean": latency.mean if latency and latency.count else None,
            "min": latency.min if latency and latency.count else None,
            "max": latency.max if latency and latency.count else None,
        },
    }


@dataclass
class _Stage:
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    items: int = 0
    text_bytes: int = 0
    outputs: list = field(default_factory=list)


def _timed(
    function: Callable, inputs: Iterable, size: Callable[[object], int], batch_size: int | None = None
) -> _Stage:
    """`function` timed on each input or, with `batch_size`, on lists of that many (one output per input)."""
    stage, inputs = _Stage(), list(inputs)
    for first in range(0, len(inputs), batch_size or 1):
        batch = inputs[first : first + (batch_size or 1)]
        started, cpu_started = time.perf_counter(), time.process_time()
        outputs = function(batch) if batch_size else [function(batch[0])]
        stage.seconds += time.perf_counter() - started
        stage.cpu_seconds += time.process_time() - cpu_started
        stage.items += len(batch)
        stage.text_bytes += sum(size(item) for item in batch)
        stage.outputs.extend(outputs)
    return stage


def _gold_note(result, gold: dict) -> Note | None:
    """The parsed note carrying the gold text (a wrapper that changed the text would show as a missing note)."""
    return next((note for note in result.notes if note.text == gold["text"]), None) if result.parsed else None


def _note_size(note: Note) -> int:
    return len(note.text.encode("utf-8"))


def overlap_recall(gold_spans: list[list[dict]], predicted: list[list[tuple[int, int]]]) -> tuple[int, int]:
    """(gold spans overlapped by any predicted span, gold spans), over notes aligned by position."""
    found = total = 0
    for spans, predictions in zip(gold_spans, predicted, strict=True):
        for span in spans:
            total += 1
            found += any(start < span["end"] and span["start"] < end for start, end in predictions)
    return found, total


def recall_report(golds: list[dict], predicted: dict[str, list[list[tuple[int, int]]]]) -> dict:
    """{"gold_spans": n, engine: recall, ...} for each engine's predictions on the gold notes."""
    spans = [gold["entities"] for gold in golds]
    report: dict = {"gold_spans": sum(len(note_spans) for note_spans in spans)}
    for engine, predictions in predicted.items():
        found, total = overlap_recall(spans, predictions)
        report[engine] = _rate(found, total)
    return report


def _of_language(lang: str, golds: list[dict], predicted: dict) -> tuple[list[dict], dict]:
    picked = [index for index, gold in enumerate(golds) if gold["lang"] == lang]
    return [golds[i] for i in picked], {engine: [notes[i] for i in picked] for engine, notes in predicted.items()}


def _rate(amount: float, seconds: float) -> float:
    return amount / seconds if seconds > 0 else 0.0


def measure(bootstrap: str, count: int, seed: int, detect_processes: int = 1) -> dict:
    from emr_deid.benchmarks.bench_detect import vanilla_presidio
    from emr_deid.transforms.detect import Detector
    from emr_deid.transforms.mask import Masker
    from emr_deid.transforms.parse import parse_message

    messages = bench_messages(count, seed)
    message_bytes = sum(len(m.payload) for m in messages)
    note_bytes = sum(len(m.gold["text"].encode("utf-8")) for m in messages)
    topic = produce(bootstrap, messages)
    with tempfile.TemporaryDirectory(prefix="emr-deid-bench-lake-") as lake:
        pipeline = run_pipeline(bootstrap, topic, lake, detect_processes)

    # Per stage, in-process: the same messages, then the notes carrying the gold texts. The process has run
    # the pipeline already, so these are warm figures: lazily loaded models (Kiwi) are loaded by now.
    as_messages = [Message(m.payload, SourceCoordinates(topic=topic, offset=i)) for i, m in enumerate(messages)]
    parse = _timed(parse_message, as_messages, lambda m: len(m.payload))
    notes = [_gold_note(result, m.gold) for result, m in zip(parse.outputs, messages, strict=True)]
    aligned = [(note, m.gold) for note, m in zip(notes, messages, strict=True) if note is not None]
    setup_started = time.perf_counter()
    detector = Detector.from_config()
    masker = Masker.from_config(MaskingConfig(profile="research", demo_key=True))
    ours_setup = time.perf_counter() - setup_started
    # In batches, as the pipeline's DetectEntities runs it.
    batch_size = DetectionConfig().ner_batch_size
    detect = _timed(detector.detect_notes, [note for note, _ in aligned], _note_size, batch_size)
    detected = list(zip([note for note, _ in aligned], detect.outputs, strict=True))
    mask = _timed(lambda pair: masker.mask_note(*pair), detected, lambda pair: _note_size(pair[0]))

    setup_started = time.perf_counter()
    analyzer, vanilla_name = vanilla_presidio()
    analyzer.analyze("warm-up", language="en")
    vanilla_setup = time.perf_counter() - setup_started
    texts = [gold["text"] for _, gold in aligned]
    vanilla = _timed(lambda text: analyzer.analyze(text, language="en"), texts, lambda text: len(text.encode("utf-8")))

    golds = [gold for _, gold in aligned]
    predicted = {
        "emr_deid": [[(e.start, e.end) for e in entities] for entities in detect.outputs],
        "vanilla": [[(r.start, r.end) for r in results] for results in vanilla.outputs],
    }
    end_to_end_kb_s = _rate(note_bytes / 1024, pipeline["seconds"])
    vanilla_kb_s = _rate(vanilla.text_bytes / 1024, vanilla.seconds)
    end_to_end_kb_cpu_s = _rate(note_bytes / 1024, pipeline["cpu_seconds"])
    vanilla_kb_cpu_s = _rate(vanilla.text_bytes / 1024, vanilla.cpu_seconds)
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "messages": count,
        "message_kinds": dict(Counter(m.kind for m in messages)),
        "languages": dict(Counter(m.gold["lang"] for m in messages)),
        "message_bytes": message_bytes,
        "note_text_bytes": note_bytes,
        "notes_with_gold_text": len(aligned),
        "end_to_end": {
            **pipeline,
            "messages_per_s": _rate(pipeline["messages_read"], pipeline["seconds"]),
            "message_kb_per_s": _rate(message_bytes / 1024, pipeline["seconds"]),
            "note_kb_per_s": end_to_end_kb_s,
            "note_kb_per_cpu_s": end_to_end_kb_cpu_s,
        },
        "stages": {
            name: {
                "seconds": stage.seconds,
                "cpu_seconds": stage.cpu_seconds,
                "items": stage.items,
                "items_per_s": _rate(stage.items, stage.seconds),
                "kb_per_s": _rate(stage.text_bytes / 1024, stage.seconds),
                "kb_per_cpu_s": _rate(stage.text_bytes / 1024, stage.cpu_seconds),
            }
            for name, stage in (("parse", parse), ("detect", detect), ("mask", mask))
        },
        "setup_seconds": {"emr_deid_detector_and_masker": ours_setup, "vanilla_presidio": vanilla_setup},
        "vanilla": {
            "engine": vanilla_name,
            "seconds": vanilla.seconds,
            "cpu_seconds": vanilla.cpu_seconds,
            "notes_per_s": _rate(vanilla.items, vanilla.seconds),
            "note_kb_per_s": vanilla_kb_s,
            "note_kb_per_cpu_s": vanilla_kb_cpu_s,
        },
        "recall": {
            **recall_report(golds, predicted),
            "by_language": {
                lang: recall_report(*_of_language(lang, golds, predicted))
                for lang in sorted({g["lang"] for g in golds})
            },
        },
        "end_to_end_vs_vanilla": _rate(end_to_end_kb_s, vanilla_kb_s),
        "end_to_end_vs_vanilla_cpu": _rate(end_to_end_kb_cpu_s, vanilla_kb_cpu_s),
        "peak_memory_mb": {"process": own.ru_maxrss / 1024, "children": children.ru_maxrss / 1024},
    }


# ---- report ------------------------------------------------------------------------------------------


def print_report(report: dict, stream=sys.stdout) -> None:
    def line(label: str, value: str) -> None:
        print(f"  {label:<38}{value}", file=stream)

    kinds = ", ".join(f"{n} {kind}" for kind, n in report["message_kinds"].items())
    langs = ", ".join(f"{lang} {n}" for lang, n in report["languages"].items())
    print(f"emr-deid bench: {report['messages']} messages ({kinds}); notes {langs}", file=stream)
    line(
        "message bytes / note text",
        f"{report['message_bytes'] / 1024:.0f} KB / {report['note_text_bytes'] / 1024:.0f} KB",
    )
    e2e = report["end_to_end"]
    processes = e2e["detect_processes"]
    detecting = "detection in-process" if processes == 1 else f"detection in {processes} forked processes"
    print(f"end to end (Kafka -> Deidentify -> lake, bounded, in-process runner, {detecting}):", file=stream)
    line(
        "messages read / notes masked",
        f"{e2e['messages_read']} / {e2e['notes_masked']} ({e2e['dead_letters']} dead letters)",
    )
    line("seconds (start-up included)", f"{e2e['seconds']:.1f} ({e2e['cpu_seconds']:.1f} s of CPU)")
    line("throughput", f"{e2e['messages_per_s']:.1f} messages/s, {e2e['message_kb_per_s']:.1f} KB/s of messages, "
         f"{e2e['note_kb_per_s']:.1f} KB/s of note text")  # fmt: skip
    line("per CPU second", f"{e2e['note_kb_per_cpu_s']:.1f} KB of note text")
    latency = e2e["latency_ms"]
    if latency["count"]:
        line(
            "latency arrival -> masked (ms)", f"mean {latency['mean']:.0f}, min {latency['min']}, max {latency['max']}"
        )
    print("per stage, in-process without Beam (same notes, warm):", file=stream)
    for name, stage in report["stages"].items():
        line(
            name,
            f"{stage['seconds']:.2f} s for {stage['items']}: {stage['items_per_s']:.1f}/s, "
            f"{stage['kb_per_s']:.1f} KB/s ({stage['kb_per_cpu_s']:.1f} KB per CPU second)",
        )
    setup = report["setup_seconds"]
    line(
        "set-up: detector+masker / vanilla",
        f"{setup['emr_deid_detector_and_masker']:.1f} s / {setup['vanilla_presidio']:.1f} s",
    )
    vanilla = report["vanilla"]
    print(f"vanilla Presidio ({vanilla['engine']}), same note texts:", file=stream)
    line(
        "throughput",
        f"{vanilla['notes_per_s']:.1f} notes/s, {vanilla['note_kb_per_s']:.1f} KB/s of note text "
        f"({vanilla['note_kb_per_cpu_s']:.1f} KB per CPU second)",
    )
    recall = report["recall"]
    print(f"recall on {recall['gold_spans']} gold spans (any overlap, any type): emr-deid / vanilla", file=stream)
    line("all languages", f"{recall['emr_deid']:.3f} / {recall['vanilla']:.3f}")
    for lang, figures in recall["by_language"].items():
        line(f"{lang} ({figures['gold_spans']} spans)", f"{figures['emr_deid']:.3f} / {figures['vanilla']:.3f}")
    line(
        "end-to-end / vanilla (KB/s of text)",
        f"{report['end_to_end_vs_vanilla']:.2f}x wall-clock, {report['end_to_end_vs_vanilla_cpu']:.2f}x CPU time "
        "(target >= 5x)",
    )
    memory = report["peak_memory_mb"]
    line(
        "peak memory (max RSS)", f"{memory['process']:.0f} MB this process, {memory['children']:.0f} MB reaped children"
    )


# ---- command -----------------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--messages", type=int, default=DEFAULT_MESSAGES, help=f"messages to produce (default {DEFAULT_MESSAGES})"
    )
    parser.add_argument(
        "--bootstrap-servers",
        "--bootstrap_servers",
        dest="bootstrap_servers",
        default=None,
        help="a running broker; without it one is started with deploy/kafka/kafka.sh and stopped after",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic notes")
    parser.add_argument(
        "--detect-processes",
        "--detect_processes",
        dest="detect_processes",
        type=int,
        default=0,
        help="the pipeline's detection processes (its --detect_processes): 0, the default, means one per core; "
        "1 detects in the pipeline's own process",
    )
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="also write the report as JSON")


def run(args: argparse.Namespace) -> int:
    if args.messages < 1:
        print("emr-deid bench: --messages must be at least 1", file=sys.stderr)
        return 2
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    try:
        if args.bootstrap_servers:
            report = measure(args.bootstrap_servers, args.messages, args.seed, args.detect_processes)
        else:
            with LocalBroker() as bootstrap:
                report = measure(bootstrap, args.messages, args.seed, args.detect_processes)
    except (FileNotFoundError, RuntimeError) as error:
        print(f"emr-deid bench: {error}", file=sys.stderr)
        return 1
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return 0
