import pytest

from emr_deid.recognizers.zh.medical_record import ChineseMedicalRecordNumberRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseMedicalRecordNumberRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("住院号：2024001234", "2024001234"),
        ("门诊号 MZ-123456，", "MZ-123456"),
        ("病案号:00987654", "00987654"),
        ("病历号（ID）A20240305001", "A20240305001"),
        ("住院病案号：ZY20240012", "ZY20240012"),
        ("患者编号 P-0012345", "P-0012345"),
        ("就诊卡号：1234 5678 9012", "1234 5678 9012"),
    ],
)
def test_finds_numbers_after_their_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["住院号：不详", "床号 12", "WBC 12345", "患者2024001234", "影像号 CT123456"])
def test_needs_a_label_and_a_number(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| 病历号 | 7190190 | 申请科室 | 骨科 |", "7190190"),
        ("| 住 院 号 |ZY75922097| 床号 | 12 |", "ZY75922097"),
        ("病案号 || 00987654", "00987654"),
    ],
)
def test_finds_numbers_in_the_table_cell_after_their_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["| 床号 | 23 | 科室 | 骨科 |", "| 病历号 | 不详 |", "| 检查号 | 123456789 |"])
def test_table_cells_need_a_record_label_and_a_number(recognizer, found, text):
    assert found(recognizer, text) == []


def test_observation_ward_numbers_are_record_numbers(recognizer, found):
    assert found(recognizer, "转运途中由护士护送。\n留观号69752838，值班医师") == ["69752838"]


def test_finds_a_number_alone_on_the_line_below_its_label(recognizer, found):
    # a form exported one field per line
    assert found(recognizer, "门诊号：\n12345678\n姓名：\n王小明") == ["12345678"]


def test_a_sentence_below_an_empty_label_is_not_its_value(recognizer, found):
    assert found(recognizer, "门诊号：\n2024001234号病人已出院") == []
