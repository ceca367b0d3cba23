"""`emr-deid bench` as a user runs it, on a tiny N against the session's broker: the report, not the speed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from emr_deid.pipelines.bench_command import MESSAGE_KINDS, bench_messages, overlap_recall
from emr_deid.schemas import Message, SourceCoordinates
from emr_deid.transforms.forked import available_cores
from emr_deid.transforms.parse import parse_message

MESSAGES = 12


def test_every_bench_message_parses_to_its_gold_note_text():
    messages = bench_messages(MESSAGES, seed=3)
    assert [m.kind for m in messages[:3]] == list(MESSAGE_KINDS)
    assert {m.gold["lang"] for m in messages} == {"ko", "zh", "en", "ko-en"}
    for index, message in enumerate(messages):
        result = parse_message(Message(payload=message.payload, source=SourceCoordinates(topic="bench", offset=index)))
        assert result.parsed, result.dead_letter
        assert [note.text for note in result.notes] == [message.gold["text"]]


def test_overlap_recall_counts_a_gold_span_found_by_any_overlapping_prediction():
    gold = [[{"start": 0, "end": 5}, {"start": 10, "end": 12}], [{"start": 3, "end": 4}]]
    assert overlap_recall(gold, [[(4, 8)], []]) == (1, 3)  # (4, 8) overlaps (0, 5) only; (5, 10) would touch neither
    assert overlap_recall(gold, [[(5, 10)], [(0, 9)]]) == (1, 3)


@pytest.mark.kafka
def test_bench_reports_consistent_positive_figures(kafka_bootstrap, tmp_path):
    report_path = tmp_path / "bench.json"
    command = [sys.executable, "-m", "emr_deid.pipelines.cli", "bench", f"--messages={MESSAGES}", "--seed=5"]
    command += [f"--bootstrap-servers={kafka_bootstrap}", f"--json={report_path}"]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr[-4000:]
    for heading in ("end to end", "per stage", "vanilla Presidio", "recall on", "end-to-end / vanilla", "peak memory"):
        assert heading in finished.stdout

    report = json.loads(report_path.read_text())
    assert report["messages"] == sum(report["message_kinds"].values()) == MESSAGES
    assert report["notes_with_gold_text"] == MESSAGES
    end_to_end = report["end_to_end"]
    assert end_to_end["messages_read"] == end_to_end["notes_masked"] == MESSAGES
    assert end_to_end["dead_letters"] == 0
    assert end_to_end["detect_processes"] == available_cores()  # the default: one detection process per core
    assert end_to_end["latency_ms"]["count"] == MESSAGES  # one latency per masked note
    assert 0 <= end_to_end["latency_ms"]["min"] <= end_to_end["latency_ms"]["max"]
    figures = ("seconds", "cpu_seconds", "messages_per_s", "message_kb_per_s", "note_kb_per_s", "note_kb_per_cpu_s")
    for figure in figures:
        assert end_to_end[figure] > 0
    assert end_to_end["messages_per_s"] == pytest.approx(MESSAGES / end_to_end["seconds"])
    assert end_to_end["message_kb_per_s"] == pytest.approx(report["message_bytes"] / 1024 / end_to_end["seconds"])
    for stage in report["stages"].values():
        assert stage["items"] == MESSAGES and stage["seconds"] > 0 and stage["kb_per_s"] > 0
        assert stage["cpu_seconds"] > 0 and stage["kb_per_cpu_s"] > 0
    assert report["vanilla"]["note_kb_per_s"] > 0 and "AnalyzerEngine" in report["vanilla"]["engine"]
    assert report["end_to_end_vs_vanilla"] == pytest.approx(
        end_to_end["note_kb_per_s"] / report["vanilla"]["note_kb_per_s"]
    )
    assert report["end_to_end_vs_vanilla_cpu"] == pytest.approx(
        end_to_end["note_kb_per_cpu_s"] / report["vanilla"]["note_kb_per_cpu_s"]
    )
    recall = report["recall"]
    assert recall["gold_spans"] == sum(language["gold_spans"] for language in recall["by_language"].values()) > 0
    assert 0 <= recall["vanilla"] <= 1 and 0 < recall["emr_deid"] <= 1
    assert report["peak_memory_mb"]["process"] > 0
