from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from emr_deid.recognizers import checksums
from emr_deid.transforms.mask import dates
from emr_deid.transforms.mask.masker import Masker

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "hl7v2" / "fhir-converter"
KOREAN_PID = (
    "PID|1||12345678^^^SNUH^MR~900101-1234568^^^MOIS^NNKOR||김^민준||19900101|M|||"
    "테헤란로 123^^강남구^서울특별시^06236^KOR||010-1234-5678^PRN^PH"
)


def _fixture_pid() -> str:
    text = (FIXTURES / "SIU-S12-01.hl7").read_text(encoding="utf-8")
    return next(segment for segment in text.replace("\r", "\n").splitlines() if segment.startswith("PID|"))


def test_a_korean_pid_keeps_its_structure_and_loses_its_phi(research, key):
    masked = research.mask_hl7_pid(KOREAN_PID, "SNUH:12345678")
    fields = masked.split("|")
    assert len(fields) == len(KOREAN_PID.split("|"))
    for raw in ("12345678", "900101-1234568", "김", "민준", "19900101", "테헤란로", "강남구", "06236", "010-1234-5678"):
        assert raw not in masked
    mrn, rrn = fields[3].split("~")
    assert mrn.startswith("MEDICAL_RECORD_NUMBER_") and mrn.endswith("^^^SNUH^MR")
    rrn_value = rrn.split("^")[0]
    assert checksums.kr_rrn_is_valid(rrn_value, require_checksum=True)
    offset = dt.timedelta(days=dates.patient_offset_days(key, "SNUH:12345678", -365, -30))
    assert fields[7] == f"{dt.date(1990, 1, 1) + offset:%Y%m%d}"
    assert checksums.kr_rrn_birth_date(rrn_value.replace("-", "")) == dt.date(1990, 1, 1) + offset
    assert fields[11].split("^")[3] == "서울특별시" and fields[8] == "M"


@pytest.mark.parametrize("profile", ["tags", "safe-harbor", "research", "external-sharing"])
def test_a_real_world_pid_is_masked_in_every_profile(policies, key, profile):
    pid = _fixture_pid()
    masked = Masker(policies, profile, key).mask_hl7_pid(pid, "PATID1234")
    assert masked.count("|") == pid.count("|") and masked.count("~") == pid.count("~")
    for raw in ("PATID1234", "EVERYMAN", "ADAM", "Aniston", "SMITH", "Angela", "Hospital Lane", "Ann Arbor",
                "78788788", "123456789", "198808181126", "20000110"):  # fmt: skip
        assert raw not in masked


def test_only_pid_segments_are_accepted(research):
    with pytest.raises(ValueError, match="expected a PID segment"):
        research.mask_hl7_pid("NK1|1|KIM^SEO-YEON", None)
