"""Masked FHIR resources of one message: structured fields masked, every note's masked text written back.

`Masker.mask_fhir_resource` masks structured elements and drops the top-level narrative, but it
leaves free-text elements (a Composition section's narrative, `conclusion`, `valueString`,
`note[].text`, a Binary's `data`) as they were: those are the notes, masked on their own path. So
each masked note is written back over its element here; a resource is only published after that.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass

from emr_deid.schemas import Note
from emr_deid.schemas.audit import AuditSpan
from emr_deid.transforms.mask.fhir import label_resource
from emr_deid.transforms.mask.masker import Masker
from emr_deid.transforms.parse import writeback


@dataclass(frozen=True)
class MaskedNote:
    """A note after masking, with its spans: what the FHIR rebuild and the lake writers need."""

    note: Note  # masked text, pseudonymised keys, `fhir_context` pointing into the message's resources
    spans: tuple[AuditSpan, ...]
    profile: str = ""
    policy_version: str = ""


def narrative_replacements(masked: MaskedNote) -> list[tuple[int, int, str]]:
    """The masking as (start, end, replacement) in the original text, for XHTML write-back."""
    return [(s.start, s.end, masked.note.text[s.new_start : s.new_end]) for s in masked.spans]


def rebuild_resources(
    resources: list[dict], masked_notes: Iterable[MaskedNote], patient_key: str | None, masker: Masker
) -> list[dict]:
    """Masked copies of `resources` (one message's FHIR resources) with its masked notes written back.

    Narratives are rewritten through their XHTML offset map, which refers to the original text: the
    spans' original offsets say where each replacement goes.
    """
    masked = [masker.mask_fhir_resource(resource, patient_key) for resource in resources]
    for masked_note in masked_notes:
        context = masked_note.note.fhir_context
        if not context:
            continue
        if context["encoding"] == "xhtml":
            resource, original = masked[context["entry"]], resources[context["entry"]]
            if context["element"] == "text.div" and "text" not in resource:
                # the masker drops the top-level narrative; it comes back only as rewritten here
                resource["text"] = copy.deepcopy(original["text"])
            writeback.write_narrative(masked, context, narrative_replacements(masked_note))
        else:
            writeback.write_text(masked, context, masked_note.note.text)
        label_resource(masked[context["entry"]], {span.operator for span in masked_note.spans})
    return masked
