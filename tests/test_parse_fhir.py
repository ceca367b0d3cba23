"""FHIR R4 JSON parsing: our samples and resources built here for each place text hides."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from emr_deid.schemas import Message, SourceCoordinates
from emr_deid.transforms.parse import ParseResult, parse_message
from emr_deid.transforms.parse.writeback import read_element, write_narrative, write_text
from emr_deid.transforms.read import split_file_items

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "fhir"


def parse_sample(name: str) -> list[ParseResult]:
    path = SAMPLES / name
    return [
        parse_message(Message(payload=payload, source=SourceCoordinates(file=str(path), line=index)))
        for index, payload in split_file_items(str(path), path.read_bytes())
    ]


def parse_json(document: dict) -> ParseResult:
    payload = json.dumps(document, ensure_ascii=False).encode()
    return parse_message(Message(payload=payload, source=SourceCoordinates(file="built.json", line=1)))


def phi_of(note) -> set[tuple[str, str, str]]:
    return {(p.kind, p.value, p.role) for p in note.known_phi}


def document_reference(attachment: dict) -> dict:
    return {
        "resourceType": "DocumentReference",
        "id": "d1",
        "status": "current",
        "content": [{"attachment": attachment}],
    }


def test_korean_document_bundle_yields_the_section_narrative_and_the_base64_attachment():
    (result,) = parse_sample("bundle_ko_document.json")
    narrative, attachment = result.notes
    assert narrative.message_type == "Bundle/Composition" and narrative.note_type == "경과"
    assert (
        narrative.text == "박서준 환자, 세브란스병원 내분비내과 외래. 주소: 서울특별시 서대문구 연세로 50-1.\n"
        "Plan: metformin 1000mg bid 추가."
    )
    assert narrative.fhir_context["element"] == "section[0].text.div" and narrative.fhir_context["encoding"] == "xhtml"
    assert attachment.text.startswith("박서준 님은 2024년 2월 14일")
    assert attachment.fhir_context["element"] == "content[0].attachment.data"
    assert attachment.patient_key == "Patient/pat-ko-0001" and attachment.languages[0] == "ko"
    expected = {
        ("PERSON", "박서준", "patient"),
        ("PERSON", "Seojun Park", "patient"),
        ("PERSON", "한지민", "clinician"),
        ("PHONE_NUMBER", "010-5555-1234", "patient"),
        ("DATE", "1975-11-03", "patient"),
    }
    assert expected <= phi_of(attachment)


def test_masked_narrative_is_written_back_as_valid_xhtml_through_the_offset_map():
    (result,) = parse_sample("bundle_ko_document.json")
    note = result.notes[0]
    start = note.text.index("박서준")
    write_narrative(result.resources, note.fhir_context, [(start, start + 3, "[PERSON]")])
    rebuilt = parse_json({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": result.resources[0]}]})
    assert rebuilt.parsed and rebuilt.notes[0].text.startswith("[PERSON] 환자, 세브란스병원")


def test_english_transaction_bundle_reads_the_diagnostic_report_conclusion():
    (result,) = parse_sample("bundle_en_transaction.json")
    (note,) = result.notes
    assert note.fhir_context["element"] == "conclusion" and note.fhir_context["encoding"] == "plain"
    assert note.text.startswith("CT chest 08/02/2024 for Luis Hernandez") and note.languages == ("en",)
    assert ("PERSON", "Luis Miguel Hernandez", "patient") in phi_of(note)
    assert ("MEDICAL_RECORD_NUMBER", "MRN778812", "patient") in phi_of(note)
    assert note.authored == "2024-08-02T14:00:00-05:00"


def test_chinese_ndjson_gives_one_message_per_line_with_value_string_and_annotations():
    patient, first, second = parse_sample("observations_zh.ndjson")
    assert patient.parsed and patient.notes == []
    assert [n.fhir_context["element"] for n in first.notes] == ["valueString", "note[0].text"]
    assert first.notes[1].text.startswith("电话+86 139-1234-5678") and second.notes[0].note_type == "护理记录"
    assert all(n.patient_key == "Patient/pat-zh-0001" for n in first.notes + second.notes)


def test_malformed_json_and_invalid_resources_are_dead_lettered_without_quoting_values():
    (broken,) = parse_sample("malformed_resource.json")
    assert broken.dead_letter.error_class == "InvalidJson"
    invalid = parse_json({"resourceType": "Observation", "status": "final", "valueInteger": "홍길동 010-1234-5678"})
    assert invalid.dead_letter.error_class == "InvalidFhirResource"
    assert "valueInteger" in invalid.dead_letter.reason and "code" in invalid.dead_letter.reason
    assert "홍길동" not in invalid.dead_letter.reason and "010" not in invalid.dead_letter.reason
    assert parse_json({"resourceType": "NoSuchThing"}).dead_letter.error_class == "NotFhir"
    assert parse_json({"no": "type"}).dead_letter.error_class == "NotFhir"


def test_attachment_charset_from_content_type_euc_kr():
    data = base64.b64encode("홍길동 님 외래 방문".encode("euc-kr")).decode()
    result = parse_json(document_reference({"contentType": "text/plain; charset=EUC-KR", "data": data}))
    assert result.notes[0].text == "홍길동 님 외래 방문"
    assert result.notes[0].fhir_context["content_type"] == "text/plain; charset=EUC-KR"


def test_masked_attachment_text_keeps_its_charset_or_falls_back_to_utf8():
    data = base64.b64encode("홍길동 님 외래 방문".encode("euc-kr")).decode()
    result = parse_json(document_reference({"contentType": "text/plain; charset=EUC-KR", "data": data}))
    context = result.notes[0].fhir_context
    write_text(result.resources, context, "[이름] 님 외래 방문")
    assert base64.b64decode(read_element(result.resources, context)).decode("euc-kr") == "[이름] 님 외래 방문"
    write_text(result.resources, context, "똠방각 🙂 님")  # not encodable in EUC-KR
    attachment = result.resources[0]["content"][0]["attachment"]
    assert attachment["contentType"] == "text/plain; charset=utf-8"
    assert base64.b64decode(attachment["data"]).decode("utf-8") == "똠방각 🙂 님"


def test_plain_elements_are_written_back_in_place():
    (result,) = parse_sample("bundle_en_transaction.json")
    write_text(result.resources, result.notes[0].fhir_context, "masked conclusion")
    assert result.resources[1]["conclusion"] == "masked conclusion"


def test_attachment_bytes_not_in_their_charset_dead_letter_the_message():
    data = base64.b64encode("홍길동".encode("euc-kr")).decode()
    result = parse_json(document_reference({"contentType": "text/plain; charset=utf-8", "data": data}))
    assert result.dead_letter.error_class == "CharsetMismatch"


def test_binary_attachments_are_skipped_with_a_reason():
    result = parse_json(document_reference({"contentType": "application/pdf", "data": "JVBERi0xLjQ="}))
    assert result.parsed and result.notes == []
    assert result.skipped == ["binary attachment application/pdf kept out of the text"]


def test_document_reference_url_to_a_binary_in_the_same_bundle():
    text = "王芳，电话13800138000。"
    binary = {"resourceType": "Binary", "id": "b1", "contentType": "text/plain; charset=GB18030",
              "data": base64.b64encode(text.encode("gb18030")).decode()}  # fmt: skip
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "fullUrl": "urn:uuid:doc",
                "resource": document_reference({"contentType": "text/plain", "url": "Binary/b1"}),
            },
            {"fullUrl": "urn:uuid:bin", "resource": binary},
        ],
    }
    (note,) = parse_json(bundle).notes
    assert note.text == text
    assert note.fhir_context["entry"] == 1 and note.fhir_context["element"] == "data"
    assert note.fhir_context["resource_type"] == "Binary"


def test_known_phi_follows_each_note_to_its_own_patient():
    def patient(pid, family):
        return {"resourceType": "Patient", "id": pid, "name": [{"family": family, "given": ["A"]}]}

    def observation(oid, pid):
        return {"resourceType": "Observation", "id": oid, "status": "final", "code": {"text": "note"},
                "subject": {"reference": f"Patient/{pid}"}, "valueString": f"text for {pid}"}  # fmt: skip

    entries = [patient("p1", "Smith"), patient("p2", "Jones"), observation("o1", "p1"), observation("o2", "p2")]
    result = parse_json({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": r} for r in entries]})
    first, second = result.notes
    assert ("PERSON", "A Smith", "patient") in phi_of(first) and ("PERSON", "A Jones", "patient") not in phi_of(first)
    assert ("PERSON", "A Jones", "patient") in phi_of(second)


def test_any_resource_narrative_is_a_note():
    result = parse_json(
        {
            "resourceType": "Observation",
            "id": "o",
            "status": "final",
            "code": {"text": "BP"},
            "text": {
                "status": "generated",
                "div": '<div xmlns="http://www.w3.org/1999/xhtml">Seen by <b>Dr Lee</b> &amp; team</div>',
            },
        }
    )
    (note,) = result.notes
    assert note.text == "Seen by Dr Lee & team" and note.fhir_context["element"] == "text.div"


def test_chinese_sample_bundle_reads_a_binary_by_url_and_an_observation_narrative():
    (result,) = parse_sample("bundle_zh_binary.json")
    letter, narrative, value = result.notes
    assert letter.fhir_context["resource_type"] == "Binary" and letter.text.startswith("王芳女士，45岁")
    assert letter.note_type == "出院小结" and letter.patient_key == "Patient/pat-zh-0002"
    assert narrative.text == "王芳 术后第3天，体温 37.2℃。\n家属王强（电话 13900139000）陪护 & 知情。"
    assert value.text == "伤口愈合良好。"
    assert result.skipped == ["binary attachment application/pdf kept out of the text"]
