"""Parse throughput: messages/s and MB/s for a ~2 KB ORU^R01 and a ~5 KB FHIR Bundle.

Both messages are built from the shapes of our samples (samples/hl7v2/oru_r01_ko_utf8.hl7 and
samples/fhir/bundle_ko_document.json), grown with more OBX lines / Observations to the target size.
Run: python -m emr_deid.benchmarks.bench_parse [--seconds 3]
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from pathlib import Path

from emr_deid.schemas import Message, SourceCoordinates
from emr_deid.transforms.parse import parse_message

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def oru_r01(target_bytes: int = 2048) -> bytes:
    """The Korean ORU^R01 sample with its OBX lines repeated until the message is ~target_bytes."""
    segments = (SAMPLES / "hl7v2" / "oru_r01_ko_utf8.hl7").read_bytes().rstrip(b"\r").split(b"\r")
    obx = [s for s in segments if s.startswith(b"OBX")]
    head = [s for s in segments if not s.startswith((b"OBX", b"NTE"))]
    body: list[bytes] = []
    while len(b"\r".join(head + body)) < target_bytes:
        line = obx[len(body) % len(obx)].split(b"|")
        line[1] = str(len(body) + 1).encode()
        body.append(b"|".join(line))
    return b"\r".join(head + body) + b"\r"


def fhir_bundle(target_bytes: int = 5120) -> bytes:
    """The Korean document Bundle with Observations (valueString + note) added until ~target_bytes."""
    bundle = json.loads((SAMPLES / "fhir" / "bundle_ko_document.json").read_text(encoding="utf-8"))
    observation = {"resourceType": "Observation", "status": "final", "code": {"text": "경과기록"},
                   "subject": {"reference": "Patient/pat-ko-0001"}, "effectiveDateTime": "2024-02-14",
                   "valueString": "박서준 환자 혈압 128/76, 맥박 72회. 보호자 연락처 010-5555-1234.",
                   "note": [{"text": "Follow-up at Severance Hospital in 3 months."}]}  # fmt: skip
    while len(json.dumps(bundle, ensure_ascii=False).encode()) < target_bytes:
        entry = copy.deepcopy(observation)
        entry["id"] = f"obs-{len(bundle['entry'])}"
        bundle["entry"].append({"fullUrl": f"urn:uuid:obs-{len(bundle['entry'])}", "resource": entry})
    return json.dumps(bundle, ensure_ascii=False).encode()


def measure(name: str, payload: bytes, seconds: float) -> None:
    message = Message(payload=payload, source=SourceCoordinates(file="bench", line=1))
    result = parse_message(message)
    assert result.parsed, result.dead_letter
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        parse_message(message)
        count += 1
    rate = count / elapsed
    print(f"{name:<22} {len(payload):>6} B  {len(result.notes):>3} notes  {rate:>9.1f} messages/s  "
          f"{rate * len(payload) / 1e6:>6.2f} MB/s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time spent on each message shape")
    args = parser.parse_args()
    measure("HL7 v2 ORU^R01", oru_r01(), args.seconds)
    measure("FHIR R4 Bundle", fhir_bundle(), args.seconds)


if __name__ == "__main__":
    main()
