"""Creating the Kafka topics of a deployment from their definitions (`deploy/kafka/topics.yaml`).

    python -m emr_deid.pipelines.topics --bootstrap-servers HOST:PORT [--definitions FILE]
                                        [--replication-factor 1] [--command-config KEY=VALUE ...]

Idempotent: topics that exist are left unchanged, and a partition count that differs from the
definition is reported, never altered (repartitioning moves keys between partitions).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confluent_kafka import KafkaException
from confluent_kafka.admin import AdminClient, NewTopic
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from emr_deid.schemas.validation import describe_validation_error, read_yaml

DEFAULT_DEFINITIONS = Path(__file__).resolve().parent.parent / "deploy" / "kafka" / "topics.yaml"


class TopicDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=249, pattern=r"^[A-Za-z0-9._-]+$")
    purpose: str = ""
    partitions: int = Field(ge=1)
    replication_factor: int = Field(ge=1)
    config: dict[str, str] = Field(default_factory=dict)


class TopicDefinitions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    topics: list[TopicDefinition] = Field(min_length=1)


def read_definitions(path: str | Path) -> TopicDefinitions:
    data = read_yaml(Path(path), f"topic definitions {path}", ValueError)
    try:
        return TopicDefinitions.model_validate(data)
    except ValidationError as error:
        raise ValueError(describe_validation_error(error, f"topic definitions in {path}")) from None


def ensure_topics(
    admin: AdminClient, definitions: TopicDefinitions, replication_factor: int | None = None
) -> dict[str, str]:
    """Creates the missing topics; returns what happened to each: created, exists, or a partition mismatch."""
    existing = admin.list_topics(timeout=30).topics
    outcome: dict[str, str] = {}
    missing = []
    for topic in definitions.topics:
        if topic.name in existing:
            partitions = len(existing[topic.name].partitions)
            outcome[topic.name] = (
                "exists"
                if partitions == topic.partitions
                else f"exists with {partitions} partitions, defined {topic.partitions}"
            )
        else:
            missing.append(
                NewTopic(
                    topic.name,
                    num_partitions=topic.partitions,
                    replication_factor=replication_factor or topic.replication_factor,
                    config=dict(topic.config),
                )
            )
    for name, future in (admin.create_topics(missing) if missing else {}).items():
        try:
            future.result(timeout=60)
            outcome[name] = "created"
        except KafkaException as error:
            outcome[name] = f"failed: {error.args[0].str()}"
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m emr_deid.pipelines.topics", description=__doc__.split("\n")[0])
    parser.add_argument("--bootstrap-servers", required=True)
    parser.add_argument("--definitions", default=str(DEFAULT_DEFINITIONS))
    parser.add_argument("--replication-factor", type=int, help="override every definition's (e.g. 1 for one broker)")
    parser.add_argument("--command-config", action="append", default=[], metavar="KEY=VALUE",
                        help="admin client setting (security.protocol, sasl.*, ssl.*); repeatable")  # fmt: skip
    args = parser.parse_args(argv)
    try:
        definitions = read_definitions(args.definitions)
    except ValueError as error:
        print(f"topics: {error}", file=sys.stderr)
        return 2
    settings = dict(pair.split("=", 1) for pair in args.command_config if "=" in pair)
    admin = AdminClient({"bootstrap.servers": args.bootstrap_servers, **settings})
    outcome = ensure_topics(admin, definitions, args.replication_factor)
    for name, what in outcome.items():
        print(f"{name}: {what}")
    return 1 if any(what.startswith("failed") for what in outcome.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
