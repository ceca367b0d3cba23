import pytest

from emr_deid.recognizers.zh.age import ChineseAgeOver89Recognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseAgeOver89Recognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("患者男，92岁，因", "92"),
        ("九十五岁高龄", "九十五"),
        ("年龄：93", "93"),
        ("女/96", "96"),
        ("一百零二岁", "一百零二"),
        ("91周岁", "91"),
        ("老人90余岁", "90"),
    ],
)
def test_finds_ages_of_90_and_over(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["89岁", "心率95次/分", "SpO2 92%", "八十九岁", "年龄：65", "体重95kg"])
def test_ignores_younger_ages_and_vital_signs(recognizer, found, text):
    assert found(recognizer, text) == []
