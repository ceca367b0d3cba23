"""Property-based: random and mutated messages never crash the parser and are accounted exactly."""

from __future__ import annotations

import base64
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emr_deid.schemas import Message, SourceCoordinates
from emr_deid.transforms.parse import parse_message
from emr_deid.transforms.read import split_file_items

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEEDS = [
    payload
    for path in sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".hl7", ".json", ".ndjson"))
    for _, payload in split_file_items(str(path), path.read_bytes())
]


@st.composite
def mutated(draw) -> bytes:
    """A sample message with bytes flipped, inserted, deleted, or cut off."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if action == "flip" and data:
            data[position] = draw(st.integers(0, 255))
        elif action == "insert":
            data[position:position] = draw(st.sampled_from([b"|", b"^", b"~", b"\\", b"\r", b"\x0b", b"{", b"\xff"]))
        elif action == "delete" and data:
            del data[position]
        elif action == "truncate":
            del data[position:]
    return bytes(data)


messages = st.lists(
    st.one_of(st.binary(max_size=300), mutated(), st.just(b""), st.sampled_from(SEEDS)),
    min_size=1,
    max_size=8,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages)
def test_records_out_plus_dead_letters_equal_messages_in(payloads):
    results = [
        parse_message(Message(payload=payload, source=SourceCoordinates(file="fuzz", line=index)))
        for index, payload in enumerate(payloads)
    ]
    parsed = sum(result.parsed for result in results)
    dead = sum(result.dead_letter is not None for result in results)
    assert parsed + dead == len(payloads)
    for result, payload in zip(results, payloads, strict=True):
        assert result.parsed != (result.dead_letter is not None)
        if result.dead_letter is not None:
            assert result.dead_letter.error_class != "ParserError", result.dead_letter.reason
            assert result.notes == []
            assert base64.b64decode(result.dead_letter.original_b64) == payload  # the original bytes are kept
        assert all(note.message_id == result.message_id for note in result.notes)
