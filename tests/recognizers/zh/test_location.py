import pytest

from emr_deid.recognizers.zh.location import ChineseLocationRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseLocationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("患者来自北京，", ["北京"]),
        ("湖南人，务农", ["湖南"]),
        ("在深圳市务工", ["深圳市"]),
        ("长期在安康市居住", ["安康市"]),
        ("家住成都", ["成都"]),
        ("籍贯：广东省", ["广东省"]),
        ("籍贯：湖南长沙", ["湖南长沙"]),
        ("出生地：广东省广州市", ["广东省广州市"]),
        ("患者系湖南长沙人，务农", ["湖南长沙"]),
        ("近期去过武汉", ["武汉"]),
    ],
)
def test_finds_places(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text", ["身体安康", "白银", "北京协和医院就诊", "中山医院", "大同小异", "在深圳人民医院就诊", "来自四川大学"]
)
def test_ignores_places_inside_other_words(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("病人属于：本县区    现住址（详填）：见下", []),
        ("患者来自外县区，现住该区", []),
        ("病人属于：昌平区", ["昌平区"]),
        ("家住寿光县", ["寿光县"]),
    ],
)
def test_a_district_referred_back_to_is_no_place(recognizer, found, text, expected):
    assert found(recognizer, text) == expected
