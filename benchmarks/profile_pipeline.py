"""Where the end-to-end time of `emr-deid bench` goes: the same bounded Kafka pipeline, under cProfile, by stage.

    python -m emr_deid.benchmarks.profile_pipeline [--messages 2000] [--seed 0] [--top 0] [--out FILE]

The messages are those of `emr-deid bench` (same generator, same seed), produced into a topic of a
broker started with deploy/kafka/kafka.sh; the pipeline runs on the in-process runner. Each stage's
time is the cumulative time cProfile records in that stage's DoFn methods (a DoFn's outputs are
processed downstream while its generator is suspended, so stages do not count each other); what no
stage claims is Beam itself (coders, bundles, grouping) and waiting. cProfile slows Python code
more than native code, so read the shares, not the seconds. `--top N` also prints the N functions
with most time of their own; `--out` keeps the profile for `python -m pstats`.
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import pstats
import tempfile
import time
from collections.abc import Callable

from emr_deid.pipelines.bench_command import LocalBroker, bench_messages, produce, run_pipeline


def stage_functions() -> dict[str, list[Callable]]:
    """The functions whose cumulative time makes each stage."""
    from emr_deid.transforms import lake, write
    from emr_deid.transforms.detect import beam as detect
    from emr_deid.transforms.kafka_read import _ReadPartitions
    from emr_deid.transforms.mask import transform as mask
    from emr_deid.transforms.parse.transform import _ParseDoFn

    return {
        "start-up (DoFn.setup)": [detect._DetectDoFn.setup, mask._MaskDoFn.setup, mask._RebuildDoFn.setup],
        "read Kafka": [_ReadPartitions.process, _ReadPartitions.initial_restriction],
        "parse": [_ParseDoFn.process],
        "detect": [detect._DetectDoFn.process, detect._DetectDoFn.finish_bundle],
        "mask": [mask._MaskDoFn.process],
        "rebuild FHIR resources": [mask._RebuildDoFn.process],
        "write the lake": [
            lake._note_row,
            lake._audit_row,
            lake._dead_letter_row,
            lake._fhir_row,
            write.ParquetSink.write,
            write.ParquetSink.flush,
            write.NdjsonSink.write,
            write.NdjsonSink.flush,
        ],
    }


def _key(function: Callable) -> tuple[str, int, str]:
    code = function.__code__
    return code.co_filename, code.co_firstlineno, code.co_name


def stage_seconds(stats: pstats.Stats, stages: dict[str, list[Callable]]) -> dict[str, float]:
    """Cumulative seconds per stage, from a profile's statistics."""
    recorded = stats.stats  # (file, line, name) -> (primitive calls, calls, own time, cumulative time, callers)
    return {
        stage: sum(recorded[_key(function)][3] for function in functions if _key(function) in recorded)
        for stage, functions in stages.items()
    }


def profile(count: int, seed: int) -> tuple[pstats.Stats, float, dict]:
    """The pipeline over `count` bench messages under cProfile: statistics, wall seconds, run summary.

    The modules are imported first, as `emr-deid bench` does before it starts its clock.
    """
    import emr_deid.pipelines.deid_pipeline  # noqa: F401

    with LocalBroker() as bootstrap:
        topic = produce(bootstrap, bench_messages(count, seed))
        with tempfile.TemporaryDirectory(prefix="emr-deid-profile-lake-") as lake:
            profiler = cProfile.Profile()
            started = time.perf_counter()
            profiler.enable()
            summary = run_pipeline(bootstrap, topic, lake)
            profiler.disable()
            seconds = time.perf_counter() - started
    return pstats.Stats(profiler), seconds, summary


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--top", type=int, default=0, help="also print the N functions with most own time")
    parser.add_argument("--out", default=None, help="write the profile here (for python -m pstats)")
    args = parser.parse_args(argv)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    stats, seconds, summary = profile(args.messages, args.seed)
    if args.out:
        stats.dump_stats(args.out)
    stages = stage_seconds(stats, stage_functions())
    print(
        f"{args.messages} messages (seed {args.seed}): {summary['notes_masked']} notes masked, "
        f"{summary['dead_letters']} dead letters; {seconds:.1f} s under cProfile"
    )
    for stage, stage_s in [*stages.items(), ("Beam, waiting and the rest", seconds - sum(stages.values()))]:
        print(f"  {stage:<30}{stage_s:7.1f} s  {100 * stage_s / seconds:5.1f} %")
    if args.top:
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
