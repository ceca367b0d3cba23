"""Identifiers known by their label: accession, account, specimen and device numbers (ID), driver's
licences, passports and insurance member numbers.

A bare alphanumeric run may be a lot number, a dose or a lab value, so each class matches a value only
right after its own label ("Accession: RAD-53-999680", "passport E28600751", "Insurance member ID:
9RQ0-HD5-NX92"). The labels are English, which Korean and Chinese notes use too ("Acc#", "Passport No."),
so these run for every language; the Korean and Chinese labels of such numbers are in
`emr_deid.recognizers.ko.identifier` and `emr_deid.recognizers.zh.identifier`. The value must hold
enough digits to be an identifier and not a word ("Accession: pending", "Visit ID: see below").
"""

from __future__ import annotations

import re

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer

# "No.", "Number", "#", "ID" after a label word, then ":" or "#" or "=", spaces anywhere.
_SUFFIX = r"(?:No\.?|Nbr\.?|Num(?:ber)?|ID|#|Code)"
# Then the value, which forms may print in brackets: "Member ID: [W123456789]", "(ID W123456789)"; a label in
# brackets ends with its bracket: "Photo ID (driver's license) 123456789".
_GAP = r"[ \t]*\)?[ \t]*(?:[:#=：][ \t]*)?(?:[(\[][ \t]*)?"
# Letters, digits and inner hyphens or dots (ACC756119536, RAD-53-999680, 9RQ0-HD5-NX92, S123.456.78).
# At least one digit in the value, so that a label followed by words gives no match rather than a wrong one.
_VALUE = r"(?=[A-Za-z.-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[-.](?=[A-Za-z0-9])){3,24}(?![A-Za-z0-9])"
_MIN_DIGITS = 4
# The issuing state between a licence label and its number: "(CA)", or two letters before a space ("TX").
_ISSUER = r"(?:[ \t]*(?:\([A-Z]{2}\)|[A-Z]{2}(?=[ \t])))?"


def _labelled(label: str) -> str:
    """`label` (case-insensitive), its suffix and separator, then the value; the span is the value alone."""
    return ASCII_WORDS + rf"(?<![A-Za-z0-9])(?i:{label}){_GAP}\K{_VALUE}"


class _LabelledIdentifierRecognizer(EnglishPatternRecognizer):
    """A value after one of `LABELS`; subclasses name the labels and the entity."""

    LABELS: tuple[str, ...] = ()
    SCORE = 0.9
    MIN_DIGITS = _MIN_DIGITS
    REGEX_FLAGS = re.MULTILINE

    def __init__(self, supported_language: str | None = None, supported_entity: str | None = None, **kwargs):
        patterns = [Pattern(f"value after its label ({index})", _labelled(label), self.SCORE)
                    for index, label in enumerate(self.LABELS)]  # fmt: skip
        super().__init__(supported_language, supported_entity, patterns=patterns, **kwargs)

    def validate_result(self, pattern_text: str) -> bool | None:
        """Enough digits to be an identifier: "Accession: pending" or "Visit ID: see below" are not."""
        return None if sum(char.isdigit() for char in pattern_text) >= self.MIN_DIGITS else False


class LabelledIdentifierRecognizer(_LabelledIdentifierRecognizer):
    """Numbers of an exam, a specimen, a visit, an account, a claim or a device (EntityType.ID)."""

    LABELS = (
        # Words that name an identifier by themselves: the suffix is optional ("Accession: ...", "Acct 123").
        rf"(?:Accession|Acc|Account|Acct|Specimen|Requisition|Claim|CSN|FIN|HAR|UDI)\.?[ \t]*{_SUFFIX}?",
        # Words that name an identifier only with a suffix ("Visit #", "Encounter ID", "Serial No.").
        r"(?:Visit|Encounter|Episode|Admission|Order|Case|Exam|Study|Sample|Slide|Block|Pathology|Path|Lab"
        r"|Device|Implant|Serial|Lot|Billing|Invoice|Receipt|Transaction|Reference|Ref|Ticket|Barcode|Tracking"
        r"|Referral|Registry|Authori[sz]ation|Confirmation)"
        # a registry's acronym may stand between the word and its suffix: "State registry (IIS) ID"
        rf"\.?(?:[ \t]*\([A-Z]{{2,6}}\))?[ \t]*{_SUFFIX}",
        r"S/N|SN(?=[ \t]*[:#])",
    )
    CONTEXT = ["accession", "account", "acct", "specimen", "requisition", "claim", "encounter", "episode", "order",
               "serial", "device", "implant", "invoice", "receipt", "transaction", "reference", "ticket", "barcode",
               "tracking", "referral", "authorization", "confirmation"]  # fmt: skip
    ENTITY = "ID"


class DriverLicenseRecognizer(_LabelledIdentifierRecognizer):
    """Driver's licence numbers after an English label, with an optional issuing state ("DL (CA) D1234567")."""

    LABELS = (
        rf"(?:driver'?s?'?|driving)[ \t]+lic(?:en[cs]e)?\.?(?:[ \t]*{_SUFFIX})?{_ISSUER}",
        # A state ID card stands in for a licence, and is filed with it.
        rf"state[ \t]+ID(?:[ \t]*card)?(?:[ \t]*{_SUFFIX})?{_ISSUER}",
        rf"(?-i:DL|D/L|DLN)(?:[ \t]*{_SUFFIX})?{_ISSUER}(?=[ \t]*[:#]?[ \t]*[A-Z]?\d)",
    )
    CONTEXT = ["driver's license", "drivers license", "driver license", "driving licence", "DLN", "state ID"]
    ENTITY = "DRIVER_LICENSE"


class PassportRecognizer(_LabelledIdentifierRecognizer):
    """Passport numbers after an English label ("passport E28600751", "PP No: M12345678")."""

    LABELS = (rf"passport(?:[ \t]*{_SUFFIX})?", rf"(?-i:PP)[ \t]*{_SUFFIX}")
    CONTEXT = ["passport"]
    ENTITY = "PASSPORT"


class InsuranceMemberNumberRecognizer(_LabelledIdentifierRecognizer):
    """Health-insurance member, subscriber and policy numbers, Medicare (MBI) and Medicaid numbers."""

    LABELS = (
        rf"(?:health[ \t]+)?(?:insurance|insurer|payer)[ \t]+(?:member|subscriber|policy|group)?[ \t]*{_SUFFIX}",
        rf"(?:member|mbr|subscriber|sub|policy|beneficiary|ins|insured)\.?[ \t]*{_SUFFIX}",
        # The employer's plan: "Group #: 00123456"; "Group B strep" has no suffix and no number.
        r"group[ \t]*(?:No\.?|Num(?:ber)?|#)",
        rf"(?:Medicare|Medicaid|Medi-Cal|MBI|HICN|NHS)(?:[ \t]+beneficiary[ \t]+identifier)?(?:[ \t]*{_SUFFIX})?",
        # The insurer's name between the label and the number: "Primary insurance: Aetna PPO (ID W123456789)",
        # "Insurance: BCBS XYZ123456789"; not across a sentence or into another field.
        r"(?:insurance|insurer|payer|coverage)[ \t]*:[^\n:;.\d]{0,40}?[ \t(,]",
    )
    CONTEXT = ["insurance", "insurer", "payer", "coverage", "member", "subscriber", "policy", "beneficiary",
               "insured", "ins", "medicare", "medicaid", "medi-cal", "hicn"]  # fmt: skip
    ENTITY = "HEALTH_INSURANCE_NUMBER"
