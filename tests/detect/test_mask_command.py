"""`emr-deid mask` as a user runs it: a real subprocess on real JSON Lines files."""

from __future__ import annotations

import json
import subprocess
import sys


def _mask(*args, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "emr_deid.pipelines.cli", "mask", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )


def _write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _read_jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_masks_notes_in_input_order_with_offsets_into_the_input(tmp_path):
    notes = [
        {"id": "en", "text": "Pt Jane Doe seen 03/05/2024, MRN: 1234567."},
        {
            "id": "ko",
            "text": "김민수님 HIV 양성, 연락처 010-1234-5678",
            "lang": "ko",
            "known_phi": [
                {"kind": "PERSON", "value": "김민수", "parts": {"family": "김", "given": "민수"}},
                {"kind": "PHONE_NUMBER", "value": "01012345678", "role": "patient"},
            ],
        },
        {"id": "none", "text": "Lungs clear, metformin 500 mg."},
    ]
    source, masked = tmp_path / "notes.jsonl", tmp_path / "masked.jsonl"
    _write_jsonl(source, notes)
    result = _mask("--input", str(source), "--output", str(masked))
    assert result.returncode == 0, result.stderr
    records = _read_jsonl(masked)
    assert [r["id"] for r in records] == ["en", "ko", "none"]
    assert records[0]["text"] == "Pt [PERSON] seen [DATE], MRN: [MEDICAL_RECORD_NUMBER]."
    assert records[1]["text"] == "[PERSON]님 [SENSITIVE_STD] 양성, 연락처 [PHONE_NUMBER]"
    assert records[2]["text"] == "Lungs clear, metformin 500 mg." and records[2]["entities"] == []
    assert {(r["profile"], r["policy_version"]) for r in records} == {("tags", records[0]["policy_version"])}
    for note, record in zip(notes, records, strict=True):
        for entity in record["entities"]:
            assert set(entity) == {"start", "end", "type", "score", "recognizer"}
            assert note["text"][entity["start"] : entity["end"]].strip()


def test_bad_lines_become_error_records_and_the_exit_code_says_so():
    lines = '{"id": "a", "text": "Dr. Lee"}\nnot json\n{"id": "c", "text": 5}\n[1, 2]\n{"id": "e", "text": "ok"}\n'
    result = _mask("--no-progress", stdin=lines)
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("id") for r in records] == ["a", None, "c", None, "e"]
    assert records[1] == {"id": None, "line": 2, "error": "line 2: not valid JSON (Expecting value at column 1)"}
    assert records[2]["error"] == "line 3: field 'text' must be a string"
    assert records[3]["error"] == "line 4: expected a JSON object, got list"
    assert "line 2" in result.stderr and "3 bad line(s)" in result.stderr
    assert "Traceback" not in result.stderr


def test_stop_on_the_first_bad_line():
    lines = '{"id": "a", "text": "Dr. Lee"}\n{"id": "b", "text": "x", "known_phi": "Kim"}\n{"id": "c", "text": "y"}\n'
    result = _mask("--on-error", "stop", "--no-progress", stdin=lines)
    assert result.returncode == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]
    assert "line 2: field 'known_phi' must be a list" in result.stderr
    assert "Kim" not in result.stderr  # errors name the problem, never the content


def test_ten_thousand_notes_end_to_end_with_progress(tmp_path):
    templates = [
        "Pt {n} seen by Dr. Lee on 03/05/2024, call (617) 555-{n:04d}.",
        "환자 김민수님 {n}번째 방문, HIV 양성, Dr. Smith 진료.",
        "患者张伟第{n}次复诊，否认梅毒，孕2产1。",
    ]
    notes = [{"id": f"n{n}", "text": templates[n % 3].format(n=n)} for n in range(10_000)]
    source, masked = tmp_path / "notes.jsonl", tmp_path / "masked.jsonl"
    _write_jsonl(source, notes)
    result = _mask("--input", str(source), "--output", str(masked))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "10000/10000" in result.stderr  # the tqdm bar, on standard error
    records = _read_jsonl(masked)
    assert [r["id"] for r in records] == [n["id"] for n in notes]
    assert records[3]["text"] == "Pt 3 seen by Dr. [PERSON] on [DATE], call [PHONE_NUMBER]."
    assert all("[SENSITIVE_STD]" in r["text"] for r in records[1:][::3])


def test_configuration_errors_are_clear(tmp_path):
    config = tmp_path / "bad.yaml"
    config.write_text("detection:\n  score_treshold: 0.4\n")
    result = _mask("--config", str(config), stdin="")
    assert result.returncode == 2
    assert "detection.score_treshold: unknown key" in result.stderr
    assert _mask("--input", str(tmp_path / "missing.jsonl")).returncode == 2


def test_research_policy_is_consistent_per_patient_and_keyed(tmp_path):
    notes = [
        {"id": "a", "text": "김민수 환자 2024년 3월 5일 입원.", "patient": "P1",
         "known_phi": [{"kind": "PERSON", "value": "김민수"}]},
        {"id": "b", "text": "김민수 환자 2024년 3월 9일 퇴원.", "patient": "P1",
         "known_phi": [{"kind": "PERSON", "value": "김민수"}]},
    ]  # fmt: skip
    source = tmp_path / "notes.jsonl"
    _write_jsonl(source, notes)
    outputs = {}
    for name, key in (("k1", b"first key, 32 bytes long, padded"), ("k2", b"second key, 32 bytes long, padd")):
        (tmp_path / name).write_bytes(key)
        out = tmp_path / f"{name}.jsonl"
        result = _mask("--input", str(source), "--output", str(out), "--policy", "research", "--key-file",
                       str(tmp_path / name), "--no-progress")  # fmt: skip
        assert result.returncode == 0, result.stderr
        outputs[name] = _read_jsonl(out)
    first, second = outputs["k1"]
    assert "김민수" not in first["text"] + second["text"]
    assert first["text"].split()[0] == second["text"].split()[0]  # one surrogate for the patient's name
    assert first["profile"] == "research"
    assert [r["text"] for r in outputs["k1"]] != [r["text"] for r in outputs["k2"]]  # the key matters


def test_a_keyed_policy_without_a_key_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("EMR_DEID_KEY", raising=False)
    result = _mask("--policy", "research", "--no-progress", stdin='{"id": "a", "text": "x"}\n')
    assert result.returncode == 2
    assert "key" in result.stderr.lower() and "Traceback" not in result.stderr
