"""Shared fixtures: the real Kafka broker for the whole session, and fresh topics per test."""

from __future__ import annotations

import contextlib
import os
import subprocess
import uuid
from pathlib import Path

import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from hypothesis import settings

from emr_deid.pipelines.bench_command import LocalBroker

# Speed is measured by the benchmarks, never asserted by a test: no per-example deadline.
settings.register_profile("emr-deid", deadline=None)
settings.load_profile("emr-deid")

# Beam's DirectRunner would first try to download Prism from GitHub: test pipelines run in-process
# (what it falls back to), and tests that need Prism pass our own binary explicitly.
TestPipeline.pytest_test_pipeline_options = "--runner=FnApiRunner"

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def kafka_bootstrap() -> str:
    """A real broker: the one named by EMR_DEID_KAFKA_BOOTSTRAP, or one started for this session.

    A broker that cannot start fails the tests that need it; it never skips them.
    """
    named = os.environ.get("EMR_DEID_KAFKA_BOOTSTRAP")
    if named:
        yield named
        return
    with contextlib.ExitStack() as stack:
        try:
            bootstrap = stack.enter_context(LocalBroker())
        except RuntimeError as error:
            pytest.fail(str(error), pytrace=False)
        yield bootstrap


@pytest.fixture
def kafka_topic(kafka_bootstrap):
    """Creates uniquely named topics: `kafka_topic(partitions=2)` returns the new topic's name."""
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": kafka_bootstrap})
    created: list[str] = []

    def create(partitions: int = 1) -> str:
        name = f"test-{uuid.uuid4().hex[:12]}"
        futures = admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)])
        futures[name].result(timeout=30)
        created.append(name)
        return name

    yield create
    if created:
        for future in admin.delete_topics(created).values():
            future.result(timeout=30)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is expected beside the repository at {SHARED}", pytrace=False)
    return SHARED


def _built_by(script: str, what: str) -> Path:
    """What a deploy/ build script prints as its last line, once it has built it."""
    built = subprocess.run([str(REPO / "deploy" / script)], capture_output=True, text=True, timeout=1800)
    if built.returncode != 0:
        pytest.fail(f"{what} did not build:\n{built.stderr[-4000:]}", pytrace=False)
    return Path(built.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def prism_binary() -> Path:
    """Beam's Prism runner, built from the Go module proxy by deploy/prism/build.sh (once per machine)."""
    return _built_by("prism/build.sh", "Prism")


@pytest.fixture(scope="session")
def flink_job_server() -> Path:
    """Beam's Flink job server, assembled from Maven Central by deploy/flink/build.sh (once per checkout)."""
    return _built_by("flink/build.sh", "the Flink job server")


@pytest.fixture(scope="session")
def key_file(tmp_path_factory) -> Path:
    """A pseudonym key file, as a deployment would mount one."""
    path = tmp_path_factory.mktemp("key") / "pseudonym.key"
    path.write_bytes(b"a test key that is 32 bytes long!")
    return path
