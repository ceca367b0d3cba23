"""The Chinese recognizers as the detection engine runs them: from the registry, in a real AnalyzerEngine
with no NLP model."""

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from emr_deid.recognizers.checksums import cn_resident_id_check_char
from emr_deid.recognizers.registry import load_recognizers


@pytest.fixture(scope="module")
def analyzer():
    registry = RecognizerRegistry(recognizers=load_recognizers(languages=["zh"]), supported_languages=["zh"])
    nlp_engine = NoOpNlpEngine(models=[{"lang_code": "zh", "model_name": "none"}])
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["zh"])


def test_registry_loads_every_chinese_recognizer():
    names = {type(r).__name__ for r in load_recognizers(languages=["zh"])}
    assert {"ChineseResidentIdRecognizer", "ChinesePersonRecognizer", "ChineseHospitalRecognizer"} <= names


def test_a_discharge_summary(analyzer):
    resident_id = "11010519491231002" + cn_resident_id_check_char("11010519491231002")
    note = (
        f"出院小结 患者王小明，男，92岁，身份证号：{resident_id}，住院号：2024001234。"
        "因胸痛于2024年3月5日入院，于北京协和医院行PCI。现住址：北京市东城区王府井大街1号。"
        "联系电话：138-1234-5678。肌张力正常，川崎病史，请心内科会诊。"
    )
    found = {(note[r.start : r.end], r.entity_type) for r in analyzer.analyze(note, language="zh")}
    assert {
        ("王小明", "PERSON"),
        ("92", "AGE_OVER_89"),
        (resident_id, "CN_RESIDENT_ID"),
        ("2024001234", "MEDICAL_RECORD_NUMBER"),
        ("2024年3月5日", "DATE"),
        ("北京协和医院", "HOSPITAL"),
        ("北京市东城区王府井大街1号", "ADDRESS"),
        ("138-1234-5678", "PHONE_NUMBER"),
    } <= found
    assert not any(text in {"张力", "川崎", "心内科"} for text, _ in found)


def test_exam_numbers_are_other_identifiers_not_record_numbers(analyzer):
    note = "检查报告单\n检查号：202403050017  门诊号：ZY20240012\n姓名：陈雪梅  性别：女"
    found = {(note[r.start : r.end], r.entity_type) for r in analyzer.analyze(note, language="zh")}
    assert {("202403050017", "ID"), ("ZY20240012", "MEDICAL_RECORD_NUMBER"), ("陈雪梅", "PERSON")} <= found
    assert ("202403050017", "MEDICAL_RECORD_NUMBER") not in found
