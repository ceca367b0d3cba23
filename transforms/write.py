"""Writing the research lake: Hive-partitioned Parquet tables and NDJSON files through `fileio.WriteToFiles`.

Beam's `WriteToParquet` can leave a final file without its footer on unbounded input, so Parquet is
written by a `fileio.FileSink` around `pyarrow.parquet.ParquetWriter`: one file per partition,
window and pane, closed (footer written) before fileio moves it into place.

Replays are safe: a file's name depends only on its partition, window and pane, and its rows are
sorted before writing, so the same input rewrites the same bytes under the same name.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import operator
from collections.abc import Callable

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io import fileio
from apache_beam.io.filesystems import FileSystems
from apache_beam.transforms import window as beam_window

Row = dict


def _content_key(row: Row) -> str:
    """The row's content as text, to order rows with equal keys (Parquet rows hold dates and bytes too)."""
    return json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)


class ParquetSink(fileio.FileSink):
    """One Parquet file per flush, footer included. It buffers the file's rows (the second item of each
    (partition, row) record) and writes them sorted, so the same rows always make the same bytes."""

    def __init__(self, schema: pa.Schema, sort_key: Callable[[Row], object]):
        self._schema = schema
        self._sort_key = sort_key
        self._handle = None
        self._rows: list[Row] = []

    def open(self, fh):
        self._handle = fh
        self._rows = []

    def write(self, record: tuple[str, Row]):
        self._rows.append(record[1])

    def flush(self):
        table = pa.Table.from_pylist(self._sorted_rows(), schema=self._schema)
        # Closing the writer writes the footer; the file handle itself stays fileio's to close.
        with pq.ParquetWriter(self._handle, self._schema, compression="zstd") as writer:
            writer.write_table(table)

    def _sorted_rows(self) -> list[Row]:
        # Rows with the same key (one note read twice, say) are ordered by their content, so no runner's
        # arrival order reaches the file; only those rows are serialised.
        keyed = sorted(((self._sort_key(row), row) for row in self._rows), key=operator.itemgetter(0))
        ordered: list[Row] = []
        for _, same_key in itertools.groupby(keyed, key=operator.itemgetter(0)):
            rows = [row for _, row in same_key]
            ordered.extend(sorted(rows, key=_content_key) if len(rows) > 1 else rows)
        return ordered


class NdjsonSink(fileio.FileSink):
    """One JSON document per line, UTF-8, keys in a stable order, lines sorted by key.

    Each row is serialised as it comes: a file's rows wait for the flush as bytes, not as nested dicts that
    every full garbage collection would walk again (a masked FHIR resource holds about 16 of them).
    """

    def __init__(self, sort_key: Callable[[Row], object]):
        self._sort_key = sort_key
        self._handle = None
        self._lines: list[tuple[object, bytes]] = []

    def open(self, fh):
        self._handle = fh
        self._lines = []

    def write(self, record: tuple[str, Row]):
        row = record[1]
        line = json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        self._lines.append((self._sort_key(row), line))

    def flush(self):
        # Lines with the same key (one patient's resource from two messages) are ordered by their bytes, so
        # no runner's arrival order reaches the file.
        for _, line in sorted(self._lines):
            self._handle.write(line + b"\n")


def _window_label(window) -> str:
    if isinstance(window, beam_window.GlobalWindow):
        return "all"
    return window.start.to_utc_datetime().strftime("%Y%m%dT%H%M%S")


def _partitioned_naming(base_path: str, suffix: str):
    """`<partition>/part-<window start>-<pane>-<shard>.<suffix>`, creating the partition folder.

    fileio creates only its base folder and swallows rename errors, so a missing partition folder
    would leave the file behind in fileio's temp folder: the folder is made here, before the move.
    """

    def name(window, pane, shard_index, total_shards, compression, destination):
        folder = FileSystems.join(base_path, destination)
        if not FileSystems.exists(folder):
            with contextlib.suppress(OSError):  # made meanwhile by another writer: fine
                FileSystems.mkdirs(folder)
        pane_index = pane.index if pane is not None else 0
        return f"{destination}/part-{_window_label(window)}-{pane_index:04d}-{shard_index:03d}{suffix}"

    return name


class _WriteTable(beam.PTransform):
    """(partition, row) pairs -> files under `<path>/<partition>/`, one per partition, window and pane."""

    def __init__(self, path: str, sink_fn, suffix: str, window_seconds: int | None):
        super().__init__()
        self._path = path
        self._sink_fn = sink_fn
        self._suffix = suffix
        self._window_seconds = window_seconds

    def expand(self, partitioned_rows):
        if self._window_seconds:
            partitioned_rows = partitioned_rows | "Window" >> beam.WindowInto(
                beam_window.FixedWindows(self._window_seconds)
            )
        return partitioned_rows | "WriteFiles" >> fileio.WriteToFiles(
            path=self._path,
            destination=lambda record: record[0],
            sink=self._sink_fn,
            file_naming=_partitioned_naming(self._path, self._suffix),
            shards=1,
            # Every record goes through fileio's grouping by destination and shard, whose firing names the
            # file's pane. Records written in their own bundle (its default, up to 20 files per bundle)
            # have no pane in Beam 2.77: a window's late pane would take its on-time file's name and
            # replace it, losing the on-time records.
            max_writers_per_bundle=0,
        )


class WriteParquetTable(_WriteTable):
    """(partition, row) pairs, rows matching `schema` -> `<path>/<partition>/part-*.parquet`."""

    def __init__(
        self, path: str, schema: pa.Schema, sort_key: Callable[[Row], object], window_seconds: int | None = None
    ):
        super().__init__(path, lambda _: ParquetSink(schema, sort_key), ".parquet", window_seconds)


class WriteNdjsonFiles(_WriteTable):
    """(partition, JSON-serialisable row) pairs -> `<path>/<partition>/part-*.ndjson` (FHIR Bulk Data style)."""

    def __init__(self, path: str, sort_key: Callable[[Row], object], window_seconds: int | None = None):
        super().__init__(path, lambda _: NdjsonSink(sort_key), ".ndjson", window_seconds)


def hive_partition(**parts: str) -> str:
    """`source=hl7/date=2024-03-05/hour=14` from ordered key/value pairs; values made path-safe."""
    return "/".join(f"{key}={_path_safe(value)}" for key, value in parts.items())


def _path_safe(value: object) -> str:
    text = str(value) if value is not None else "unknown"
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text) or "unknown"
