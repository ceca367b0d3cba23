"""Topic definitions: the shipped file is valid, and creating topics is idempotent on the real broker."""

from __future__ import annotations

import uuid

import pytest
import yaml
from confluent_kafka.admin import AdminClient, ConfigResource

from emr_deid.pipelines.topics import DEFAULT_DEFINITIONS, TopicDefinitions, ensure_topics, main, read_definitions


def test_shipped_definitions_are_valid():
    definitions = read_definitions(DEFAULT_DEFINITIONS)
    assert {t.name for t in definitions.topics} >= {"emr.hl7v2.raw", "emr.fhir.raw", "emr.deid.dead-letters"}


def test_a_bad_definition_names_its_key(tmp_path):
    path = tmp_path / "topics.yaml"
    path.write_text("topics:\n  - name: x\n    partitons: 3\n    replication_factor: 1\n")
    with pytest.raises(ValueError, match=r"topics\.0\.partitons: unknown key"):
        read_definitions(path)


@pytest.mark.kafka
def test_topics_are_created_once_with_their_config(kafka_bootstrap, tmp_path):
    name = f"emr.test.{uuid.uuid4().hex[:8]}"
    path = tmp_path / "topics.yaml"
    path.write_text(yaml.safe_dump({"topics": [{"name": name, "partitions": 3, "replication_factor": 3,
                                                "config": {"retention.ms": "3600000"}}]}))  # fmt: skip
    args = ["--bootstrap-servers", kafka_bootstrap, "--definitions", str(path), "--replication-factor", "1"]
    assert main(args) == 0
    admin = AdminClient({"bootstrap.servers": kafka_bootstrap})
    assert len(admin.list_topics(timeout=30).topics[name].partitions) == 3
    resource = ConfigResource(ConfigResource.Type.TOPIC, name)
    config = admin.describe_configs([resource])[resource].result(timeout=30)
    assert config["retention.ms"].value == "3600000"

    definitions = TopicDefinitions.model_validate(yaml.safe_load(path.read_text()))
    assert ensure_topics(admin, definitions, replication_factor=1) == {name: "exists"}
    grown = definitions.model_copy(update={"topics": [definitions.topics[0].model_copy(update={"partitions": 6})]})
    assert ensure_topics(admin, grown, replication_factor=1) == {name: "exists with 3 partitions, defined 6"}
    admin.delete_topics([name])[name].result(timeout=30)
