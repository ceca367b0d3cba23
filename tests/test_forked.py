"""ForkedBatches and BatchedDoFn: batches run in forked worker processes give what they give in-process."""

from __future__ import annotations

import faulthandler
import gc
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from emr_deid.transforms.detect import Detector
from emr_deid.transforms.forked import BatchedDoFn, ForkedBatches, available_cores, resolve_processes
from tests.detect.test_batching import synthetic_notes


def test_forked_workers_detect_what_this_process_detects():
    detector = Detector.from_config()
    notes = synthetic_notes(40, seed=11)
    batches = [notes[first : first + 8] for first in range(0, len(notes), 8)]
    in_process = ForkedBatches(lambda: detector.detect_notes, processes=1)
    forked = ForkedBatches(lambda: Detector.from_config().detect_notes, processes=2)  # built in the zygote
    try:
        futures = [forked.submit(batch) for batch in batches]  # all in flight at once, answered in any order
        assert [future.result(timeout=120) for future in futures] == [
            in_process.submit(batch).result() for batch in batches
        ]
    finally:
        forked.close()
    assert sum(len(entities) for batch in batches for entities in detector.detect_notes(batch)) > len(notes)


def _doubling():
    return lambda values: [value * 2 for value in values]


def _worker_pids():
    return lambda values: [os.getpid() for _ in values]


