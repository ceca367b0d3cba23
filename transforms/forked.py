"""A CPU-bound step in batches, in this process or in worker processes forked for it (detection).

The in-process DirectRunner gives the whole pipeline one core, and detection is most of a note's CPU
time. Beam's own multi-process DirectRunner starts each worker as a new interpreter that imports and
builds everything again (seconds per worker) and moves every element through gRPC; measured on the
bench, it gained little. Here one forked process, the zygote, builds the heavy object (the detector)
once, then forks the workers from itself: they start in milliseconds, share its compiled patterns and
loaded models copy-on-write, and receive only the batches to work on. The pipeline's own process never
builds it: while the zygote spends seconds on that, the pipeline goes on reading and parsing on another
core, and its own heap (which every full garbage collection walks) stays without it.

Forking is safe for the detector because nothing it holds runs threads of its own: the ONNX session is
built with one intra-op and one inter-op thread (no thread pool), Kiwi without its thread pool, and Kiwi,
jieba and Presidio analyze on the calling thread. The parent's own threads (Beam's gRPC, confluent-kafka's) do
not exist in a forked process, which must never touch what they hold (Python 3.12 and later warn that a
multi-threaded process forks, for that reason). Python itself would: a garbage collection in the zygote
or a worker frees the parent's unreachable objects, and a gRPC call or channel freed there calls into a
library whose threads are gone (a worker crashed so, once, in a test run on Prism). So the zygote is
forked with the collector off and freezes everything it inherits before turning it on: frozen objects
are never collected (their pages also stay shared with the parent). A worker that dies of a signal
dumps its Python stack to stderr (faulthandler). The fork start method exists on Linux, where
pipelines' workers run.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import itertools
import multiprocessing
import multiprocessing.connection
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.reduction import ForkingPickler

import apache_beam as beam
from apache_beam.utils.windowed_value import WindowedValue

BatchFunction = Callable[[list], list]

# How often an idle worker, and the zygote, look whether the process above them is still there: a
# pipeline killed without its teardown must not leave workers waiting for batches forever.
_WATCH_SECONDS = 0.1

# The fatal signals on which faulthandler writes the Python stack before the process dies.
_DUMPING_SIGNALS = frozenset({signal.SIGSEGV, signal.SIGFPE, signal.SIGABRT, signal.SIGBUS, signal.SIGILL})


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
    """`submit(values)` returns a future of `function(values)` (one result per value); `build()` makes the function.

    With one process, `build()` runs here and each batch at once, in this process. With more, `build()` runs
    in the zygote, and each batch goes to the first free worker; `started` tells whether they are there
    yet (batches submitted before wait for them). A worker that dies (out of memory, say) fails the
    futures of every batch not yet back with `BrokenProcessPool`, so the bundle fails and the runner
    retries it, as it would after an error in this process; later batches fail at once.
    """

    def __init__(self, build: Callable[[], BatchFunction], processes: int = 1):
        self.processes = resolve_processes(processes)
        self._function = build() if self.processes == 1 else None
        self._workers = _ForkedWorkers(build, self.processes) if self.processes > 1 else None

    @property
    def started(self) -> bool:
        return self._workers is None or self._workers.started.is_set()

    def submit(self, values: Sequence) -> Future:
        if self._workers is not None:
            return self._workers.submit(list(values))
        done: Future = Future()
        done.set_result(self._function(list(values)))
        return done

    def close(self) -> None:
        """Ends the workers once their batches are done, and reaps them (their CPU time counts as this process's
        children's: the zygote reaps the workers, this process the zygote)."""
        if self._workers is not None:
            self._workers.close()
            self._workers = None


class _ForkedWorkers:
    """This process's side of the zygote and its workers: a task queue out, a result pipe back, the futures."""

    def __init__(self, build: Callable[[], BatchFunction], processes: int):
        context = multiprocessing.get_context("fork")
        self._processes = processes
        # A Queue's feeder thread takes batches while the workers are still being built; a put never waits.
        self._tasks = context.Queue()
        self._results, results_writer = context.Pipe(duplex=False)
        self._futures: dict[int, Future] = {}
        self._task_ids = itertools.count()
        self._lock = threading.Lock()
        self._broken: str | None = None
        self.started = threading.Event()
        self._zygote = context.Process(
            target=_zygote,
            args=(build, processes, self._tasks, results_writer, context.Lock(), os.getpid(), gc.isenabled()),
            name="emr-deid-zygote",
            daemon=True,  # ended by multiprocessing if this process exits without closing; its workers follow
        )
        with _collector_off():  # and so it starts in the zygote, until it has frozen what it inherits
            self._zygote.start()
        results_writer.close()  # the zygote and its workers write results; this process only reads them
        self._reader = threading.Thread(target=self._read_results, name="emr-deid-forked-results", daemon=True)
        self._reader.start()

    def submit(self, values: list) -> Future:
        future: Future = Future()
        with self._lock:
            if self._broken is not None:
                raise BrokenProcessPool(self._broken)
            task_id = next(self._task_ids)
            self._futures[task_id] = future
        self._tasks.put((task_id, values))
        return future

    def close(self) -> None:
        for _ in range(self._processes):
            self._tasks.put(None)
        self._zygote.join()
        self._reader.join()
        self._tasks.close()
        self._tasks.cancel_join_thread()  # with the workers gone, nothing would read what is left unsent
        self._results.close()

    def _read_results(self) -> None:
        # The zygote exits after its workers, and they after sending their last results: once it has exited
        # and no result is left to read, none will come. (A zygote forked for another DoFn instance in the
        # meantime may hold this pipe's writing end, so its end of file is not the sign.)
        while True:
            if self._results not in multiprocessing.connection.wait([self._results, self._zygote.sentinel]):
                self._fail("the forked workers exited")  # fails only batches still out: none, after close()
                return
            try:
                message = self._results.recv()
            except (EOFError, OSError):
                self._fail("the forked workers exited")
                return
            self.started.set()  # whatever the message, the zygote is done building: a result may come first
            if message[0] == "broken":
                self._fail(message[1])
            elif message[0] == "result":
                _, task_id, result, error = message
                with self._lock:
                    future = self._futures.pop(task_id)
                if error is None:
                    future.set_result(result)
                else:
                    future.set_exception(error)

    def _fail(self, reason: str) -> None:
        with self._lock:
            self._broken = self._broken or reason
            failed, self._futures = self._futures, {}
        for future in failed.values():
            future.set_exception(BrokenProcessPool(self._broken))
        self.started.set()


@contextlib.contextmanager
def _collector_off() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---- in the zygote and its workers ---------------------------------------------------------------


def _zygote(
    build: Callable[[], BatchFunction],
    processes: int,
    tasks,
    results,
    results_lock,
    pipeline_pid: int,
    collect_garbage: bool,
) -> None:
    """Builds the batch function, forks the workers with it, then reaps them; a worker's death breaks the pool."""
    gc.freeze()  # what the pipeline's process holds is never collected here (module docstring)
    if collect_garbage:
        gc.enable()
    faulthandler.enable()
    try:
        function = build()
    except Exception as error:
        _send(results, results_lock, ("broken", f"building the batch function failed: {error!r}"))
        return
    gc.freeze()  # the workers' collections then leave the built function's pages shared with the zygote
    zygote_pid = os.getpid()
    workers = set()
    for _ in range(processes):
        pid = os.fork()
        if pid == 0:
            exit_code = 1
            try:
                _serve(function, tasks, results, results_lock, zygote_pid)
                exit_code = 0
            finally:
                os._exit(exit_code)  # never the zygote's own exit path: it is multiprocessing's
        workers.add(pid)
    _send(results, results_lock, ("started",))
    while workers:
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            if os.getppid() != pipeline_pid:  # the pipeline's process is gone: so should its workers be
                _end(workers)
                return
            time.sleep(_WATCH_SECONDS)
            continue
        workers.discard(pid)
        exit_code = os.waitstatus_to_exitcode(status)
        if exit_code != 0:
            _send(results, results_lock, ("broken", f"a forked worker {_how_it_ended(exit_code)}"))
            _end(workers)
            return


def _how_it_ended(exit_code: int) -> str:
    if exit_code > 0:
        return f"exited with code {exit_code}"
    killer = signal.Signals(-exit_code)
    if killer == signal.SIGKILL:
        return "was killed by SIGKILL (out of memory?)"
    if killer in _DUMPING_SIGNALS:
        return f"was killed by {killer.name} (faulthandler wrote its Python stack to stderr)"
    return f"was killed by {killer.name}"


def _serve(function: BatchFunction, tasks, results, results_lock, zygote_pid: int) -> None:
    while True:
        try:
            task = tasks.get(timeout=_WATCH_SECONDS)
        except queue.Empty:
            if os.getppid() != zygote_pid:
                return
            continue
        if task is None:
            return
        task_id, values = task
        try:
            message = ("result", task_id, function(values), None)
        except Exception as error:
            message = ("result", task_id, None, error)
        try:
            _send(results, results_lock, message)
        except Exception as error:  # an exception or a result that does not pickle
            _send(results, results_lock, ("result", task_id, None, RuntimeError(f"unpicklable: {error!r}")))


def _send(results, results_lock, message: tuple) -> None:
    payload = ForkingPickler.dumps(message)
    with results_lock:
        results.send_bytes(payload)


def _end(workers: set[int]) -> None:
    for pid in workers:
        os.kill(pid, signal.SIGTERM)
    for pid in workers:
        os.waitpid(pid, 0)


class BatchedDoFn(beam.DoFn):
    """A DoFn whose elements' items go through a batch function, about `batch_size` items at a time in a bundle.

    A subclass builds the function in `batch_function()` (once per DoFn instance, from `setup`: in the
    zygote when `processes` is above one), names an element's items in `batch_items()` (by default the
    element is its one item; a message has its notes, perhaps none), and turns an element and its items'
    results into outputs in `outputs()`, which runs in this process (metrics count here). With `processes`
    above one, batches go to forked workers while this process goes on with the stages fused around it;
    elements leave in the order they came, each with its own timestamp, window and pane, at most two
    batches per worker behind, or, while the workers are being built, about `STARTUP_BACKLOG` items
    behind. A bundle finishes only when all of its batches are back.
    """

    # Items that may wait while the zygote builds the batch function (seconds, for the detector): about
    # what this process reads and parses meanwhile, which the workers then find queued.
    STARTUP_BACKLOG = 4096

    def __init__(self, batch_size: int, processes: int):
        self._batch_size = batch_size
        self._processes = processes
        self._batches: ForkedBatches | None = None
        self._pending: list[tuple[WindowedValue, int]] = []  # each element, with how many items it has
        self._pending_items: list = []
        self._in_flight: deque = deque()

    def batch_function(self) -> BatchFunction:
        raise NotImplementedError

    def batch_items(self, value) -> Sequence:
        return (value,)

    def outputs(self, element: WindowedValue, results: list) -> Iterator:
        raise NotImplementedError

    def setup(self):
        self._batches = ForkedBatches(self.batch_function, self._processes)

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
            keep = 2 * self._batches.processes
            if not self._batches.started:
                keep = max(keep, self.STARTUP_BACKLOG // self._batch_size)
            yield from self._finished(keep=keep)

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
