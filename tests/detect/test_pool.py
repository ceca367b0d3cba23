"""BatchDetection: batches detected in forked worker processes give what the detector gives in-process."""

from __future__ import annotations

import multiprocessing

import pytest

from emr_deid.transforms.detect.pool import BatchDetection, available_cores, resolve_processes
from tests.detect.test_batching import synthetic_notes


def test_forked_workers_detect_what_this_process_detects(detector):
    notes = synthetic_notes(40, seed=11)
    batches = [notes[first : first + 8] for first in range(0, len(notes), 8)]
    in_process = BatchDetection(detector, processes=1)
    forked = BatchDetection(detector, processes=2)
    try:
        futures = [forked.submit(batch) for batch in batches]  # all in flight at once, answered in any order
        assert [future.result(timeout=120) for future in futures] == [
            in_process.submit(batch).result() for batch in batches
        ]
    finally:
        forked.close()
    assert sum(len(entities) for batch in batches for entities in detector.detect_notes(batch)) > len(notes)


def test_one_process_detects_at_once_without_workers(detector):
    batch = BatchDetection(detector, processes=1)
    future = batch.submit(synthetic_notes(2))
    assert future.done()
    assert multiprocessing.active_children() == []
    batch.close()


def test_closing_reaps_the_workers(detector):
    batch = BatchDetection(detector, processes=2)
    batch.submit(synthetic_notes(2)).result(timeout=120)
    assert len(multiprocessing.active_children()) == 2
    batch.close()
    assert multiprocessing.active_children() == []


def test_zero_processes_means_one_per_available_core():
    assert resolve_processes(0) == available_cores() >= 1
    assert resolve_processes(3) == 3


def test_a_platform_without_fork_is_refused_up_front(monkeypatch):
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    with pytest.raises(ValueError, match="'fork' start method"):
        resolve_processes(2)
    assert resolve_processes(1) == 1
