"""Reading the project's YAML files (configuration, policies, registry, topics) and telling a user what is wrong.

A pydantic validation error becomes one line per problem: its dotted key and what was expected.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path

import yaml
from pydantic import ValidationError


def read_yaml(source: Path | Traversable, what: str, error: type[Exception]) -> object:
    """The YAML document in `source`; an unreadable file or bad YAML raises `error` naming `what`."""
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as failure:
        raise error(f"cannot read {what}: {failure.strerror}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as failure:
        raise error(f"{what} is not valid YAML: {failure}") from None


def describe_validation_error(error: ValidationError, what: str) -> str:
    """`invalid <what>:` then one `  key.path: problem` line per problem."""
    lines = [f"invalid {what}:"]
    for problem in error.errors():
        key = ".".join(str(part) for part in problem["loc"]) or "(top level)"
        message = problem["msg"]
        if problem["type"] == "extra_forbidden":
            message = "unknown key (check its spelling and section)"
        lines.append(f"  {key}: {message}")
    return "\n".join(lines)
