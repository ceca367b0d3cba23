"""Record numbers in the label variants and layouts of real Chinese charts (issue #4)."""

import pytest

from emr_deid.recognizers.zh.medical_record import ChineseMedicalRecordNumberRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseMedicalRecordNumberRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("病历号（12345678）", "12345678"),
        ("住院号【1234567】 床号：12", "1234567"),
        ("门诊ID：12345678", "12345678"),
        ("住院ID: ZY20240012", "ZY20240012"),
        ("患者ID号 0012345678", "0012345678"),
        ("病员号：00123456", "00123456"),
        ("就诊卡 123456789012", "123456789012"),
        ("诊疗卡：A1234567", "A1234567"),
        ("住院號：20240012", "20240012"),  # traditional characters
        ("姓名：张三\t性别：男\t住院号：123456\t床号：15", "123456"),
        ("ID：12345678 姓名：张三", "12345678"),
        ("住院号码：20240012", "20240012"),
    ],
)
def test_finds_numbers_after_real_world_labels(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "床号：12床",  # a bed, not a patient
        "床号：+12",
        "心内科 7病区 12床",
        "病历号（待补）",
        "就诊卡遗失，补办中",
        "标本ID：12345678",  # a specimen's number
        "设备 ID: 12345678",
    ],
)
def test_no_record_number(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("病案首页号：00123456", "00123456"),
        ("患者主索引号 ZY20240012", "ZY20240012"),
        ("院内ID：12345678", "12345678"),
        ("HIS号：0012345678", "0012345678"),
        ("门(急)诊号：MZ-123456", "MZ-123456"),
        ("患者唯一号：1234567", "1234567"),
        ("住 院 号：20240012", "20240012"),  # a label justified with spaces
        ("病　案　号：1234567", "1234567"),
    ],
)
def test_patient_index_and_filing_numbers(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["住 院 天 数：12天", "诊疗号（待补）", "归档日期：2024-03-05"])
def test_no_record_number_near_spaced_or_new_labels(recognizer, found, text):
    assert found(recognizer, text) == []
