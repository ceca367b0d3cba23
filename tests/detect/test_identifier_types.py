"""Generic identifiers take the type of the nearest label before them, from the registry's own context words."""

import pytest
from presidio_analyzer import Pattern, PatternRecognizer

from emr_deid.recognizers.registry import load_recognizers
from emr_deid.schemas import Entity, EntityType
from emr_deid.transforms.detect.identifier_types import WINDOW, IdentifierTyper


@pytest.fixture(scope="module")
def typer():
    return IdentifierTyper(load_recognizers())


def _id_at(text: str, value: str) -> Entity:
    start = text.index(value)
    return Entity(start, start + len(value), EntityType.ID, 0.9, "NerModelRecognizer")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("건강보험 지역가입자 12345678901", "12345678901", EntityType.HEALTH_INSURANCE_NUMBER),
        ("NHIS card 12345678901 확인", "12345678901", EntityType.HEALTH_INSURANCE_NUMBER),
        ("보험증 번호 - 12345678901", "12345678901", EntityType.HEALTH_INSURANCE_NUMBER),
        ("医保卡号（补办后）12345678901", "12345678901", EntityType.HEALTH_INSURANCE_NUMBER),
        ("MRN (old chart) 12345678", "12345678", EntityType.MEDICAL_RECORD_NUMBER),
        ("여권번호는 재발급 M12345678", "M12345678", EntityType.PASSPORT),
        ("MRN 12345678 / Accession 99887766", "99887766", EntityType.ID),  # the nearer label is a generic one
        ("보호자가 가져온 서류 12345678901", "12345678901", EntityType.ID),  # no label
        ("등록 번호 12345678", "12345678", EntityType.MEDICAL_RECORD_NUMBER),  # a Korean label written spaced
        ("건강보험:\n  12345678901", "12345678901", EntityType.HEALTH_INSURANCE_NUMBER),  # a label alone above
        ("건강보험 2024년 적용\n12345678901", "12345678901", EntityType.ID),  # above: a sentence, not a label
        ("건강보험\n참고 12345678901", "12345678901", EntityType.ID),  # the value does not open its line
        ("MRN " + "x" * WINDOW + " 12345678", "12345678", EntityType.ID),  # too far
        ("recorded 12345678", "12345678", EntityType.ID),  # "record" only as a word
        # In a table, the column's header names it, with or without a separator row under the header.
        ("| 성명 | 보험번호 |\n| 김민준 | 12345678901 |", "12345678901", EntityType.HEALTH_INSURANCE_NUMBER),
        ("| MRN | Passport |\n|---|---|\n| 12345678 | M1234567 |", "M1234567", EntityType.PASSPORT),
        ("| MRN | Passport |\n|---|---|\n| 12345678 | M1234567 |", "12345678", EntityType.MEDICAL_RECORD_NUMBER),
        ("| 성명 | 보험번호 | 비고 |\n| 김민준 | 12345678901 |", "12345678901", EntityType.ID),  # not its header
    ],
)
def test_an_id_takes_the_type_its_nearest_label_names(typer, text, value, expected):
    assert typer.retype(text, [_id_at(text, value)])[0].type == expected


def test_only_ids_are_retyped(typer):
    text = "건강보험 2024-03-05"
    date = Entity(5, 15, EntityType.DATE, 0.9, "KoreanDateRecognizer")
    assert typer.retype(text, [date]) == [date]


def test_a_word_in_two_types_context_is_no_cue():
    def recognizer(entity: str, context: list[str]) -> PatternRecognizer:
        return PatternRecognizer(entity, patterns=[Pattern("digits", r"\d+", 0.5)], context=context)

    typer = IdentifierTyper([recognizer("PASSPORT", ["number", "passport"]), recognizer("DRIVER_LICENSE", ["number"])])
    assert typer.type_of("number 12345", 7) is None
    assert typer.type_of("passport 12345", 9) == EntityType.PASSPORT


def test_the_detector_types_a_model_id_by_its_label(detector):
    text = "67세 남자 f/u. 자격: 건강보험 지역가입자 12345678901. BP 130/80"
    entities = detector.detect(text, lang="ko-en")
    (found,) = [e for e in entities if text[e.start : e.end] == "12345678901"]
    assert found.type == EntityType.HEALTH_INSURANCE_NUMBER
