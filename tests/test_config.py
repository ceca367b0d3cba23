"""Configuration: defaults, the YAML file, flags over the file, and errors that name the key."""

from __future__ import annotations

import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from emr_deid.pipelines.config import ConfigError, DeidConfig, load_config
from emr_deid.pipelines.options import DeidOptions, resolve_config


def _write(tmp_path, text):
    path = tmp_path / "emr-deid.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_defaults():
    assert load_config(None) == DeidConfig()
    assert DeidConfig().masking.profile == "research"


def test_unknown_key_is_named_with_its_section(tmp_path):
    path = _write(tmp_path, "masking:\n  profle: research\n")
    with pytest.raises(ConfigError, match=r"masking\.profle: unknown key"):
        load_config(path)


def test_wrong_type_names_key_and_expectation(tmp_path):
    path = _write(tmp_path, "output:\n  window_seconds: soon\n")
    with pytest.raises(ConfigError, match=r"output\.window_seconds: Input should be a valid integer"):
        load_config(path)


def test_unsupported_language_is_rejected(tmp_path):
    path = _write(tmp_path, "detection:\n  languages: [ko, ja]\n")
    with pytest.raises(ConfigError, match=r"detection\.languages\.1: Input should be 'ko', 'zh' or 'en'"):
        load_config(path)


def test_unknown_version_and_bad_yaml(tmp_path):
    with pytest.raises(ConfigError, match="configuration version 1, not 7"):
        load_config(_write(tmp_path, "version: 7\n"))
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(_write(tmp_path, "kafka: [unclosed\n"))
    with pytest.raises(ConfigError, match="expected a mapping"):
        load_config(_write(tmp_path, "- a list\n"))
    with pytest.raises(ConfigError, match="cannot read configuration"):
        load_config(tmp_path / "missing.yaml")


def test_flags_override_the_file(tmp_path):
    path = _write(
        tmp_path,
        "kafka:\n  topics: [a]\n  consumer: {security.protocol: SSL}\nmasking:\n  profile: safe-harbor\n",
    )
    options = PipelineOptions(
        [
            f"--config={path}",
            "--bootstrap-servers=127.0.0.1:9092",
            "--topics=hl7, fhir",
            "--consumer_config=sasl.mechanism=PLAIN",
            "--profile=research",
            "--detect_processes=0",
            "--output=/tmp/lake",
        ]
    ).view_as(DeidOptions)
    config = resolve_config(options)
    assert config.kafka.bootstrap_servers == "127.0.0.1:9092"
    assert config.kafka.topics == ["hl7", "fhir"]
    assert config.kafka.consumer == {"security.protocol": "SSL", "sasl.mechanism": "PLAIN"}
    assert config.masking.profile == "research"
    assert config.detection.processes == 0
    assert config.output.lake == "/tmp/lake"


def test_flags_are_validated_like_the_file():
    options = PipelineOptions(["--window_seconds=0"]).view_as(DeidOptions)
    with pytest.raises(ConfigError, match=r"output\.window_seconds: Input should be greater than or equal to 1"):
        resolve_config(options)
    with pytest.raises(ValueError, match="KEY=VALUE"):
        resolve_config(PipelineOptions(["--consumer_config=novalue"]).view_as(DeidOptions))
