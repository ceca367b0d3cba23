"""XHTML narratives: text with an offset map, and replacements written back as valid XHTML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from emr_deid.transforms.parse.errors import ParseFailure
from emr_deid.transforms.parse.xhtml import narrative_text, replace_spans

DIV = (
    '<div xmlns="http://www.w3.org/1999/xhtml"><p>李娜 &amp; 王芳</p><!-- hidden -->'
    "<p>Call <b>010-1234-5678</b> now<br/>Done</p></div>"
)


def test_text_has_block_breaks_decoded_entities_and_no_markup():
    text, _ = narrative_text(DIV)
    assert text == "李娜 & 王芳\nCall 010-1234-5678 now\nDone"


def test_offset_map_points_each_text_node_at_its_source():
    text, segments = narrative_text(DIV)
    for text_start, text_end, xhtml_start, xhtml_end in segments:
        source = DIV[xhtml_start:xhtml_end]
        assert "<" not in source
        assert text[text_start:text_end] == source.replace("&amp;", "&")


def test_replacements_are_written_back_escaped_into_well_formed_xhtml():
    text, segments = narrative_text(DIV)
    spans = [(text.index("李娜"), text.index("李娜") + 2, "<NAME>"), (text.index("010"), text.index("010") + 13, "***")]
    masked = replace_spans(DIV, segments, spans)
    ET.fromstring(masked)
    assert narrative_text(masked)[0] == "<NAME> & 王芳\nCall *** now\nDone"
    assert "<!-- hidden -->" in masked and "<b>***</b>" in masked


def test_a_span_across_nodes_goes_into_the_first_and_empties_the_rest():
    text, segments = narrative_text(DIV)
    start, end = text.index("Call"), text.index(" now")
    masked = replace_spans(DIV, segments, [(start, end, "[X]")])
    assert narrative_text(masked)[0] == "李娜 & 王芳\n[X] now\nDone"
    ET.fromstring(masked)


def test_no_replacements_leave_the_narrative_byte_identical():
    _, segments = narrative_text(DIV)
    assert replace_spans(DIV, segments, []) == DIV


def test_malformed_xhtml_is_a_parse_failure():
    with pytest.raises(ParseFailure) as failure:
        narrative_text("<div><p>open</div>")
    assert failure.value.error_class == "InvalidNarrative"
