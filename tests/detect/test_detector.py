"""Detector: the public API, an English nursing note end to end, and DetectEntities on the DirectRunner."""

from __future__ import annotations

from itertools import pairwise

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from emr_deid.pipelines.config import DetectionConfig
from emr_deid.recognizers.ner.inference import RECOGNIZER_NAME
from emr_deid.schemas import Entity, KnownPhi, Note, ParsedMessage, SourceCoordinates
from emr_deid.transforms.detect import DetectEntities, Detector, mask_with_tags

NURSING_NOTE = (
    "Pt Jane Doe, a 92-year-old F, admitted 03/05/2024 to Massachusetts General Hospital (MRN: 12345678). "
    "Hx Parkinson disease, HIV positive, G2P1. Son Thomas at bedside, call (617) 555-1234 or fax: 617.555.9876. "
    "Lives at 12 Oak Street, Boston, MA 02115. BP 120/80, HR 88. Dr. Lee started metformin 500 mg. "
    "Email jane.doe@example.com. SSN 219-09-9999. Signed by: Robert K. Brown, RN"
)


def test_english_nursing_note(detector):
    masked = mask_with_tags(NURSING_NOTE, detector.detect(NURSING_NOTE, lang="en"))
    assert masked == (
        "Pt [PERSON], a [AGE_OVER_89]-year-old F, admitted [DATE] to [HOSPITAL] (MRN: [MEDICAL_RECORD_NUMBER]). "
        "Hx Parkinson disease, [SENSITIVE_STD] positive, [SENSITIVE_PREGNANCY]. Son [PERSON] at bedside, call "
        "[PHONE_NUMBER] or fax: [PHONE_NUMBER]. Lives at [ADDRESS]. BP 120/80, HR 88. Dr. [PERSON] started "
        "metformin 500 mg. Email [EMAIL_ADDRESS]. SSN [US_SSN]. Signed by: [PERSON], RN"
    )


def test_results_are_sorted_non_overlapping_and_reproducible(detector):
    first = detector.detect(NURSING_NOTE)
    assert first == detector.detect(NURSING_NOTE) == Detector.from_config().detect(NURSING_NOTE)
    assert all(a.end <= b.start for a, b in pairwise(first))


def test_extra_entities_merge_under_the_same_rules(detector):
    text = "Seen by Dr. Lee Anne today"
    ner = [Entity(12, 20, "PERSON", 0.8, "OnnxNerRecognizer"), Entity(21, 26, "DATE", 0.3, "OnnxNerRecognizer")]
    entities = detector.detect(text, extra_entities=ner)
    assert entities == [Entity(12, 20, "PERSON", 0.85, "ClinicalPersonRecognizer")] or entities == [ner[0]]
    assert all(e.score >= detector.score_threshold for e in entities)


def test_configuration_restricts_languages_and_threshold():
    text = "Pt Jane Doe admitted 03/05/2024; 매독"
    english_only = Detector.from_config(DetectionConfig(languages=["en"], score_threshold=0.8))
    assert english_only.languages == ("en",)
    assert [e.type for e in english_only.detect(text)] == ["PERSON", "DATE", "SENSITIVE_STD"]
    # The rules alone, whose scores are fixed by their patterns: the name scores below 0.95, the date 1.0.
    strict = Detector.from_config(DetectionConfig(languages=["en"], score_threshold=0.95, use_ner_model=False))
    assert [e.type for e in strict.detect(text)] == ["DATE"]
    assert all(e.score >= 0.95 for e in Detector.from_config(DetectionConfig(score_threshold=0.95)).detect(text))


def _note(text: str, **kwargs) -> Note:
    return Note(
        note_id="n1", source=SourceCoordinates(file="x.hl7", line=0), message_type="ORU^R01", text=text, **kwargs
    )


def test_detect_note_uses_languages_and_known_phi(detector):
    note = _note("김민수님 내원", languages=("ko",), known_phi=(KnownPhi("PERSON", "김민수"),))
    assert [(e.start, e.end, e.type) for e in detector.detect_note(note)] == [(0, 3, "PERSON")]
    # Known PHI is searched whatever the languages configured: here no Korean recognizer runs at all.
    english_only = Detector.from_config(DetectionConfig(languages=["en"]))
    assert english_only.detect_note(note) == [Entity(0, 3, "PERSON", 0.95, "KnownPhiRecognizer")]


def test_detect_entities_on_the_direct_runner():
    notes = (_note("Seen by Dr. Lee on 03/05/2024."), _note("no identifiers here"))
    message = ParsedMessage("m1", notes)
    expected = [(message, [Detector.from_config().detect_note(notes[0]), []])]
    assert expected[0][1][0]
    with TestPipeline() as pipeline:
        found = pipeline | beam.Create([message]) | DetectEntities()
        assert_that(found, equal_to(expected))


def test_model_places_in_lowercase_prose_are_dropped_but_lowercase_names_stay(detector):
    text = "Lives 2 hours from the nearest hospital. Wife mary at bedside."
    model_spans = [
        Entity(text.index("hospital"), text.index("hospital") + 8, "HOSPITAL", 0.99, RECOGNIZER_NAME),
        Entity(text.index("mary"), text.index("mary") + 4, "PERSON", 0.99, RECOGNIZER_NAME),
    ]
    found = {(text[e.start : e.end], e.type) for e in detector._detect(text, "en", (), (), model_spans)}
    assert ("hospital", "HOSPITAL") not in found
    assert ("mary", "PERSON") in found
