import pytest

from emr_deid.recognizers.zh.phone import ChinesePhoneRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChinesePhoneRecognizer()


@pytest.mark.parametrize(
    "number",
    [
        "13812345678",
        "138-1234-5678",
        "138 1234 5678",
        "+86 138 1234 5678",
        "+86-13812345678",
        "008613812345678",
        "010-12345678",
        "0755-1234567",
        "(0755)12345678",
        "（021）61234567",
        "021 6123 4567",
        "400-810-8888",
    ],
)
def test_finds_numbers_in_a_note(recognizer, found, number):
    assert found(recognizer, f"家属联系电话：{number}，已告知") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "血压120/80mmHg，心率95次/分",
        "2024-03-05入院",
        "WBC 12.3×10^9/L",
        "住院号：2024001234",
        "尿量1500-2000ml",
        "23812345678",  # no such mobile prefix
    ],
)
def test_ignores_values_dates_and_record_numbers(recognizer, found, text):
    assert found(recognizer, text) == []
