"""Choosing a local runner that never reaches the network.

Beam 2.77's DirectRunner first tries Prism and, without `--prism_location`, downloads the Prism
binary from GitHub. emr-deid never does: it uses the Prism built by `deploy/prism/build.sh` (or the
one named by EMR_DEID_PRISM) when there is one, and otherwise runs bounded pipelines on Beam's
in-process FnApiRunner, which is what the DirectRunner falls back to anyway.
"""

from __future__ import annotations

import os
from pathlib import Path

PRISM_ENV = "EMR_DEID_PRISM"
_REPO_PRISM = Path(__file__).resolve().parent.parent / "deploy" / "prism" / "bin" / "prism"
_PRISM_RUNNERS = {"DirectRunner", "PrismRunner", "SwitchingDirectRunner"}


class RunnerError(ValueError):
    """No runner can execute the pipeline locally without a download."""


def local_prism() -> str | None:
    """Our own Prism binary: EMR_DEID_PRISM, or the one deploy/prism/build.sh built in this checkout."""
    named = os.environ.get(PRISM_ENV)
    if named:
        return named
    return str(_REPO_PRISM) if _REPO_PRISM.is_file() else None


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
