"""Masked text back into the FHIR resources of a `ParseResult`, where a note's `fhir_context` says.

`write_text` serves "plain" and "base64" notes with the masked text itself. A Base64 attachment is
re-encoded in the charset its contentType declares; if the masked text cannot be (a surrogate name
outside EUC-KR, say), it is written as UTF-8 and the contentType's charset says so. Narratives
("xhtml") take the replacements in text offsets instead (`write_narrative`), so that every tag stays.
"""

from __future__ import annotations

import base64
import re

from emr_deid.transforms.parse.charsets import UnsupportedCharset, codec_for
from emr_deid.transforms.parse.xhtml import replace_spans

_STEP = re.compile(r"([A-Za-z]\w*)(?:\[(\d+)\])?")
_CHARSET = re.compile(r";\s*charset=[^;]*", re.I)


def _locate(resource: dict, element: str) -> tuple[dict, str]:
    """(object holding the element's last step, its key): "content[0].attachment.data" -> (attachment, "data")."""
    node = resource
    *path, last = element.split(".")
    for step in path:
        name, index = _STEP.fullmatch(step).groups()
        node = node[name] if index is None else node[name][int(index)]
    return node, last


def read_element(resources: list[dict], context: dict) -> str:
    holder, key = _locate(resources[context["entry"]], context["element"])
    return holder[key]


def write_text(resources: list[dict], context: dict, text: str) -> None:
    """Put a plain or Base64 note's masked `text` back in place."""
    holder, key = _locate(resources[context["entry"]], context["element"])
    if context["encoding"] == "plain":
        holder[key] = text
    elif context["encoding"] == "base64":
        content_type = holder.get("contentType") or context.get("content_type") or "text/plain"
        charset = next(iter(re.findall(r"charset=([^;]+)", content_type, re.I)), None)
        try:
            data = text.encode(codec_for(charset))
        except (UnsupportedCharset, UnicodeEncodeError):
            data = text.encode("utf-8")
            holder["contentType"] = _CHARSET.sub("", content_type) + "; charset=utf-8"
        holder[key] = base64.b64encode(data).decode("ascii")
    else:
        raise ValueError(f"{context['encoding']} notes are written back with write_narrative")


def write_narrative(resources: list[dict], context: dict, replacements: list[tuple[int, int, str]]) -> None:
    """Apply text-offset replacements to an XHTML narrative through its offset map."""
    holder, key = _locate(resources[context["entry"]], context["element"])
    holder[key] = replace_spans(holder[key], context["xhtml_map"], replacements)
