"""Masking policies: named profiles mapping every entity type to an operator, by tier and by type.

A policy file is YAML, validated here so that a mistake names its key and what was expected, and
versioned: the version is written into every masked record and audit record. A profile gives an
operator per tier (1 direct identifiers, 2 quasi-identifiers, 3 sensitive clinical facts) and may
override it per entity type; after both, every EntityType must have an operator.
"""

from __future__ import annotations

from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from emr_deid.schemas.entity import ENTITY_TIERS, EntityType, Tier
from emr_deid.schemas.validation import describe_validation_error, read_yaml

SHIPPED_POLICIES = "policies.yaml"
# Types `generalize` knows how to coarsen; anything else is a policy error, not a silent fallback.
GENERALIZABLE = frozenset(
    {EntityType.AGE_OVER_89, EntityType.ADDRESS, EntityType.LOCATION, EntityType.POSTCODE, EntityType.DATE}
)

# A surrogate of these would be a random replacement that misleads: dates shift, ages generalise.
NO_SURROGATE = frozenset(
    {EntityType.DATE, EntityType.AGE_OVER_89, EntityType.SENSITIVE_STD, EntityType.SENSITIVE_PREGNANCY}
)


class PolicyError(ValueError):
    """A policy file or profile that cannot be used; the message says where and why."""


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    # Keep the span but mark it in the applied list and the audit (tier 3 in research).
    flag: bool = False


class TagSpec(_Spec):
    operator: Literal["tag"]


class RedactSpec(_Spec):
    operator: Literal["redact"]


class MaskSpec(_Spec):
    operator: Literal["mask"]
    char: str = Field(default="*", min_length=1, max_length=1)


class KeepSpec(_Spec):
    operator: Literal["keep"]


class PseudonymSpec(_Spec):
    operator: Literal["pseudonym"]
    hex_digits: int = Field(default=8, ge=6, le=32)


class SurrogateSpec(_Spec):
    operator: Literal["surrogate"]


class DateShiftSpec(_Spec):
    operator: Literal["date_shift"]
    year_only: bool = False


class GeneralizeSpec(_Spec):
    operator: Literal["generalize"]
    postcode_digits: int = Field(default=3, ge=0, le=5)


OperatorSpec = Annotated[
    TagSpec | RedactSpec | MaskSpec | KeepSpec | PseudonymSpec | SurrogateSpec | DateShiftSpec | GeneralizeSpec,
    Field(discriminator="operator"),
]
# Operators that cannot fail on any span: the only ones allowed as a profile's fallback.
FallbackSpec = Annotated[TagSpec | RedactSpec | MaskSpec, Field(discriminator="operator")]
KEYED_OPERATORS = frozenset({"pseudonym", "surrogate", "date_shift"})


class DateShiftRange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_days: int = Field(default=-365, ge=-36500, le=36500)
    max_days: int = Field(default=-1, ge=-36500, le=36500)

    @model_validator(mode="after")
    def _ordered(self) -> DateShiftRange:
        if self.min_days > self.max_days:
            raise ValueError("min_days must not be greater than max_days")
        return self


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = ""
    # For spans an operator cannot handle (an unparseable date, an address without a province).
    fallback: FallbackSpec = TagSpec(operator="tag")
    date_shift: DateShiftRange = DateShiftRange()
    # Patient and encounter keys, FHIR ids and references: pseudonymised (consistent links) or dropped.
    records: Literal["pseudonym", "redact"] = "pseudonym"
    tiers: dict[Tier, OperatorSpec] = Field(default_factory=dict)
    entities: dict[EntityType, OperatorSpec] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _complete_and_applicable(self) -> Profile:
        missing = [str(t) for t in EntityType if t not in self.entities and ENTITY_TIERS[t] not in self.tiers]
        if missing:
            raise ValueError(f"no operator for entity types {', '.join(missing)} (add them or a tier default)")
        for entity_type in EntityType:
            spec = self.operator_for(entity_type)
            if spec.operator == "generalize" and entity_type not in GENERALIZABLE:
                raise ValueError(f"generalize cannot apply to {entity_type}")
            if spec.operator == "surrogate" and entity_type in NO_SURROGATE:
                raise ValueError(f"surrogate cannot apply to {entity_type} (dates: date_shift, ages: generalize)")
            if spec.operator == "date_shift" and entity_type != EntityType.DATE:
                raise ValueError(f"date_shift applies to DATE only, not {entity_type}")
        return self

    def operator_for(self, entity_type: str) -> OperatorSpec:
        """The type's own operator, else its tier's; unknown types (a newer detector) get the fallback."""
        try:
            entity_type = EntityType(entity_type)
        except ValueError:
            return self.fallback
        return self.entities.get(entity_type) or self.tiers[ENTITY_TIERS[entity_type]]

    @cached_property
    def needs_key(self) -> bool:
        """A keyed operator, a non-zero date shift or pseudonymous record ids need the secret key."""
        if self.records == "pseudonym":
            return True
        for entity_type in EntityType:
            spec = self.operator_for(entity_type)
            if spec.operator in ("pseudonym", "surrogate"):
                return True
            if spec.operator == "date_shift" and (self.date_shift.min_days, self.date_shift.max_days) != (0, 0):
                return True
        return False


class PolicySet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str = Field(min_length=1)
    profiles: dict[str, Profile] = Field(min_length=1)

    def profile(self, name: str) -> Profile:
        try:
            return self.profiles[name]
        except KeyError:
            known = ", ".join(sorted(self.profiles))
            raise PolicyError(f"unknown masking profile {name!r}; this policy file has: {known}") from None


def parse_policies(data: object, origin: str = "<policy>") -> PolicySet:
    if not isinstance(data, dict):
        raise PolicyError(f"invalid masking policy in {origin}: expected a mapping at the top level")
    try:
        return PolicySet.model_validate(data)
    except ValidationError as error:
        raise PolicyError(describe_validation_error(error, f"masking policy in {origin}")) from None


def load_policies(path: str | Path | None = None) -> PolicySet:
    """Reads and validates a policy file; None reads the policies shipped with the package."""
    if path is None:
        source = resources.files(__package__).joinpath(SHIPPED_POLICIES)
        origin = f"the shipped {SHIPPED_POLICIES}"
    else:
        source = Path(path)
        origin = str(path)
    return parse_policies(read_yaml(source, f"masking policy {origin}", PolicyError), origin)
