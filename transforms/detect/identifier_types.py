"""Generic identifiers typed by the label written before them.

The NER model has one label, ID, for every identifier, and the generic labelled-identifier recognizers fire
on "번호", "No." or "#". So a number that the specific recognizers missed, because its label is worded or
placed in a way their patterns do not expect ("건강보험 지역가입자 12345678901", "NHIS card 1234 …"), reaches
the lake as a bare ID although its line says what it is.

An ID entity therefore takes the type of the nearest cue before it on its line, at most `WINDOW` characters
away; in a table cell with no cue before it, the type its column's header names ("| 보험번호 |" above);
opening its line, the type a label alone on the line above names ("등록번호:" then the number). The cues
are the context words of the registry's own recognizers of one identifier type (the insurance recognizers'
"건강보험" and "NHIS", the record-number recognizers' "등록번호" and "MRN" ...); a word in the context of two types
says nothing and is left out. The generic recognizers' own context words ("Accession", "标本号" ...) are cues
for ID: nearest, they keep the entity an ID.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer

from emr_deid.schemas import Entity, EntityType

WINDOW = 40
# The types an ID can take: those written with a label but no checksum. A resident or social-security
# number is only ever typed by its own recognizer, whose check digits prove it.
RETYPED = frozenset(
    {
        EntityType.HEALTH_INSURANCE_NUMBER,
        EntityType.MEDICAL_RECORD_NUMBER,
        EntityType.PASSPORT,
        EntityType.DRIVER_LICENSE,
        EntityType.TRAVEL_PERMIT,
        EntityType.ID,
    }
)


class IdentifierTyper:
    """Types ID entities by the nearest cue before them (see the module's docstring)."""

    def __init__(self, recognizers: Iterable[EntityRecognizer]):
        types_of: dict[str, set[str]] = {}
        for recognizer in recognizers:
            entity = recognizer.supported_entities[0]
            if entity in RETYPED:
                for word in recognizer.context or ():
                    types_of.setdefault(_cue_key(word), set()).add(entity)
        self._type_of = {cue: types.pop() for cue, types in types_of.items() if len(types) == 1}
        # Longest first, so that "보험증번호" is read before "보험"; Latin cues as whole words only; Korean and
        # Chinese ones with or without spaces, as charts write them ("등록 번호", "차트 번호").
        alternation = "|".join(
            rf"(?<![a-z]){re.escape(cue)}(?![a-z])" if cue.isascii() else r"[ \t]?".join(map(re.escape, cue))
            for cue in sorted(self._type_of, key=len, reverse=True)
        )
        self._cues = re.compile(alternation) if alternation else None

    def type_of(self, text: str, start: int) -> str | None:
        """The type named by the nearest cue before `start` on its line, else by its table column's header."""
        if self._cues is None:
            return None
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - WINDOW) : start]
        return (
            self._named(before)
            or self._named(_column_header(text, line_start, start))
            or self._named(_label_line_above(text, line_start) if _LEADER.fullmatch(before) else "")
        )

    def _named(self, text: str) -> str | None:
        nearest = None
        for match in self._cues.finditer(text.lower()):
            nearest = match  # non-overlapping, left to right: the last one ends nearest
        return self._type_of[_cue_key(nearest.group())] if nearest else None

    def retype(self, text: str, entities: list[Entity]) -> list[Entity]:
        """`entities` with each ID given the type its nearest cue names."""
        typed = []
        for entity in entities:
            if entity.type == EntityType.ID:
                named = self.type_of(text, entity.start)
                if named and named != entity.type:
                    entity = dataclasses.replace(entity, type=named)
            typed.append(entity)
        return typed


def _cue_key(word: str) -> str:
    """A cue as it is looked up: lowercase, and a Korean or Chinese one without its spaces."""
    word = word.lower()
    return word if word.isascii() else re.sub(r"[ \t]", "", word)


_SEPARATOR_ROW = re.compile(r"[\s|:+-]*")
_LEADER = re.compile(r"[\s\-*•·:#>]*")  # what may precede a value opening its line: indent, bullet, colon
_LABEL_LINE = re.compile(r"[^\d\n]{1,30}")  # a label alone on its line: short, without digits


def _label_line_above(text: str, line_start: int) -> str:
    """The line above when it is a label alone ("등록번호:" over the number), else ""."""
    if line_start < 2:
        return ""
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    return above if _LABEL_LINE.fullmatch(above) else ""


def _column_header(text: str, line_start: int, position: int) -> str:
    """The header cell above `position`'s column when its line is a table row ("| a | b |"), else ""."""
    line_end = text.find("\n", position)
    cells = text.count("|", line_start, len(text) if line_end < 0 else line_end)
    if not cells:
        return ""
    end = line_start - 1  # the newline before the row
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        if not _SEPARATOR_ROW.fullmatch(above):
            if above.count("|") != cells:
                return ""
            header = above.split("|")
            column = text.count("|", line_start, position)
            return header[column] if column < len(header) else ""
        end = start - 1
    return ""
