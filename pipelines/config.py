"""The YAML configuration file, validated so that a mistake names its key and what was expected.

Command-line flags (see `options.py`) override the file; the file overrides these defaults.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from emr_deid.recognizers.ner import MIN_SCORE
from emr_deid.schemas.validation import describe_validation_error, read_yaml

CONFIG_VERSION = 1


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message says where and why."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KafkaConfig(_Section):
    bootstrap_servers: str | None = None
    topics: list[str] = Field(default_factory=list)
    group_id: str = "emr-deid"
    # Passed to confluent-kafka as-is (security.protocol, sasl.*, ssl.* ...).
    consumer: dict[str, str | int | bool] = Field(default_factory=dict)
    bounded: bool = False


class InputConfig(_Section):
    # Files read by the file source; a directory means every *.hl7, *.json, *.ndjson below it.
    paths: list[str] = Field(default_factory=list)


class DetectionConfig(_Section):
    languages: list[Literal["ko", "zh", "en"]] = Field(default_factory=lambda: ["ko", "zh", "en"])
    score_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    use_ner_model: bool = True
    # The model's spans count only where no rule found anything, and only this confident.
    ner_min_score: float = Field(default=MIN_SCORE, ge=0.0, le=1.0)
    ner_batch_size: int = Field(default=32, ge=1, le=4096)
    # Processes detecting in each pipeline worker: 1 detects in the worker itself; more fork detection
    # workers from it (Linux), for runners that give a DoFn one core (the DirectRunner); 0 means one per core.
    processes: int = Field(default=1, ge=0, le=256)


class MaskingConfig(_Section):
    profile: str = "research"
    policy_file: str | None = None  # None: the policies shipped with the package
    key_file: str | None = None
    key_env: str = "EMR_DEID_KEY"
    demo_key: bool = False


class OutputConfig(_Section):
    lake: str = "lake"
    window_seconds: int = Field(default=60, ge=1)
    # Records later than this behind the watermark are dropped by Beam; within it they go to late panes.
    allowed_lateness_seconds: int = Field(default=86_400, ge=0)
    masked_topic: str | None = None
    dead_letter_topic: str | None = None


class DeidConfig(_Section):
    version: int = CONFIG_VERSION
    input: InputConfig = Field(default_factory=InputConfig)
    kafka: KafkaConfig = Field(default_factory=KafkaConfig)
    detection: DetectionConfig = Field(default_factory=DetectionConfig)
    masking: MaskingConfig = Field(default_factory=MaskingConfig)
    output: OutputConfig = Field(default_factory=OutputConfig)

    @field_validator("version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != CONFIG_VERSION:
            raise ValueError(f"this emr-deid reads configuration version {CONFIG_VERSION}, not {value}")
        return value


def parse_config(data: object, origin: str = "<config>") -> DeidConfig:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"invalid configuration in {origin}: expected a mapping at the top level")
    try:
        return DeidConfig.model_validate(data)
    except ValidationError as error:
        raise ConfigError(describe_validation_error(error, f"configuration in {origin}")) from None


def load_config(path: str | Path | None) -> DeidConfig:
    """Reads and validates a configuration file; no path gives the defaults."""
    if path is None:
        return DeidConfig()
    return parse_config(read_yaml(Path(path), f"configuration {path}", ConfigError), str(path))
