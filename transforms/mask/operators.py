"""The keyed operators as Presidio anonymizer operators, registered on an `AnonymizerEngine`.

Presidio's built-in `replace` (for tags), `redact`, `mask` and `keep` serve the plain operators; these
four add what Presidio lacks: keyed pseudonyms (Presidio's `hash` is salted per call unless given a key),
surrogates, per-patient date shifts and generalisation. Each receives an `OperatorContext` in its params:
the key and the patient's date offset, never in a form a log line could show.
"""

from __future__ import annotations

from dataclasses import dataclass

from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Operator, OperatorType

from emr_deid.transforms.mask import dates, generalize, pseudonym, surrogates
from emr_deid.transforms.mask.keys import MaskingKey


@dataclass(frozen=True)
class OperatorContext:
    """Per-note context: the key, the patient's date offset and the year that places year-less dates."""

    key: MaskingKey | None
    date_offset_days: int
    reference_year: int | None


class _KeyedOperator(Operator):
    """Params: `context` (an OperatorContext) and `phi_type` (the entity type behind the span)."""

    needs_key = True

    def validate(self, params: dict | None = None) -> None:
        params = params or {}
        context = params.get("context")
        if not isinstance(context, OperatorContext):
            raise InvalidParamError(f"{self.operator_name()} needs an OperatorContext in params['context']")
        if self.needs_key and context.key is None:
            raise InvalidParamError(f"{self.operator_name()} needs a masking key")
        if not params.get("phi_type"):
            raise InvalidParamError(f"{self.operator_name()} needs params['phi_type']")

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class PseudonymOperator(_KeyedOperator):
    """`PERSON_3f9a1c2b`: keyed HMAC-SHA256 of the normalised value, stable across processes."""

    def operate(self, text: str, params: dict | None = None) -> str:
        return pseudonym.pseudonym(params["context"].key, params["phi_type"], text, params.get("hex_digits", 8))

    def operator_name(self) -> str:
        return "pseudonym"


class SurrogateOperator(_KeyedOperator):
    """A realistic replacement in the same language and format, chosen by the keyed hash of the value."""

    def operate(self, text: str, params: dict | None = None) -> str:
        context, entity_type = params["context"], params["phi_type"]
        seed = pseudonym.value_digest(context.key, "surrogate", entity_type, text)
        return surrogates.surrogate(entity_type, text, seed, surrogates.SurrogateContext(context.date_offset_days))

    def operator_name(self) -> str:
        return "surrogate"


class DateShiftOperator(_KeyedOperator):
    """The date moved by the patient's offset and re-rendered in its own form, or reduced to its year.

    The masker sends only spans `dates.parse_date` reads; others go to the profile's fallback.
    """

    needs_key = False  # a zero shift (year-only profiles) needs none; the masker checks the profile

    def operate(self, text: str, params: dict | None = None) -> str:
        context = params["context"]
        parsed = dates.parse_date(text, context.reference_year)
        if params.get("year_only"):
            return dates.year_only(parsed)
        return dates.shift(parsed, context.date_offset_days)

    def operator_name(self) -> str:
        return "date_shift"


class GeneralizeOperator(_KeyedOperator):
    """Ages 90 and over to 90+, places to their province, postcodes truncated, dates to their year."""

    needs_key = False

    def operate(self, text: str, params: dict | None = None) -> str:
        return generalize.generalize(params["phi_type"], text, params.get("postcode_digits", 3))

    def operator_name(self) -> str:
        return "generalize"


OPERATORS: tuple[type[Operator], ...] = (PseudonymOperator, SurrogateOperator, DateShiftOperator, GeneralizeOperator)
