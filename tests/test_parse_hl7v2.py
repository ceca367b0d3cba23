"""HL7 v2 parsing on our samples and on messages built here in each encoding hospitals send."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from fhir.resources.R4B import get_fhir_model_class

from emr_deid.schemas import EntityType, Message, SourceCoordinates
from emr_deid.transforms.parse import ParseResult, parse_message
from emr_deid.transforms.parse.hl7v2 import EscapeDecoder
from emr_deid.transforms.parse.writeback import read_element, write_text
from emr_deid.transforms.read import split_file_items

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def parse_sample(name: str, item: int = 1) -> ParseResult:
    path = SAMPLES / "hl7v2" / name
    payload = dict(split_file_items(str(path), path.read_bytes()))[item]
    return parse_message(Message(payload=payload, source=SourceCoordinates(file=str(path), line=item)))


def parse_bytes(payload: bytes) -> ParseResult:
    return parse_message(Message(payload=payload, source=SourceCoordinates(file="built-in-test.hl7", line=1)))


def er7(*segments: str, charset: str = "UNICODE UTF-8", encoding: str = "utf-8") -> bytes:
    msh = f"MSH|^~\\&|EMR|HOSP|RSRCH|RSRCH|20240101120000||ORU^R01^ORU_R01|T1|P|2.5.1|||AL|NE||{charset}"
    return "\r".join([msh, *segments]).encode(encoding)


def phi(result: ParseResult) -> set[tuple[str, str, str]]:
    return {(p.kind, p.value, p.role) for p in result.notes[0].known_phi}


def assert_valid_fhir(result: ParseResult) -> None:
    for resource in result.resources:
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def written_text(result: ParseResult, index: int) -> str:
    """The note's text as it sits in the mapped FHIR resource its fhir_context names."""
    return base64.b64decode(read_element(result.resources, result.notes[index].fhir_context)).decode("utf-8")


def test_korean_utf8_oru_joins_obx_lines_in_order_and_captures_known_phi():
    result = parse_sample("oru_r01_ko_utf8.hl7")
    assert result.parsed and result.message_type == "ORU^R01"
    report, comment = result.notes
    lines = report.text.split("\n")
    assert lines[0].startswith("김민준 환자(66세, M)") and lines[2].startswith("CT상 RUL nodule")
    assert report.languages[0] in ("ko", "en") and "ko" in report.languages
    assert comment.fhir_context["source_segment"] == "NTE" and "대학로 101" in comment.text
    assert report.patient_key == "SNUH:12345678"
    assert report.authored == "2024-03-05T12:00:00"
    assert {
        ("PERSON", "김민준", "patient"),
        ("KR_RRN", "850214-1234567", "patient"),
        ("MEDICAL_RECORD_NUMBER", "12345678", "patient"),
        ("DATE", "1958-02-14", "patient"),
        ("PHONE_NUMBER", "010-2345-6789", "patient"),
        ("ADDRESS", "서울특별시 종로구 대학로 101", "patient"),
        ("PERSON", "이서연", "kin"),
        ("PHONE_NUMBER", "010-9876-5432", "kin"),
        ("PERSON", "박지훈", "clinician"),
    } <= phi(result)
    assert_valid_fhir(result)
    assert written_text(result, 0) == report.text and written_text(result, 1) == comment.text


def test_euc_kr_mdm_declared_ks_x_1001_decodes_into_a_document_reference():
    result = parse_sample("mdm_t02_ko_euckr.hl7")
    (note,) = result.notes
    assert note.text.startswith("최지우 환자 만 90세") and "330707-2345678" in note.text
    assert note.note_type == "Discharge summary" and note.languages == ("ko",)
    assert note.fhir_context["resource_type"] == "DocumentReference"
    assert ("PERSON", "정하은", "clinician") in phi(result)
    assert_valid_fhir(result)


def test_gb18030_oru_keeps_an_unescaped_caret_inside_text():
    result = parse_sample("oru_r01_zh_gb18030.hl7")
    (note,) = result.notes
    assert note.text.startswith("患者欧阳秀英") and "WBC 6.2×10^9/L" in note.text
    assert note.languages[0] == "zh"
    assert ("PERSON", "欧阳秀英", "patient") in phi(result)


def test_chinese_utf8_mdm_recognises_the_resident_id_in_pid_19():
    result = parse_sample("mdm_t02_zh_utf8.hl7")
    assert ("CN_RESIDENT_ID", "11010119670912003X", "patient") in phi(result)
    assert ("PERSON", "王丽", "kin") in phi(result)


