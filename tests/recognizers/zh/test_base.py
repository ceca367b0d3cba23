import pytest

from emr_deid.recognizers.zh.age import ChineseAgeOver89Recognizer
from emr_deid.recognizers.zh.base import to_simplified
from emr_deid.recognizers.zh.hospital import ChineseHospitalRecognizer
from emr_deid.recognizers.zh.medical_record import ChineseMedicalRecordNumberRecognizer
from emr_deid.recognizers.zh.person import ChinesePersonRecognizer
from emr_deid.recognizers.zh.phone import ChinesePhoneRecognizer
from emr_deid.recognizers.zh.resident_id import ChineseResidentIdRecognizer


def test_traditional_characters_become_simplified_one_for_one():
    note = "主治醫師：陳志強，電話：0755-88886666，住院號 ZY20240012。"
    simplified = to_simplified(note)
    assert simplified == "主治医师：陈志强，电话：0755-88886666，住院号 ZY20240012。"
    assert len(simplified) == len(note)


def test_characters_that_are_also_simplified_are_kept():
    assert to_simplified("显著改善，於女士") == "显著改善，於女士"


@pytest.mark.parametrize(
    ("recognizer", "text", "expected"),
    [
        (ChinesePersonRecognizer(), "主治醫師：劉德華，查房", ["劉德華"]),
        (ChinesePersonRecognizer(), "家屬張偉（兒子）簽字同意", ["張偉"]),
        (ChineseMedicalRecordNumberRecognizer(), "住院號：ZY20240012", ["ZY20240012"]),
        (ChinesePhoneRecognizer(), "聯繫電話：(0755)8888 6666", ["(0755)8888 6666"]),
        (ChineseHospitalRecognizer(), "轉入臺北榮民總醫院治療", ["臺北榮民總醫院"]),
    ],
)
def test_recognizers_read_traditional_notes_and_report_the_original_span(found, recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("recognizer_class", "text", "expected"),
    [
        (ChineseMedicalRecordNumberRecognizer, "住院号为2024001，", "2024001"),
        (ChineseResidentIdRecognizer, "身份证号是11010519491231002X。", "11010519491231002X"),
        (ChineseAgeOver89Recognizer, "年龄为92岁", "92"),
    ],
)
def test_a_copula_may_join_label_and_value(recognizer_class, found, text, expected):
    assert found(recognizer_class(), text) == [expected]
