"""A CPU-bound step in batches, in this process or in worker processes forked from it (detection).

The in-process DirectRunner gives the whole pipeline one core, and detection is most of a note's CPU
time. Beam's own multi-process DirectRunner starts each worker as a new interpreter that imports and
builds everything again (seconds per worker) and moves every element through gRPC; measured on the
bench, it gained little. Here the workers are forked from the process whose heavy object (the detector)
is already built and warmed up: they start in milliseconds, share its compiled patterns and loaded
models copy-on-write, and receive only the batches to work on.

Forking is safe for the detector because nothing it holds runs threads of its own: the ONNX session is
built with one intra-op and one inter-op thread (no thread pool), and Kiwi, jieba and Presidio analyze
on the calling thread. The parent's own threads (Beam's, confluent-kafka's) do not exist in a worker,
which never touches what they hold; Python 3.12 and later warn that a multi-threaded process forks, for
that reason. The fork start method exists on Linux, where pipelines' workers run.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

import apache_beam as beam
from apache_beam.utils.windowed_value import WindowedValue

# The batch function a forked worker inherited; set once in each worker by `_adopt`.
_worker_function: Callable[[list], list] | None = None


def _adopt(function: Callable[[list], list]) -> None:
    global _worker_function
    _worker_function = function


def _run_in_worker(values: list) -> list:
    return _worker_function(values)


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), which a container may set below the machine's."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def resolve_processes(processes: int) -> int:
    """`processes` as configured: 0 means one per available core; more than one needs the fork start method."""
    resolved = processes or available_cores()
    if resolved > 1 and "fork" not in multiprocessing.get_all_start_methods():
        raise ValueError(f"{resolved} processes need the 'fork' start method, which this platform lacks; use 1")
    return resolved


class ForkedBatches:
    """`submit(values)` returns a future of `function(values)` (one result per value).

    With one process the batch runs at once, in this process. With more, it goes to the first free worker;
    a worker that dies (out of memory, say) fails its batch's future with `BrokenProcessPool`, so the
    bundle fails and the runner retries it, as it would after an error in this process.
    """

    def __init__(self, function: Callable[[list], list], processes: int = 1):
        self._function = function
        self.processes = resolve_processes(processes)
        self._workers = None
        if self.processes > 1:
            # With fork, `initargs` reach each worker by inheritance, not pickling: nothing heavy is copied.
            self._workers = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_adopt,
                initargs=(function,),
            )

    def submit(self, values: Sequence) -> Future:
        if self._workers is not None:
            return self._workers.submit(_run_in_worker, list(values))
        done: Future = Future()
        done.set_result(self._function(list(values)))
        return done

    def close(self) -> None:
        """Ends the workers (reaping them, so their CPU time counts as this process's children's)."""
        if self._workers is not None:
            self._workers.shutdown(wait=True, cancel_futures=True)
            self._workers = None


class BatchedDoFn(beam.DoFn):
    """A DoFn whose elements' items go through a batch function, about `batch_size` items at a time in a bundle.

    A subclass builds the function in `batch_function()` (called in `setup`, once per DoFn instance), names
    an element's items in `batch_items()` (by default the element is its one item; a message has its
    notes, perhaps none), and turns an element and its items' results into outputs in `outputs()`, which
    runs in this process (metrics count here). With `processes` above one, batches go to forked workers
    while this process goes on with the stages fused around it; elements leave in the order they came, at
    most two batches per worker behind, each with its own timestamp, window and pane. A bundle finishes
    only when all of its batches are back.
    """

    def __init__(self, batch_size: int, processes: int):
        self._batch_size = batch_size
        self._processes = processes
        self._batches: ForkedBatches | None = None
        self._pending: list[tuple[WindowedValue, int]] = []  # each element, with how many items it has
        self._pending_items: list = []
        self._in_flight: deque = deque()

    def batch_function(self) -> Callable[[list], list]:
        raise NotImplementedError

    def batch_items(self, value) -> Sequence:
        return (value,)

    def outputs(self, element: WindowedValue, results: list) -> Iterator:
        raise NotImplementedError

    def setup(self):
        self._batches = ForkedBatches(self.batch_function(), self._processes)

    def start_bundle(self):
        self._pending, self._pending_items = [], []
        self._in_flight = deque()

    def process(
        self,
        value,
        timestamp=beam.DoFn.TimestampParam,
        window=beam.DoFn.WindowParam,
        pane=beam.DoFn.PaneInfoParam,
    ):  # no return annotation: Beam would take WindowedValue for the output's element type
        items = self.batch_items(value)
        self._pending.append((WindowedValue(value, timestamp, (window,), pane), len(items)))
        self._pending_items.extend(items)
        if len(self._pending_items) >= self._batch_size:
            self._submit_pending()
            # Two batches per worker keep every worker busy; more would only hold elements in memory.
            yield from self._finished(keep=2 * self._batches.processes)

    def finish_bundle(self):
        self._submit_pending()
        yield from self._finished(keep=0)

    def teardown(self):
        if self._batches is not None:
            self._batches.close()

    def _submit_pending(self) -> None:
        if self._pending:
            self._in_flight.append((self._pending, self._batches.submit(self._pending_items)))
            self._pending, self._pending_items = [], []

    def _finished(self, keep: int) -> Iterator:
        """The finished batches at the head of the queue, waiting for the oldest while more than `keep` wait."""
        while self._in_flight and (len(self._in_flight) > keep or self._in_flight[0][1].done()):
            pending, future = self._in_flight.popleft()
            results = future.result()
            if len(results) != sum(count for _, count in pending):
                raise ValueError(f"the batch function gave {len(results)} results for a batch of other size")
            start = 0
            for element, count in pending:
                yield from self.outputs(element, results[start : start + count])
                start += count