def test_mllp_batch_english_adt_nte_and_oru_ft_formatting():
    adt, oru = parse_sample("adt_oru_en_batch.hl7", 1), parse_sample("adt_oru_en_batch.hl7", 2)
    assert adt.message_type == "ADT^A01" and adt.notes[0].fhir_context["source_segment"] == "NTE"
    assert ("DRIVER_LICENSE", "123-45-6789", "patient") in phi(adt)  # the sample sends it in PID-20
    assert ("EMAIL_ADDRESS", "mobrien@example.org", "patient") in phi(adt)
    assert ("PERSON", "Margaret A O'Brien", "patient") in phi(adt)
    assert oru.notes[0].text.split("\n")[1].startswith("Daughter-in-law called")  # \.br\ is a line break


def test_cp949_only_hangul_decodes_under_cp949_and_ks_x_1001_labels():
    segments = ("PID|1||1^^^H^MR||똠^방각^^^^^L", "OBX|1|TX|1^note||똠방각 환자 내원.||||||F")
    for label in ("CP949", "KS X 1001", "EUC-KR"):
        result = parse_bytes(er7(*segments, charset=label, encoding="cp949"))
        assert result.parsed, label
        assert result.notes[0].text == "똠방각 환자 내원."


def test_gbk_trail_bytes_equal_to_the_field_separator_do_not_split_fields():
    text = "億元墊付，患者張三"
    assert b"|" in "億".encode("gbk")
    for label in ("GBK", "GB2312", "GB 18030-2000"):
        result = parse_bytes(er7(f"OBX|1|TX|1^note||{text}||||||F", charset=label, encoding="gbk"))
        assert result.parsed, label
        assert result.notes[0].text == text


def test_gbk_trail_byte_before_msh_18_does_not_hide_the_declared_charset():
    msh = "MSH|^~\\&|HIS|億達醫院|R|R|20240101||ORU^R01|G1|P|2.5.1|||AL|NE|CHN|GBK"
    result = parse_bytes("\r".join([msh, "OBX|1|TX|1^note||墊付億元||||||F"]).encode("gbk"))
    assert result.parsed and result.notes[0].text == "墊付億元"


def test_bytes_that_do_not_match_the_declared_charset_are_dead_lettered_never_half_decoded():
    result = parse_bytes(er7("OBX|1|TX|1^note||김민준 환자||||||F", charset="UNICODE UTF-8", encoding="cp949"))
    assert not result.parsed and not result.notes
    assert result.dead_letter.error_class == "CharsetMismatch"
    assert "김" not in result.dead_letter.reason
    assert base64.b64decode(result.dead_letter.original_b64).startswith(b"MSH|")


def test_unknown_charset_and_non_hl7_are_dead_lettered_with_their_class():
    assert parse_bytes(er7("PID|1", charset="EBCDIC-X")).dead_letter.error_class == "UnsupportedCharset"
    assert parse_bytes(b"hello world").dead_letter.error_class == "NotHl7"
    assert parse_bytes(b"MSH\r|^~\\&|A|B\rPID|1").dead_letter.error_class == "InvalidDelimiters"
    truncated = parse_sample("malformed_truncated.hl7")
    assert truncated.dead_letter.error_class == "TruncatedSegment" and "OBX" in truncated.dead_letter.reason


@pytest.mark.parametrize(
    ("escaped", "plain"),
    [
        (r"a\F\b\S\c\T\d\R\e\E\f", "a|b^c&d~e\\f"),
        (r"line 1\.br\line 2", "line 1\nline 2"),
        (r"\H\bold\N\ text", "bold text"),
        (r"caf\XC3A9\ ok", "café ok"),
        (r"keep \Zcustom\ as is", r"keep \Zcustom\ as is"),
        (r"skip\.sk3\x", "skip   x"),
    ],
)
def test_escape_sequences_are_decoded(escaped, plain):
    assert EscapeDecoder("|", "^", "~", "\\", "&", "utf-8")(escaped) == plain


def test_custom_delimiters_from_msh_2_and_lf_or_crlf_segment_ends():
    msh = "MSH#$*!%#EMR#H#R#R#20240101##ORU$R01#T1#P#2.5.1"
    obx = "OBX#1#TX#1$note##pipe | stays, !F! is a hash#####F"
    for end in ("\n", "\r\n", "\r"):
        result = parse_bytes(end.join([msh, obx]).encode())
        assert result.notes[0].text == "pipe | stays, # is a hash", repr(end)


def test_mllp_framed_payload_from_kafka_is_unwrapped():
    result = parse_bytes(b"\x0b" + er7("OBX|1|ST|1^x||short text||||||F") + b"\x1c\r")
    assert result.parsed and result.notes[0].text == "short text"


