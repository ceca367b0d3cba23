"""ChineseRomanizedNameRecognizer: Chinese names in Pinyin, Wade-Giles and Cantonese spellings."""

import pytest

from emr_deid.recognizers.zh.romanized_name import ChineseRomanizedNameRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseRomanizedNameRecognizer(supported_language="zh")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attending: Zhang Wei", ["Zhang Wei"]),
        ("Pt Li Xiaoming, 45M, admitted for pneumonia.", ["Li Xiaoming"]),
        ("患者 Wang Fang 女 32岁", ["Wang Fang"]),
        ("NAME: LI XIAOMING", ["LI XIAOMING"]),
        ("Chen, Jianguo", ["Chen, Jianguo"]),
        ("Jianguo Chen reviewed the film", ["Jianguo Chen"]),
        ("Seen by Dr. Tsai Ing-wen", ["Tsai Ing-wen"]),
        ("Chan Tai Man, 45M", ["Chan Tai Man"]),
        ("He, Jianguo (husband)", ["He, Jianguo"]),
        ("Zhang Wei Reviewed", ["Zhang Wei"]),
        ("Ouyang Zhenhua", ["Ouyang Zhenhua"]),
    ],
)
def test_finds_romanised_chinese_names(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He Said so",  # a surname that is an English word, without a comma
        "Long Term care",
        "Sun exposure",
        "She Li",  # a given name before its surname has two syllables
        "Li 0.8 mmol/L",
        "Shanghai Hospital",
        "Wang",
    ],
)
def test_ignores_english_words_and_lone_surnames(recognizer, found, text):
    assert found(recognizer, text) == []
