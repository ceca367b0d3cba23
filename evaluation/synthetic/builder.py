"""Notes assembled piece by piece, so every PHI span's offsets are known by construction."""

from __future__ import annotations

from dataclasses import dataclass, field

# A rendered slot: pieces of text, each PHI of some entity type or plain text (type None).
Piece = tuple[str, str | None]


@dataclass
class NoteBuilder:
    """Appends text and PHI pieces; an entity's offsets are the text's length before and after it."""

    parts: list[str] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, entity_type: str | None = None) -> None:
        if not text:
            return
        if entity_type is not None:
            self.entities.append({"start": self.length, "end": self.length + len(text), "type": entity_type})
        self.parts.append(text)
        self.length += len(text)

    def extend(self, pieces: list[Piece]) -> None:
        for text, entity_type in pieces:
            self.add(text, entity_type)

    @property
    def text(self) -> str:
        return "".join(self.parts)