def test_adt_without_free_text_is_a_parsed_message_with_zero_notes():
    msh = "MSH|^~\\&|ADT|H|R|R|20240101||ADT^A04|A1|P|2.5.1"
    segments = [msh, "PID|1||77^^^H^MR||Kim^Ana||19800101|F", "PV1|1|O|||||||||||||||||V9"]
    result = parse_bytes("\r".join(segments).encode())
    assert result.parsed and result.notes == [] and result.dead_letter is None
    assert [r["resourceType"] for r in result.resources] == ["Patient", "Encounter"]
    assert_valid_fhir(result)


def test_text_ed_attachment_is_a_note_and_binary_ed_is_skipped_with_a_reason():
    text_b64 = base64.b64encode(b"Discharge letter for Ana Kim").decode()
    result = parse_bytes(
        er7(
            "PID|1||77^^^H^MR||Kim^Ana",
            "OBR|1||F1|18842-5^Discharge summary^LN|||20240101",
            f"OBX|1|ED|18842-5^Discharge summary^LN||^TEXT^plain^Base64^{text_b64}||||||F",
            "OBX|2|ED|11502-2^Report^LN||^application^pdf^Base64^JVBERi0xLjQ=||||||F",
        )
    )
    assert [n.text for n in result.notes] == ["Discharge letter for Ana Kim"]
    assert result.skipped == ["binary attachment application/pdf (OBX-5 ED) kept out of the text"]
    assert_valid_fhir(result)


def test_note_ids_are_stable_across_runs_and_distinct_within_a_message():
    first, second = parse_sample("oru_r01_ko_utf8.hl7"), parse_sample("oru_r01_ko_utf8.hl7")
    assert [n.note_id for n in first.notes] == [n.note_id for n in second.notes]
    assert len({n.note_id for n in first.notes}) == len(first.notes)
    assert {n.message_id for n in first.notes} == {first.message_id}
    assert first.resources == second.resources


def test_known_phi_kinds_are_entity_types():
    result = parse_sample("oru_r01_ko_utf8.hl7")
    assert {p.kind for p in result.notes[0].known_phi} <= {t.value for t in EntityType}


def test_masked_text_goes_back_into_the_mapped_fhir_resource():
    result = parse_sample("mdm_t02_ko_euckr.hl7")
    note = result.notes[0]
    write_text(result.resources, note.fhir_context, note.text.replace("최지우", "[PERSON]"))
    assert written_text(result, 0).startswith("[PERSON] 환자 만 90세")
    assert_valid_fhir(result)


def test_cp949_sample_with_a_text_ed_attachment_and_a_pdf():
    result = parse_sample("mdm_t02_ko_cp949_ed.hl7")
    summary, letter = result.notes
    assert summary.text.startswith("똠방각 환자(77세, 남)") and len(summary.text.split("\n")) == 2
    assert letter.fhir_context["source_segment"] == "ED" and letter.text.startswith("퇴원 안내문: 똠방각")
    assert result.skipped == ["binary attachment application/pdf (OBX-5 ED) kept out of the text"]
    assert {("PERSON", "햏숙자", "kin"), ("KR_RRN", "470522-1234560", "patient")} <= phi(result)
    assert ("PERSON", "뷁선영", "clinician") in phi(result)


def test_gbk_sample_with_pipe_trail_bytes_in_msh_4_and_text():
    (note,) = parse_sample("oru_r01_zh_gbk.hl7").notes
    assert note.text.split("\n") == [
        "患者陳墊仁，男，66歲，病歷號YD0042，住院費用億元級墊付已核。",
        "血糖 7.8 mmol/L，糖化血紅蛋白 6.9^%，主治醫師：劉億。",
    ]


def test_one_patient_is_one_fhir_patient_id_across_messages(samples_dir):
    """Patient and Encounter ids are seeded by PID-3 / PV1-19, not by the message, so they link."""
    from emr_deid.schemas import Message, SourceCoordinates
    from emr_deid.transforms.parse import parse_message

    payload = (samples_dir / "hl7v2" / "oru_r01_ko_utf8.hl7").read_bytes()
    first = parse_message(Message(payload, SourceCoordinates(topic="hl7", partition=0, offset=1)))
    second = parse_message(Message(payload, SourceCoordinates(topic="hl7", partition=1, offset=9)))
    assert first.message_id != second.message_id
    assert first.patient_key == second.patient_key == "SNUH:12345678"

    def patient_id(result):
        return next(r["id"] for r in result.resources if r["resourceType"] == "Patient")

    assert patient_id(first) == patient_id(second)
