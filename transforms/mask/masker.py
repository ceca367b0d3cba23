"""The Masker: a profile's operators applied to note text, note fields and FHIR resources.

Overlapping entities are merged first (their union is masked, typed by the longest member), so no
character of a detected span is ever left raw. Each span then gets its own Presidio `OperatorConfig`
(the engine keys configs by entity type, so spans are keyed `TYPE#index`): the profile's operator, or
its fallback when that operator cannot read the span (a date in no known form, an address without a
province). Only offsets, types and operator names leave this module, never a raw value.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Mapping, Sequence

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult
from presidio_anonymizer.operators import OperatorType

from emr_deid.pipelines.config import MaskingConfig
from emr_deid.schemas.audit import AuditRecord, AuditSpan
from emr_deid.schemas.entity import Entity, EntityType
from emr_deid.schemas.note import Note
from emr_deid.transforms.mask import dates, generalize
from emr_deid.transforms.mask.keys import MaskingKey, MaskingKeyError, load_key
from emr_deid.transforms.mask.operators import OPERATORS, OperatorContext
from emr_deid.transforms.mask.policy import OperatorSpec, PolicySet, Profile, load_policies
from emr_deid.transforms.mask.pseudonym import record_pseudonym

DEFAULT_PROFILE = "tags"


@dataclasses.dataclass(frozen=True)
class MaskedText:
    text: str
    applied: tuple[AuditSpan, ...]  # per masked span: offsets before and after, type, operator
    policy_version: str
    profile: str


@dataclasses.dataclass(frozen=True)
class _Span:
    start: int
    end: int
    type: str


def merge_overlaps(entities: Sequence[Entity], text_length: int) -> list[_Span]:
    """Non-overlapping spans covering every entity; an overlap becomes one span typed by its longest member."""
    for entity in entities:
        if not 0 <= entity.start < entity.end <= text_length:
            raise ValueError(
                f"entity {entity.type} at [{entity.start}, {entity.end}) is outside a text of {text_length} characters"
            )
    merged: list[tuple[int, int, Entity]] = []  # (start, end, longest member)
    for entity in sorted(entities, key=lambda e: (e.start, -e.end, -e.score, e.type)):
        if merged and entity.start < merged[-1][1]:
            start, end, longest = merged[-1]
            if entity.end - entity.start > longest.end - longest.start:
                longest = entity
            merged[-1] = (start, max(end, entity.end), longest)
        else:
            merged.append((entity.start, entity.end, entity))
    return [_Span(start, end, longest.type) for start, end, longest in merged]


class Masker:
    """Applies one profile of a policy set with one key; safe to share across threads (no mutable state)."""

    def __init__(self, policies: PolicySet, profile: str, key: MaskingKey | None) -> None:
        self.policies = policies
        self.profile_name = profile
        self.profile: Profile = policies.profile(profile)
        if self.profile.needs_key and key is None:
            raise MaskingKeyError(
                f"masking profile {profile!r} needs a secret key: give --key-file FILE or set the key's "
                "environment variable (EMR_DEID_KEY unless --key-env says otherwise); "
                "--demo-key runs with a public key, for demonstrations only"
            )
        self._key = key
        self._engine = AnonymizerEngine()
        for operator in OPERATORS:
            self._engine.add_anonymizer(operator)

    @classmethod
    def from_config(cls, config: MaskingConfig) -> Masker:
        """Loads the policy file (or the shipped one) and the key; refuses a keyed profile without a key."""
        policies = load_policies(config.policy_file)
        profile = policies.profile(config.profile)
        key = load_key(config.key_file, config.key_env, config.demo_key and profile.needs_key)
        return cls(policies, config.profile, key)

    @property
    def policy_version(self) -> str:
        return self.policies.version

    # ---- record ids --------------------------------------------------------------------------------

    def record_id(self, kind: str, record_id: str | None) -> str | None:
        """A patient, encounter or FHIR resource id as the profile publishes it: pseudonymised, or dropped.

        "Patient/123" and "123" are the same patient: a key written as a reference loses its type first.
        """
        if record_id is None or self.profile.records == "redact":
            return None
        return record_pseudonym(self._key, kind, record_id.removeprefix(f"{kind}/"))

    def patient_pseudonym(self, patient_key: str | None) -> str | None:
        return self.record_id("Patient", patient_key)

    # ---- text --------------------------------------------------------------------------------------

    def _context(self, patient_key: str | None, authored: str | None) -> OperatorContext:
        shift = self.profile.date_shift
        offset = dates.patient_offset_days(self._key, patient_key, shift.min_days, shift.max_days)
        return OperatorContext(self._key, offset, dates.reference_year(authored))

    def _plan(
        self, entity_type: str, value: str, context: OperatorContext
    ) -> tuple[OperatorSpec, OperatorSpec, bool, OperatorConfig]:
        """The profile's operator for a span, the one used (its fallback where it cannot read the value),
        whether that is the fallback, and the Presidio configuration of the one used."""
        spec = self.profile.operator_for(entity_type)
        fallback = not self._applicable(spec, entity_type, value, context)
        used = self.profile.fallback if fallback else spec
        return spec, used, fallback, self._operator_config(used, entity_type, value, context)

    def _applicable(self, spec: OperatorSpec, entity_type: str, value: str, context: OperatorContext) -> bool:
        if spec.operator == "date_shift":
            parsed = dates.parse_date(value, context.reference_year)
            return parsed is not None and (not spec.year_only or parsed.has_year)
        if spec.operator == "generalize":
            return generalize.generalize(entity_type, value, spec.postcode_digits) is not None
        return True

    @staticmethod
    def _operator_config(spec: OperatorSpec, entity_type: str, value: str, context: OperatorContext) -> OperatorConfig:
        if spec.operator == "tag":
            return OperatorConfig("replace", {"new_value": f"[{entity_type}]"})
        if spec.operator == "mask":
            return OperatorConfig("mask", {"masking_char": spec.char, "chars_to_mask": len(value), "from_end": False})
        if spec.operator in ("redact", "keep"):
            return OperatorConfig(spec.operator)
        params = spec.model_dump(exclude={"operator", "flag"})
        return OperatorConfig(spec.operator, {**params, "context": context, "phi_type": entity_type})

    def mask(
        self,
        text: str,
        entities: Sequence[Entity],
        patient_key: str | None,
        lang: str | None = None,
        authored: str | None = None,
    ) -> MaskedText:
        """The text with every entity masked by the profile; `patient_key` selects the date offset.

        `authored` (ISO 8601) places dates written without a year. `lang` is accepted for callers that
        know it; surrogates follow the script of each span itself, which is what must match.
        """
        context = self._context(patient_key, authored)
        spans = merge_overlaps(entities, len(text))
        results, configs, plans = [], {}, []
        for index, span in enumerate(spans):
            spec, used, fallback, config = self._plan(span.type, text[span.start : span.end], context)
            slot = f"{span.type}#{index}"
            results.append(RecognizerResult(entity_type=slot, start=span.start, end=span.end, score=1.0))
            configs[slot] = config
            plans.append((used.operator, spec.flag, fallback))
        result = self._engine.anonymize(text, results, configs, merge_entities_with_spaces=False)
        new_offsets = {item.entity_type: (item.start, item.end) for item in result.items}
        applied = tuple(
            AuditSpan(span.type, operator, span.start, span.end, *new_offsets[f"{span.type}#{index}"], flag, fallback)
            for index, (span, (operator, flag, fallback)) in enumerate(zip(spans, plans, strict=True))
        )
        return MaskedText(result.text, applied, self.policies.version, self.profile_name)

    def mask_value(self, value: str, entity_type: str, patient_key: str | None) -> tuple[str, str]:
        """One structured value masked as a single entity of the type: (masked value, operator used).

        The value is its own one span, so its operator is applied as Presidio's engine applies it (same
        parameters, the span keyed `TYPE#0`), without the engine's sorting, conflict checks and splicing,
        which were a fifth of the FHIR rebuild's time; the result is what `mask` gives.
        """
        if not value:
            return value, "keep"
        _, used, _, config = self._plan(entity_type, value, self._context(patient_key, None))
        operator = self._engine.operators_factory.create_operator_class(config.operator_name, OperatorType.Anonymize)
        params = {**config.params, "entity_type": f"{entity_type}#0"}
        operator.validate(params=params)
        return operator.operate(params=params, text=value), used.operator

    # ---- notes and resources -----------------------------------------------------------------------

    def mask_note(
        self, note: Note, entities: Sequence[Entity], *, model_versions: Mapping[str, str] | None = None
    ) -> tuple[Note, AuditRecord]:
        """The note with its text masked, its keys pseudonymised, its known PHI dropped; and its audit record."""
        masked = self.mask(
            note.text, entities, note.patient_key, note.languages[0] if note.languages else None, note.authored
        )
        masked_note = dataclasses.replace(
            note,
            text=masked.text,
            patient_key=self.patient_pseudonym(note.patient_key),
            encounter_key=self.record_id("Encounter", note.encounter_key),
            authored=self._structured_date(note.authored, note.patient_key),
            known_phi=(),
            fhir_context=self._masked_fhir_context(note.fhir_context),
        )
        audit = AuditRecord(
            note_id=note.note_id,
            patient_pseudonym=masked_note.patient_key,
            profile=self.profile_name,
            policy_version=self.policies.version,
            spans=masked.applied,
            model_versions=tuple(sorted((model_versions or {}).items())),
        )
        return masked_note, audit

    def _structured_date(self, value: str | None, patient_key: str | None) -> str | None:
        """An ISO date or dateTime field as the DATE operator leaves it, or None when that is no date."""
        if not value:
            return None
        masked, _ = self.mask_value(value, EntityType.DATE, patient_key)
        return masked if dates.parse_date(masked) is not None else None

    def _masked_fhir_context(self, context: dict) -> dict:
        """The note's pointer into its message's resources, aimed at the masked ones (ids pseudonymised)."""
        masked = dict(context)
        if masked.get("resource_id") is not None:
            masked["resource_id"] = self.record_id(masked.get("resource_type", ""), masked["resource_id"])
        return masked

    def mask_hl7_pid(
        self, segment: str, patient_key: str | None, field_separator: str = "|", encoding: str = "^~\\&"
    ) -> str:
        """An HL7 v2 PID segment with its identifying components masked (see `hl7.mask_pid`)."""
        from emr_deid.transforms.mask.hl7 import mask_pid

        return mask_pid(self, segment, patient_key, field_separator, encoding)

    def mask_fhir_resource(self, resource: dict, patient_key: str | None) -> dict:
        """A masked copy of an R4 resource (or Bundle), with `meta.security` labels for what was applied."""
        from emr_deid.transforms.mask.fhir import FhirMasking

        return FhirMasking(self, patient_key).resource(resource)


# ---- command line ---------------------------------------------------------------------------------


def add_policy_arguments(parser: argparse.ArgumentParser) -> None:
    """`--policy/--policy-file/--key-file/--key-env/--demo-key`, for `emr-deid mask` and the pipeline."""
    group = parser.add_argument_group("masking policy")
    group.add_argument(
        "--policy",
        default=DEFAULT_PROFILE,
        metavar="PROFILE",
        help=f"masking profile: tags, safe-harbor, research, external-sharing (default: {DEFAULT_PROFILE})",
    )
    group.add_argument("--policy-file", metavar="FILE", help="policy YAML (default: the shipped policies)")
    group.add_argument("--key-file", metavar="FILE", help="file holding the secret masking key")
    group.add_argument(
        "--key-env",
        default=MaskingConfig.model_fields["key_env"].default,
        metavar="NAME",
        help="environment variable holding the key when no --key-file is given (default: %(default)s)",
    )
    group.add_argument(
        "--demo-key",
        action="store_true",
        help="use the PUBLIC demo key when no key is configured (demonstrations only, never real data)",
    )


def masking_config_from_args(args: argparse.Namespace) -> MaskingConfig:
    return MaskingConfig(
        profile=args.policy,
        policy_file=args.policy_file,
        key_file=args.key_file,
        key_env=args.key_env,
        demo_key=args.demo_key,
    )
