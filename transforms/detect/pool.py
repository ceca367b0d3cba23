"""Batches of notes detected in order, in this process or in worker processes forked from it.

Detection is most of a note's CPU time, and a runner that gives a DoFn one core (the DirectRunner) leaves
the machine's other cores idle. Beam's own multi-process DirectRunner starts each worker as a new
interpreter that imports and builds everything again (seconds per worker) and moves every element
through gRPC; measured on the bench, it gained little. Here the workers are forked from the process
whose detector is already built and warmed up: they start in milliseconds, share its compiled patterns
and loaded models copy-on-write, and receive only the notes to detect and return their entities.

Forking is safe here because nothing the detector holds runs threads of its own: the ONNX session is
built with one intra-op and one inter-op thread (no thread pool), and Kiwi, jieba and Presidio analyze
on the calling thread. The fork start method exists on Linux, where the pipelines' workers run.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from emr_deid.schemas import Entity, Note
from emr_deid.transforms.detect.detector import Detector

# The detector a forked worker inherited; set once in each worker by `_adopt`.
_worker_detector: Detector | None = None


def _adopt(detector: Detector) -> None:
    global _worker_detector
    _worker_detector = detector


def _detect_in_worker(notes: Sequence[Note]) -> list[list[Entity]]:
    return _worker_detector.detect_notes(notes)


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), which a container may set below the machine's."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def resolve_processes(processes: int) -> int:
    """`processes` as configured: 0 means one per available core; more than one needs the fork start method."""
    resolved = processes or available_cores()
    if resolved > 1 and "fork" not in multiprocessing.get_all_start_methods():
        raise ValueError(
            f"detection.processes={processes} needs the 'fork' start method, which this platform lacks; use 1"
        )
    return resolved


class BatchDetection:
    """`submit(notes)` returns a future of `Detector.detect_notes(notes)`.

    With one process the batch is detected at once, in this process. With more, it goes to the first free
    worker; a worker that dies (out of memory, say) fails its batch's future with `BrokenProcessPool`,
    so the bundle fails and the runner retries it, as it would after an error in this process.
    """

    def __init__(self, detector: Detector, processes: int = 1):
        self._detector = detector
        self.processes = resolve_processes(processes)
        self._workers = None
        if self.processes > 1:
            # With fork, `initargs` reach each worker by inheritance, not pickling: the detector is not copied.
            self._workers = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_adopt,
                initargs=(detector,),
            )

    def submit(self, notes: Sequence[Note]) -> Future:
        if self._workers is not None:
            return self._workers.submit(_detect_in_worker, list(notes))
        done: Future = Future()
        done.set_result(self._detector.detect_notes(notes))
        return done

    def close(self) -> None:
        """Ends the workers (reaping them, so their CPU time counts as this process's children's)."""
        if self._workers is not None:
            self._workers.shutdown(wait=True, cancel_futures=True)
            self._workers = None
