"""The whole pipeline on the DirectRunner over the bundled samples: accounted, readable, valid, masked, replayable."""

from __future__ import annotations

import base64
import gc
import json
import re

import pyarrow.parquet as pq
import pytest

from emr_deid.pipelines.deid_pipeline import PIPELINE_GC_THRESHOLDS, run
from emr_deid.schemas.audit import AUDIT_SCHEMA
from emr_deid.schemas.lake import DEAD_LETTERS_SCHEMA, NOTES_SCHEMA
from emr_deid.transforms.parse.fhir import validate

# Identifiers written into the bundled samples; none may reach any output file.
PLANTED_PHI = [
    "김민준", "이서연", "박지훈", "최지우", "850214-1234567", "010-2345-6789", "010-9876-5432", "대학로 101",
    "A9876543", "031-789-1234", "330707-2345678", "판교로 235", "王建国", "王丽", "张伟", "13812345678",
    "13987654321", "11010119670912003X", "帅府园", "ZY20240518", "欧阳秀英", "MZ0098231", "020-87755766",
    "中山二路58号", "O'Brien", "Margaret", "MRN004512", "(617) 555-0142", "(617) 555-0199", "mobrien@example.org",
    "123-45-6789", "42 Beacon St", "Anita Patel", "(617) 555-0177", "박서준", "010-5555-1234", "연세로 50-1",
    "20240001", "한지민", "Hernandez", "MRN778812", "(312) 555-0188", "lmhernandez@example.net",
    "1550 N Lake Shore", "李娜", "139-1234-5678", "310104198806210029", "宛平南路600号",
]  # fmt: skip
SCHEMAS = {"notes": NOTES_SCHEMA, "audit": AUDIT_SCHEMA, "dead_letters": DEAD_LETTERS_SCHEMA}


@pytest.fixture(scope="module")
def lake(tmp_path_factory, key_file):
    lake = tmp_path_factory.mktemp("lake")
    assert run([f"--output={lake}", "--profile=research", f"--key_file={key_file}"]) == 0
    assert gc.get_threshold() == PIPELINE_GC_THRESHOLDS
    assert not list(lake.glob("*/.temp*"))  # fileio's temporary folders, emptied by its moves, are gone
    return lake


def _lake_files(lake):
    return sorted(p for p in lake.rglob("*") if p.is_file() and ".temp" not in str(p) and p.name != "_run_summary.json")


def _decoded(text: str) -> str:
    """The text plus every Base64 payload in it decoded, so a leak cannot hide in an attachment."""
    out = [text]
    for blob in re.findall(r'"data":"([A-Za-z0-9+/=]{8,})"', text):
        raw = base64.b64decode(blob)
        out += [raw.decode(codec, errors="ignore") for codec in ("utf-8", "cp949", "gb18030")]
    return "\n".join(out)


def test_every_message_is_accounted_for(lake):
    summary = json.loads((lake / "_run_summary.json").read_text())
    assert summary["messages_read"] == 16
    assert summary["messages_parsed"] + 2 == 16  # the two malformed samples
    assert summary["messages_accounted"]
    assert summary["dead_letters"] == 2
    dead = pq.read_table(next((lake / "dead_letters").rglob("*.parquet"))).to_pylist()
    assert sorted(row["error_class"] for row in dead) == ["InvalidJson", "TruncatedSegment"]
    notes = sum(pq.read_metadata(p).num_rows for p in (lake / "notes").rglob("*.parquet"))
    assert notes == summary["notes_masked"] == 19


def test_every_parquet_file_reads_back_with_its_schema(lake):
    for table, schema in SCHEMAS.items():
        files = list((lake / table).rglob("*.parquet"))
        assert files, table
        for path in files:
            assert pq.read_table(path).schema.equals(schema), path


def test_every_fhir_line_is_a_valid_r4_resource(lake):
    lines = [line for path in (lake / "fhir").rglob("*.ndjson") for line in path.read_text("utf-8").splitlines()]
    assert len(lines) >= 30
    for line in lines:
        resource = json.loads(line)
        validate(resource)
        assert any(label["code"] in ("PSEUDED", "REDACTED", "MASKED") for label in resource["meta"]["security"])


def test_no_planted_phi_in_any_output_file(lake):
    for path in _lake_files(lake):
        if path.suffix == ".parquet":
            content = json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False, default=str)
        else:
            content = path.read_text("utf-8")
        content = _decoded(content)
        leaked = [value for value in PLANTED_PHI if value in content]
        assert not leaked, f"{path.relative_to(lake)} still holds {len(leaked)} planted identifier(s)"


def test_a_replay_leaves_the_lake_unchanged(lake, key_file, tmp_path):
    before = {p.relative_to(lake): p.read_bytes() for p in _lake_files(lake) if "dead_letters" not in p.parts}
    assert run([f"--output={lake}", "--profile=research", f"--key_file={key_file}"]) == 0
    after = {p.relative_to(lake): p.read_bytes() for p in _lake_files(lake) if "dead_letters" not in p.parts}
    assert after == before


def test_detection_in_forked_processes_writes_the_same_lake(lake, key_file, tmp_path):
    forked = tmp_path / "lake"
    assert run([f"--output={forked}", "--profile=research", f"--key_file={key_file}", "--detect_processes=2"]) == 0
    summary = json.loads((forked / "_run_summary.json").read_text())
    assert summary["messages_accounted"] and summary["notes_masked"] == 19
    expected = {p.relative_to(lake): p.read_bytes() for p in _lake_files(lake) if "dead_letters" not in p.parts}
    written = {p.relative_to(forked): p.read_bytes() for p in _lake_files(forked) if "dead_letters" not in p.parts}
    assert written == expected
