"""FHIR narratives (XHTML `div`): plain text with an offset map, and masked text written back.

`narrative_text` returns the text detection reads and the map: one `[text_start, text_end,
xhtml_start, xhtml_end]` per text node (entities decoded, so the two lengths may differ). Block
elements (p, div, br, li, tr, headings ...) add a "\\n" to the text that belongs to no node, so
sentences of adjacent paragraphs do not run together. `replace_spans` takes replacements in text
offsets, rewrites only the text nodes they touch (XML-escaped) and leaves every tag as it was, so the
result is as well-formed as the input.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from emr_deid.transforms.parse.errors import ParseFailure

_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "dd", "dt", "dl", "caption", "thead", "tbody", "hr"}
)  # fmt: skip
# Comments, CDATA and processing instructions are markup, not narrative text.
_MARKUP = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<(/?)([A-Za-z][\w:.-]*)[^>]*?(/?)>", re.S)


def narrative_text(div: str) -> tuple[str, list[list[int]]]:
    """(text, offset map) of a well-formed XHTML fragment; `ParseFailure` if it is not well-formed."""
    try:
        ET.fromstring(div)
    except ET.ParseError:
        raise ParseFailure("InvalidNarrative", "a text.div narrative is not well-formed XHTML") from None
    pieces: list[str] = []
    segments: list[list[int]] = []
    length = 0
    position = 0

    def add_text(start: int, end: int) -> None:
        nonlocal length
        decoded = html.unescape(div[start:end])
        if decoded:
            pieces.append(decoded)
            segments.append([length, length + len(decoded), start, end])
            length += len(decoded)

    def add_break() -> None:
        nonlocal length
        if pieces and not pieces[-1].endswith("\n"):
            pieces.append("\n")
            length += 1

    for match in _MARKUP.finditer(div):
        add_text(position, match.start())
        position = match.end()
        if match.group(2) and match.group(2).split(":")[-1].lower() in _BLOCK:
            add_break()
    add_text(position, len(div))
    text = "".join(pieces)
    return (text[:-1] if text.endswith("\n") else text), segments  # a final break belongs to no node


def replace_spans(div: str, segments: list[list[int]], replacements: list[tuple[int, int, str]]) -> str:
    """`div` with text spans [start, end) replaced; a span across nodes puts its text in the first one."""
    nodes = [div[s[2] : s[3]] for s in segments]
    texts = [html.unescape(node) for node in nodes]
    touched: set[int] = set()
    # Right to left, so the node-local offsets of the spans still to do stay valid.
    for start, end, new in sorted(replacements, key=lambda r: r[0], reverse=True):
        overlapping = [
            i for i, s in enumerate(segments) if (s[0] < end and s[1] > start) or s[0] <= start == end < s[1]
        ]
        for rank, index in enumerate(overlapping):
            node_start, node_end = segments[index][0], segments[index][1]
            local_start, local_end = max(start, node_start) - node_start, min(end, node_end) - node_start
            text = texts[index]
            texts[index] = text[:local_start] + (new if rank == 0 else "") + text[local_end:]
            touched.add(index)
    out, position = [], 0
    for index, segment in enumerate(segments):
        out.append(div[position : segment[2]])
        out.append(html.escape(texts[index], quote=False) if index in touched else nodes[index])
        position = segment[3]
    out.append(div[position:])
    return "".join(out)
