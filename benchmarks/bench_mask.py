"""Masking throughput: notes per second per profile, on typical Korean, Chinese and English notes.

Detection is not measured here: each note comes with its entities, as the detect stage hands them over.
Run: `python -m emr_deid.benchmarks.bench_mask [--notes N]`.
"""

from __future__ import annotations

import argparse
import time

from emr_deid.schemas.entity import Entity
from emr_deid.schemas.message import SourceCoordinates
from emr_deid.schemas.note import Note
from emr_deid.transforms.mask.keys import DEMO_KEY, MaskingKey
from emr_deid.transforms.mask.masker import Masker
from emr_deid.transforms.mask.policy import load_policies

# (text, [(span, type)]): about 150-250 characters and 7-9 entities each, like a progress-note paragraph.
TYPICAL_NOTES = [
    (
        "환자 김민준(주민번호 900101-1234568)은 2024년 3월 5일 내원, 3월 12일 재진. 주소 서울특별시 강남구 "
        "테헤란로 123, 연락처 010-1234-5678. 만 92세. 고혈압으로 amlodipine 5mg 복용 중, 혈압 138/85. 매독 진단.",
        [("김민준", "PERSON"), ("900101-1234568", "KR_RRN"), ("2024년 3월 5일", "DATE"), ("3월 12일", "DATE"),
         ("서울특별시 강남구 테헤란로 123", "ADDRESS"), ("010-1234-5678", "PHONE_NUMBER"), ("만 92세", "AGE_OVER_89"),
         ("매독", "SENSITIVE_STD")],
    ),
    (
        "患者王小明，身份证110101199003074514，2024年3月5日因胸痛入院，3月9日出院。电话13812345678，"
        "住址北京市朝阳区建国路88号。92岁。既往高血压10年，规律服用硝苯地平。",
        [("王小明", "PERSON"), ("110101199003074514", "CN_RESIDENT_ID"), ("2024年3月5日", "DATE"), ("3月9日", "DATE"),
         ("13812345678", "PHONE_NUMBER"), ("北京市朝阳区建国路88号", "ADDRESS"), ("92岁", "AGE_OVER_89")],
    ),
    (
        "Mr. John Smith, SSN 123-45-6789, admitted March 5, 2024 with chest pain, discharged 03/09/2024. "
        "Lives at 45 Elm St, Springfield, IL 62704, phone (217) 555-1234. A 95 y/o with a history of syphilis.",
        [("John Smith", "PERSON"), ("123-45-6789", "US_SSN"), ("March 5, 2024", "DATE"), ("03/09/2024", "DATE"),
         ("45 Elm St, Springfield, IL 62704", "ADDRESS"), ("(217) 555-1234", "PHONE_NUMBER"),
         ("95 y/o", "AGE_OVER_89"), ("syphilis", "SENSITIVE_STD")],
    ),
]  # fmt: skip


def _notes(count: int) -> list[tuple[Note, list[Entity]]]:
    notes = []
    for index in range(count):
        text, spans = TYPICAL_NOTES[index % len(TYPICAL_NOTES)]
        entities = [Entity(text.index(v), text.index(v) + len(v), t, 0.9, "bench") for v, t in spans]
        source = SourceCoordinates(file="bench", line=index)
        notes.append((Note(f"n{index}", source, "ORU^R01", text, patient_key=f"p{index % 97}"), entities))
    return notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=3000)
    args = parser.parse_args()
    policies, notes = load_policies(), _notes(args.notes)
    key = MaskingKey(DEMO_KEY, "benchmark")
    entity_count = sum(len(entities) for _, entities in notes)
    print(f"{len(notes)} notes, {entity_count} entities, policy {policies.version}")
    for profile in policies.profiles:
        masker = Masker(policies, profile, key)
        started = time.perf_counter()
        for note, entities in notes:
            masker.mask_note(note, entities)
        elapsed = time.perf_counter() - started
        print(f"{profile:>17}: {len(notes) / elapsed:8.0f} notes/s  {entity_count / elapsed:8.0f} entities/s")


if __name__ == "__main__":
    main()
