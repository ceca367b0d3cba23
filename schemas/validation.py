"""How a pydantic validation error is told to a user: each problem as its dotted key and what was expected."""

from __future__ import annotations

from pydantic import ValidationError


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
