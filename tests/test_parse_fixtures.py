"""All 139 real-world-shaped HL7 v2 messages of the FHIR converter: each parses or dead-letters precisely."""

from __future__ import annotations

import base64
from collections import Counter
from pathlib import Path

import pytest
from fhir.resources.R4B import get_fhir_model_class

from emr_deid.schemas import Message, SourceCoordinates
from emr_deid.transforms.parse import ParseResult, parse_message
from emr_deid.transforms.read import split_file_items

FIXTURES = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "hl7v2" / "fhir-converter"


def parse_fixture(path: Path) -> list[ParseResult]:
    return [
        parse_message(Message(payload=payload, source=SourceCoordinates(file=path.name, line=index)))
        for index, payload in split_file_items(str(path), path.read_bytes())
    ]


@pytest.fixture(scope="module")
def results() -> dict[str, list[ParseResult]]:
    return {path.name: parse_fixture(path) for path in sorted(FIXTURES.glob("*.hl7"))}


def test_every_fixture_message_parses_or_is_dead_lettered_with_a_precise_reason(results):
    assert len(results) == 139
    assert all(len(items) == 1 for items in results.values())  # one message per file
    outcomes = Counter()
    for name, (result,) in results.items():
        assert result.parsed != (result.dead_letter is not None), name
        if result.dead_letter is not None:
            assert result.dead_letter.error_class != "ParserError", name
            assert result.dead_letter.reason, name
        outcomes["parsed" if result.parsed else result.dead_letter.error_class] += 1
    assert outcomes == {"parsed": 139}


def test_mapped_fhir_resources_of_every_fixture_are_valid_r4(results):
    for name, (result,) in results.items():
        for resource in result.resources:
            try:
                get_fhir_model_class(resource["resourceType"]).model_validate(resource)
            except Exception as error:
                pytest.fail(f"{name}: {resource['resourceType']} invalid: {error}")


def test_mdm_t02_03_joins_its_29_tx_lines_in_order_into_one_document(results):
    (result,) = results["MDM-T02-03.hl7"]
    (note,) = result.notes
    lines = note.text.split("\n")
    assert len(lines) == 29
    assert lines[0] == "Toilet cylinder crackers model step-mother visor opening communication"
    assert lines[-1] == "Reminder shofar congo vibration mother-in-law bondsman suspect"
    document = result.resources[note.fhir_context["entry"]]
    assert document["resourceType"] == "DocumentReference"
    assert base64.b64decode(document["content"][0]["attachment"]["data"]).decode() == note.text


def test_mdm_t02_01_keeps_its_pdf_out_of_the_text_with_a_counted_reason(results):
    (result,) = results["MDM-T02-01.hl7"]
    assert result.skipped == ["binary attachment application/pdf (OBX-5 ED) kept out of the text"]
    assert [n.text for n in result.notes] == ["No Antibodies Detected", "Antibodies Detected"]
    assert ("PERSON", "Ivan Doctorovich", "clinician") in {(p.kind, p.value, p.role) for p in result.notes[0].known_phi}


def test_adt_fixture_without_nte_is_parsed_with_zero_notes_and_its_patient(results):
    (result,) = results["ADT-A01-02.hl7"]
    assert result.parsed and result.notes == []
    assert result.resources[0]["resourceType"] == "Patient"


def test_utf8_bom_fixtures_parse(results):
    (result,) = results["ADT01-23.hl7"]
    assert result.parsed and result.message_type == "ADT^A01"