def _is_gone(pid: int) -> bool:
    """No such process, or only a zombie left for init to reap."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state == "Z"


def test_one_process_builds_and_runs_at_once_without_workers():
    batches = ForkedBatches(_doubling, processes=1)
    future = batches.submit([1, 2])
    assert future.done() and future.result() == [2, 4]
    assert batches.started
    assert multiprocessing.active_children() == []
    batches.close()


def test_the_function_is_built_once_in_the_zygote_not_here():
    built_in = multiprocessing.get_context("fork").SimpleQueue()

    def build():
        built_in.put(os.getpid())
        return _doubling()

    batches = ForkedBatches(build, processes=2)
    try:
        assert batches.submit([1]).result(timeout=60) == [2]
        zygote = built_in.get()
        assert zygote != os.getpid() and built_in.empty()
        assert [child.pid for child in multiprocessing.active_children()] == [zygote]
    finally:
        batches.close()


def test_batches_submitted_while_the_workers_are_built_wait_for_them():
    def slow_build():
        time.sleep(1.5)
        return _doubling()

    batches = ForkedBatches(slow_build, processes=2)
    try:
        assert not batches.started
        futures = [batches.submit([n]) for n in range(50)]
        assert [future.result(timeout=60) for future in futures] == [[2 * n] for n in range(50)]
        assert batches.started
    finally:
        batches.close()


def test_closing_reaps_the_zygote_and_its_workers():
    batches = ForkedBatches(_worker_pids, processes=2)
    pids = set()
    while len(pids) < 2:  # the batches go to whichever worker is free: ask until both have answered
        pids.update(batches.submit([None]).result(timeout=60))
    batches.close()
    assert multiprocessing.active_children() == []
    assert all(not Path(f"/proc/{pid}").exists() for pid in pids)  # reaped by the zygote, not left as zombies


def test_an_error_in_a_worker_fails_its_batch():
    batches = ForkedBatches(lambda: lambda values: [1 / value for value in values], processes=2)
    try:
        with pytest.raises(ZeroDivisionError):
            batches.submit([0]).result(timeout=60)
        assert batches.submit([4]).result(timeout=60) == [0.25]  # the workers carry on
    finally:
        batches.close()


def test_a_dead_worker_fails_the_batches_out_and_those_after():
    def die_on_zero(values):
        if 0 in values:
            os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
        return values

    batches = ForkedBatches(lambda: die_on_zero, processes=2)
    try:
        assert batches.submit([1]).result(timeout=60) == [1]
        with pytest.raises(BrokenProcessPool, match=r"killed by SIGKILL \(out of memory\?\)"):
            batches.submit([0]).result(timeout=60)
        with pytest.raises(BrokenProcessPool):
            batches.submit([2]).result(timeout=60)
    finally:
        batches.close()
    assert multiprocessing.active_children() == []


def test_a_worker_that_crashes_names_the_signal_and_leaves_its_stack(capfd):
    def crash_on_zero(values):
        if 0 in values:
            faulthandler._sigsegv()  # a crash in native code, as a library's would be
        return values

    batches = ForkedBatches(lambda: crash_on_zero, processes=2)
    try:
        with pytest.raises(BrokenProcessPool, match=r"killed by SIGSEGV \(faulthandler wrote"):
            batches.submit([0]).result(timeout=60)
    finally:
        batches.close()
    stderr = capfd.readouterr().err
    assert "Segmentation fault" in stderr and "in crash_on_zero" in stderr


class _CountsItsFinalizing:
    """An object whose finalizer records the process it ran in."""

    def __init__(self, record: Path):
        self.record = record
        self.cycle = self  # unreachable once dropped: only a garbage collection frees it

    def __del__(self):
        with self.record.open("a") as record:
            record.write(f"{os.getpid()}\n")


def test_the_zygote_and_workers_never_collect_what_they_inherit(tmp_path):
    record = tmp_path / "finalized"
    record.touch()

    def collecting(values):
        gc.collect()  # a full collection, as a worker's allocations would start sooner or later
        return [(os.getpid(), gc.isenabled()) for _ in values]

    def build():
        gc.collect()  # in the zygote, before it forks the workers
        return collecting

    gc.disable()  # so the parent's garbage is still there when the zygote is forked
    try:
        _CountsItsFinalizing(record)
        batches = ForkedBatches(build, processes=2)
        assert not gc.isenabled()  # the parent's collector is left as it was
        workers = set()
        while len(workers) < 2:
            workers.update(batches.submit([None]).result(timeout=60))
        batches.close()
    finally:
        gc.enable()
    assert all(enabled is False for _, enabled in workers)  # the parent's setting, off here, carries over
    gc.collect()
    assert record.read_text().split() == [str(os.getpid())]  # freed here, by this process, once


def test_forked_processes_collect_garbage_when_the_parent_does():
    batches = ForkedBatches(lambda: lambda values: [gc.isenabled() for _ in values], processes=2)
    try:
        assert batches.submit([None]).result(timeout=60) == [True]
    finally:
        batches.close()
    assert gc.isenabled()


def test_a_build_that_fails_fails_every_batch_with_its_reason():
    def broken_build():
        raise OSError("model.onnx is missing")

    batches = ForkedBatches(broken_build, processes=2)
    try:
        with pytest.raises(BrokenProcessPool, match=r"model\.onnx is missing"):
            batches.submit([1]).result(timeout=60)
    finally:
        batches.close()


def test_workers_end_when_the_pipeline_process_dies_without_closing(tmp_path):
    script = (
        "import os, sys\n"
        "from emr_deid.transforms.forked import ForkedBatches\n"
        "batches = ForkedBatches(lambda: lambda values: [os.getpid() for _ in values], processes=2)\n"
        "pids = set()\n"
        "while len(pids) < 2:\n"
        "    pids.update(batches.submit([None]).result(timeout=60))\n"
        "print(*pids, flush=True)\n"
        "os._exit(0)  # no close(), no atexit: as if killed\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    pids = [int(pid) for pid in done.stdout.split()]
    assert len(pids) == 2
    deadline = time.monotonic() + 30
    while not all(_is_gone(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert all(_is_gone(pid) for pid in pids)


def test_zero_processes_means_one_per_available_core():
    assert resolve_processes(0) == available_cores() >= 1
    assert resolve_processes(3) == 3


def test_a_platform_without_fork_is_refused_up_front(monkeypatch):
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    with pytest.raises(ValueError, match="'fork' start method"):
        resolve_processes(2)
    assert resolve_processes(1) == 1


class _Squares(BatchedDoFn):
    def batch_function(self):
        return lambda values: [value * value for value in values]

    def batch_items(self, value):
        return [value + 1]

    def outputs(self, element, squared):
        yield element.with_value((element.value, squared[0]))
        if squared[0] % 2:
            yield beam.pvalue.TaggedOutput("odd", element.with_value(element.value))


@pytest.mark.parametrize("processes", [1, 2])
def test_a_batched_dofn_keeps_every_element_and_its_outputs(processes):
    with TestPipeline() as pipeline:
        results = (
            pipeline
            | beam.Create(list(range(23)))
            | beam.ParDo(_Squares(batch_size=4, processes=processes)).with_outputs("odd", main="squares")
        )
        assert_that(results.squares, equal_to([(n, (n + 1) ** 2) for n in range(23)]), label="squares")
        assert_that(results.odd, equal_to([n for n in range(23) if (n + 1) % 2]), label="odd")


class _SquaresOfEach(BatchedDoFn):
    """Elements are lists of numbers, perhaps empty: each number is one item of a batch."""

    def batch_function(self):
        return lambda values: [value * value for value in values]

    def batch_items(self, numbers):
        return numbers

    def outputs(self, element, squares):
        yield element.with_value((tuple(element.value), tuple(squares)))


@pytest.mark.parametrize("processes", [1, 2])
def test_an_element_of_several_items_or_none_gets_the_results_of_its_own(processes):
    elements = [list(range(n, n + n % 4)) for n in range(30)]  # 0 to 3 items each, so batches split unevenly
    with TestPipeline() as pipeline:
        results = pipeline | beam.Create(elements) | beam.ParDo(_SquaresOfEach(batch_size=5, processes=processes))
        assert_that(results, equal_to([(tuple(e), tuple(n * n for n in e)) for e in elements]))


def test_a_batch_function_that_loses_a_result_fails_the_bundle():
    class _Lossy(_SquaresOfEach):
        def batch_function(self):
            return lambda values: [value * value for value in values][1:]

    with pytest.raises(Exception, match="results for a batch"), TestPipeline() as pipeline:
        _ = pipeline | beam.Create([[1, 2], [3]]) | beam.ParDo(_Lossy(batch_size=5, processes=1))
