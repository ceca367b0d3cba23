"""The YAML recognizer registry: which recognizer classes run, for which languages, with what settings.

    version: 1
    recognizers:
      - class: emr_deid.recognizers.ko.phone.KoreanPhoneRecognizer
        languages: [ko]
      - class: presidio_analyzer.predefined_recognizers.EmailRecognizer
        languages: [ko, zh, en]
        params: {supported_entity: EMAIL_ADDRESS}
        enabled: false

Each entry is instantiated once per language as `cls(supported_language=lang, **params)`, as
Presidio's own recognizers are.
"""

from __future__ import annotations

import importlib
from importlib import resources
from pathlib import Path

from presidio_analyzer import EntityRecognizer
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from emr_deid.schemas.validation import describe_validation_error, read_yaml

REGISTRY_VERSION = 1


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names the entry and the problem."""


class RecognizerEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    class_path: str = Field(alias="class")
    languages: list[str]
    params: dict = Field(default_factory=dict)
    enabled: bool = True


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = REGISTRY_VERSION
    recognizers: list[RecognizerEntry]


def default_registry_path() -> Path:
    return Path(str(resources.files("emr_deid.recognizers") / "registry.yaml"))


def read_registry(path: str | Path | None = None) -> Registry:
    path = Path(path) if path else default_registry_path()
    data = read_yaml(path, f"recognizer registry {path}", RegistryError)
    try:
        registry = Registry.model_validate(data)
    except ValidationError as error:
        raise RegistryError(describe_validation_error(error, f"recognizer registry {path}")) from None
    if registry.version != REGISTRY_VERSION:
        raise RegistryError(f"recognizer registry {path} has version {registry.version}, not {REGISTRY_VERSION}")
    return registry


def _recognizer_class(class_path: str) -> type[EntityRecognizer]:
    module_name, _, class_name = class_path.rpartition(".")
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError, ValueError):
        raise RegistryError(f"recognizer class {class_path} cannot be imported") from None
    if not (isinstance(cls, type) and issubclass(cls, EntityRecognizer)):
        raise RegistryError(f"{class_path} is not a Presidio EntityRecognizer")
    return cls


def load_recognizers(path: str | Path | None = None, languages: list[str] | None = None) -> list[EntityRecognizer]:
    """Instances of every enabled registry entry, one per language (restricted to `languages`)."""
    recognizers = []
    for entry in read_registry(path).recognizers:
        if not entry.enabled:
            continue
        cls = _recognizer_class(entry.class_path)
        for language in entry.languages:
            if languages is None or language in languages:
                recognizers.append(cls(supported_language=language, **entry.params))
    return recognizers
