"""`emr-deid eval`: once as a subprocess, scoring a file in the `emr-deid mask` output format, then in-process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from emr_deid.evaluation.synthetic import generate
from emr_deid.pipelines.cli import main


def _eval(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "emr_deid.pipelines.cli", "eval", *args], capture_output=True, text=True, check=False
    )


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_eval_scores_predictions_by_id(tmp_path):
    gold = list(generate(40, "all", "heldout", seed=3))
    # Predict every gold span except the persons of the first note, plus one spurious DATE in the second.
    predictions = []
    for index, note in enumerate(gold):
        entities = [dict(e, score=1.0, recognizer="gold") for e in note["entities"]]
        if index == 0:
            entities = [e for e in entities if e["type"] != "PERSON"]
        if index == 1:
            entities.append({"start": 0, "end": 1, "type": "DATE", "score": 0.5, "recognizer": "noise"})
        predictions.append({"id": note["id"], "text": note["text"], "entities": entities})
    gold_path = _write_jsonl(tmp_path / "gold.jsonl", gold)
    pred_path = _write_jsonl(tmp_path / "pred.jsonl", predictions[::-1])  # order must not matter
    report_path = tmp_path / "report.json"

    result = _eval(str(gold_path), "--predictions", str(pred_path), "--json", str(report_path))

    assert result.returncode == 0, result.stderr
    assert "by entity type" in result.stdout and "ko-en" in result.stdout
    report = json.loads(report_path.read_text())
    persons = sum(e["type"] == "PERSON" for n in gold for e in n["entities"])
    missed = sum(e["type"] == "PERSON" for e in gold[0]["entities"])
    assert report["documents"] == 40
    assert report["by_type"]["PERSON"]["strict_recall"] == (persons - missed) / persons
    assert report["by_type"]["PERSON"]["strict_precision"] == 1.0
    dates = sum(e["type"] == "DATE" for n in gold for e in n["entities"])
    assert report["by_type"]["DATE"]["strict_precision"] == dates / (dates + 1)
    assert report["by_language"][gold[0]["lang"]]["leak_rate"] > 0


def test_eval_type_filter_and_external_set(tmp_path, capsys):
    gold = list(generate(8, "en", "dev", seed=1))
    path = _write_jsonl(tmp_path / "gold.jsonl", gold)
    report_path = tmp_path / "report.json"
    assert main(["eval", str(path), "--predictions", str(path), "--types", "DATE", "--json", str(report_path)]) == 0
    assert set(json.loads(report_path.read_text())["by_type"]) == {"DATE", "ALL"}
    assert main(["eval", str(path), "--predictions", str(path), "--types", "DATE,PERSN"]) == 2
    assert "unknown entity types: PERSN" in capsys.readouterr().err

    empty = _write_jsonl(tmp_path / "none.jsonl", [])
    assert main(["eval", "--external", "kmou-test", "--predictions", str(empty), "--json", str(report_path)]) == 0
    report = json.loads(report_path.read_text())
    assert report["documents"] == 366 and report["by_type"]["PERSON"]["gold"] == 287
    assert report["by_type"]["PERSON"]["overlap_recall"] == 0.0


def test_eval_reports_bad_input_without_quoting_it(tmp_path, capsys):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "김민준 010-1234-5678"}\n', encoding="utf-8")
    assert main(["eval", str(path), "--predictions", str(path)]) == 2
    error = capsys.readouterr().err
    assert "gold.jsonl:1: missing entities" in error and "김민준" not in error


def test_eval_runs_the_detector_without_predictions(tmp_path):
    gold = _write_jsonl(tmp_path / "gold.jsonl", list(generate(8, "all", "dev", seed=4)))
    report_path = tmp_path / "report.json"
    assert main(["eval", str(gold), "--json", str(report_path)]) == 0
    report = json.loads(report_path.read_text())
    assert report["documents"] == 8
    assert report["by_type"]["ALL"]["gold"] == sum(len(json.loads(line)["entities"]) for line in gold.open())
