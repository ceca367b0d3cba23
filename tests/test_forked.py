"""ForkedBatches and BatchedDoFn: batches run in forked worker processes give what they give in-process."""

from __future__ import annotations

import multiprocessing

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
    in_process = ForkedBatches(detector.detect_notes, processes=1)
    forked = ForkedBatches(detector.detect_notes, processes=2)
    try:
        futures = [forked.submit(batch) for batch in batches]  # all in flight at once, answered in any order
        assert [future.result(timeout=120) for future in futures] == [
            in_process.submit(batch).result() for batch in batches
        ]
    finally:
        forked.close()
    assert sum(len(entities) for batch in batches for entities in detector.detect_notes(batch)) > len(notes)


def test_one_process_runs_at_once_without_workers():
    batches = ForkedBatches(lambda values: [value * 2 for value in values], processes=1)
    future = batches.submit([1, 2])
    assert future.done() and future.result() == [2, 4]
    assert multiprocessing.active_children() == []
    batches.close()


def test_closing_reaps_the_workers():
    batches = ForkedBatches(lambda values: [value + 1 for value in values], processes=2)
    assert batches.submit([1]).result(timeout=60) == [2]  # a lambda: inherited by fork, never pickled
    assert len(multiprocessing.active_children()) == 2
    batches.close()
    assert multiprocessing.active_children() == []


def test_an_error_in_a_worker_fails_its_batch():
    batches = ForkedBatches(lambda values: [1 / value for value in values], processes=2)
    try:
        with pytest.raises(ZeroDivisionError):
            batches.submit([0]).result(timeout=60)
        assert batches.submit([4]).result(timeout=60) == [0.25]  # the workers carry on
    finally:
        batches.close()


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
