"""Choosing a local runner that never reaches the network.

Beam 2.77's DirectRunner first tries Prism and, without `--prism_location`, downloads the Prism
binary from GitHub. emr-deid never does: it uses the Prism built by `deploy/prism/build.sh` (or the
one named by EMR_DEID_PRISM) when there is one, and otherwise runs bounded pipelines on Beam's
in-process FnApiRunner, which is what the DirectRunner falls back to anyway.

Beam's FlinkRunner likewise downloads a job-server jar, which Beam 2.77 does not publish: emr-deid
hands it the one `deploy/flink/build.sh` assembles from Maven Central (or EMR_DEID_FLINK_JOB_SERVER),
and runs the SDK workers in this process (LOOPBACK) when Flink itself runs embedded.

Flink calls a bundle's finalizer, where emr-deid commits Kafka offsets, only once a checkpoint holding
that bundle's outputs completes, and Beam turns checkpoints off unless asked: an unbounded run on Flink
gets `--checkpointing_interval` (every 60 s) when none is given, so its offsets are committed.

It also gets `--finish_bundle_before_checkpointing`. Without it, Beam's Flink operator (2.62) finishes a
bundle that a checkpoint interrupts inside the snapshot and keeps its outputs in state, to emit them
with the operator's next element or watermark. The stage that lists the topics' partitions gets one
element (the impulse) and, right behind it, the final watermark: a checkpoint taken during its only bundle (on a
slow machine, the first one can be) left the partitions in that state for good, and the pipeline ran
reading nothing (one CI run did). Finished before the barrier, the bundle's outputs go downstream at once.
"""

from __future__ import annotations

import os
from pathlib import Path

PRISM_ENV = "EMR_DEID_PRISM"
FLINK_JOB_SERVER_ENV = "EMR_DEID_FLINK_JOB_SERVER"
_DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
_REPO_PRISM = _DEPLOY / "prism" / "bin" / "prism"
_REPO_FLINK_JOB_SERVER = _DEPLOY / "flink" / "lib" / "beam-flink-1.19-job-server-2.62.0.jar"
_EMBEDDED_FLINK_MASTERS = {None, "[local]", "[auto]"}
FLINK_CHECKPOINTING_INTERVAL_MS = 60_000
_PRISM_RUNNERS = {"DirectRunner", "PrismRunner", "SwitchingDirectRunner"}


class RunnerError(ValueError):
    """No runner can execute the pipeline locally without a download."""


def _named_or_built(env: str, built: Path) -> str | None:
    """The path the environment variable `env` names, else `built` if a deploy/ script has built it."""
    return os.environ.get(env) or (str(built) if built.is_file() else None)


def local_prism() -> str | None:
    """Our own Prism binary: EMR_DEID_PRISM, or the one deploy/prism/build.sh built in this checkout."""
    return _named_or_built(PRISM_ENV, _REPO_PRISM)


def local_flink_job_server() -> str | None:
    """Our Flink job server: EMR_DEID_FLINK_JOB_SERVER, or the one deploy/flink/build.sh built in this checkout."""
    return _named_or_built(FLINK_JOB_SERVER_ENV, _REPO_FLINK_JOB_SERVER)


def _flag(argv: list[str], name: str) -> str | None:
    for index, arg in enumerate(argv):
        if arg == name and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def with_local_runner(argv: list[str], unbounded: bool) -> list[str]:
    """`argv` with a runner (and Prism binary) filled in where the user named none.

    No runner named: bounded runs go in-process (the same on every machine), unbounded ones to our
    Prism. DirectRunner or PrismRunner named: our Prism is handed to them, so they download nothing.
    """
    runner = _flag(argv, "--runner")
    if runner and runner.split(".")[-1] == "FlinkRunner":
        return _with_flink_checkpoints(_with_flink_job_server(argv), unbounded)
    if _flag(argv, "--prism_location") or (runner and runner.split(".")[-1] not in _PRISM_RUNNERS):
        return argv
    if runner is None and not unbounded:
        return [*argv, "--runner=FnApiRunner"]
    prism = local_prism()
    if prism is None:
        raise RunnerError(
            ("reading Kafka without --bounded needs a streaming runner" if unbounded else f"--runner={runner}")
            + ": build Prism with deploy/prism/build.sh (or pass --prism_location, or use "
            "--runner=FlinkRunner/DataflowRunner); emr-deid never downloads Prism from GitHub"
        )
    return [*argv, f"--prism_location={prism}", *([] if runner else ["--runner=PrismRunner"])]


def _with_flink_job_server(argv: list[str]) -> list[str]:
    """FlinkRunner flags with our job server, and LOOPBACK SDK workers when Flink runs embedded."""
    if _flag(argv, "--flink_job_server_jar") or _flag(argv, "--job_endpoint"):
        return argv
    jar = local_flink_job_server()
    if jar is None:
        raise RunnerError(
            "--runner=FlinkRunner: build the job server with deploy/flink/build.sh (or pass --flink_job_server_jar "
            "or --job_endpoint); Beam publishes none for 2.77 and emr-deid never downloads one"
        )
    embedded = _flag(argv, "--flink_master") in _EMBEDDED_FLINK_MASTERS and not _flag(argv, "--environment_type")
    return [*argv, f"--flink_job_server_jar={jar}", *(["--environment_type=LOOPBACK"] if embedded else [])]


def _with_flink_checkpoints(argv: list[str], unbounded: bool) -> list[str]:
    """Unbounded Flink runs checkpoint, by default every 60 s (offsets are committed only after checkpoints),
    and finish their bundles before each checkpoint's barrier (module docstring)."""
    if not unbounded:
        return argv
    defaults = []
    if not _flag(argv, "--checkpointing_interval"):
        defaults.append(f"--checkpointing_interval={FLINK_CHECKPOINTING_INTERVAL_MS}")
    if "--finish_bundle_before_checkpointing" not in argv:  # a switch: the job server's options say so
        defaults.append("--finish_bundle_before_checkpointing")
    return [*argv, *defaults]
