"""Lake writers on the DirectRunner: every file read back, Hive partitions, replays rewrite the same bytes."""

from __future__ import annotations

import json

import apache_beam as beam
import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing import test_stream
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.timestamp import Timestamp

from emr_deid.transforms.lake import remove_empty_temp_folders
from emr_deid.transforms.windowing import WindowWithLateRecords
from emr_deid.transforms.write import WriteNdjsonFiles, WriteParquetTable, hive_partition

SCHEMA = pa.schema([("note_id", pa.string()), ("source", pa.string()), ("text", pa.string()), ("n", pa.int64())])
ROWS = [
    {"note_id": f"n{i:03d}", "source": ("hl7", "fhir")[i % 2], "text": f"[PERSON] 환자 {i}", "n": i} for i in range(50)
]


def _partition(row):
    return hive_partition(source=row["source"], date="2024-03-05", hour="14")


def _write_parquet(lake, rows=ROWS):
    with TestPipeline() as pipeline:
        _ = (
            pipeline
            | beam.Create(rows)
            | beam.Map(lambda row: (_partition(row), row))
            | WriteParquetTable(str(lake / "notes"), SCHEMA, sort_key=lambda r: r["note_id"])
        )


def _files(root, suffix):
    return sorted(p for p in root.rglob(f"*{suffix}") if ".temp" not in str(p))


def test_parquet_files_read_back_with_schema_and_partitions(tmp_path):
    _write_parquet(tmp_path)
    files = _files(tmp_path / "notes", ".parquet")
    assert [f.relative_to(tmp_path / "notes").parent.as_posix() for f in files] == [
        "source=fhir/date=2024-03-05/hour=14",
        "source=hl7/date=2024-03-05/hour=14",
    ]
    rows = []
    for path in files:
        table = pq.read_table(path)  # a file without footer would raise here
        assert table.schema.equals(SCHEMA)
        ids = table.column("note_id").to_pylist()
        assert ids == sorted(ids)
        rows += table.to_pylist()
    assert sorted(rows, key=lambda r: r["n"]) == ROWS
    # fileio swallows failed moves: a file left in its temp folder would be silent loss.
    assert not [p for p in (tmp_path / "notes").rglob("*") if ".temp" in str(p) and p.is_file()]

    found = duckdb.sql(
        f"select source, count(*) from read_parquet('{tmp_path}/notes/**/*.parquet', hive_partitioning=true) "
        "group by source order by source"
    ).fetchall()
    assert found == [("fhir", 25), ("hl7", 25)]


def test_replay_rewrites_identical_files(tmp_path):
    _write_parquet(tmp_path)
    first = {p: p.read_bytes() for p in _files(tmp_path / "notes", ".parquet")}
    _write_parquet(tmp_path, rows=list(reversed(ROWS)))
    second = {p: p.read_bytes() for p in _files(tmp_path / "notes", ".parquet")}
    assert first == second


def test_windowed_write_names_files_by_window(tmp_path):
    base = 1_709_647_200  # 2024-03-05T14:00:00Z
    with TestPipeline() as pipeline:
        _ = (
            pipeline
            | beam.Create(ROWS)
            | beam.Map(lambda row: TimestampedValue((_partition(row), row), base + row["n"] * 3))  # 3 windows
            | WriteParquetTable(str(tmp_path / "notes"), SCHEMA, sort_key=lambda r: r["note_id"], window_seconds=60)
        )
    files = _files(tmp_path / "notes", ".parquet")
    labels = sorted({f.name.split("-")[1] for f in files})
    assert labels == ["20240305T140000", "20240305T140100", "20240305T140200"]
    assert sum(pq.read_metadata(f).num_rows for f in files) == len(ROWS)


def test_ndjson_files_one_sorted_document_per_line(tmp_path):
    resources = [{"resourceType": "Observation", "id": f"o{i}", "valueString": "李娜"} for i in (3, 1, 2)]
    with TestPipeline() as pipeline:
        _ = (
            pipeline
            | beam.Create(resources)
            | beam.Map(lambda r: (hive_partition(type=r["resourceType"]), r))
            | WriteNdjsonFiles(str(tmp_path / "fhir"), sort_key=lambda r: r["id"])
        )
    [path] = _files(tmp_path / "fhir", ".ndjson")
    assert path.parent.name == "type=Observation"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["o1", "o2", "o3"]
    assert "李娜" in lines[0]


def test_ndjson_lines_with_the_same_key_come_in_the_same_order_whatever_the_arrival(tmp_path):
    versions = [{"resourceType": "Patient", "id": "p1", "gender": gender} for gender in ("male", "female", "other")]
    contents = []
    for run, arrival in enumerate((versions, versions[::-1])):
        with TestPipeline() as pipeline:
            _ = (
                pipeline
                | beam.Create(arrival)
                | beam.Map(lambda r: (hive_partition(type=r["resourceType"]), r))
                | WriteNdjsonFiles(str(tmp_path / str(run)), sort_key=lambda r: r["id"])
            )
        [path] = _files(tmp_path / str(run), ".ndjson")
        contents.append(path.read_bytes())
    assert contents[0] == contents[1]
    assert [json.loads(line)["gender"] for line in contents[0].decode().splitlines()] == ["female", "male", "other"]


def test_hive_partition_values_are_path_safe():
    assert hive_partition(source="kafka:hl7/raw", date=None) == "source=kafka_hl7_raw/date=unknown"


def test_a_late_pane_is_written_beside_the_on_time_pane_not_over_it(tmp_path):
    # A record read after the watermark has passed its window (Prism's idle-partition watermark, clock
    # skew) fires the window again. fileio names files written before its grouping without their pane,
    # so a late pane must not reuse the on-time file's name.
    base = Timestamp(1_709_647_200)  # 2024-03-05T14:00:00Z
    rows = [dict(row, n=i) for i, row in enumerate(ROWS[:5])]
    stream = (
        test_stream.TestStream()
        .add_elements([TimestampedValue(row, base + row["n"]) for row in rows[:3]])
        .advance_watermark_to(base + 120)
        .add_elements([TimestampedValue(rows[3], base + 3)])
        .advance_watermark_to(base + 180)
        .add_elements([TimestampedValue(rows[4], base + 4)])
        .advance_watermark_to_infinity()
    )
    options = PipelineOptions(streaming=True)
    with TestPipeline(options=options) as pipeline:
        _ = (
            pipeline
            | stream
            | WindowWithLateRecords(window_s=60, allowed_lateness_s=3600)
            | beam.Map(lambda row: ("source=hl7", row))
            | WriteParquetTable(str(tmp_path / "notes"), SCHEMA, sort_key=lambda r: r["note_id"])
        )
    files = _files(tmp_path / "notes", ".parquet")
    assert [f.name for f in files] == [
        "part-20240305T140000-0000-000.parquet",
        "part-20240305T140000-0001-000.parquet",
        "part-20240305T140000-0002-000.parquet",
    ]
    assert [pq.read_table(f).column("n").to_pylist() for f in files] == [[0, 1, 2], [3], [4]]


def test_only_emptied_temp_folders_are_removed(tmp_path):
    (tmp_path / "notes" / ".temp-emptied").mkdir(parents=True)
    orphan = tmp_path / "audit" / ".temp-failed-move" / "orphan"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"rows fileio could not move")
    remove_empty_temp_folders(tmp_path)
    assert not (tmp_path / "notes" / ".temp-emptied").exists()
    assert orphan.read_bytes() == b"rows fileio could not move"
