"""Chinese provinces, cities and districts standing alone (issue #4)."""

import pytest

from emr_deid.recognizers.zh.location import ChineseLocationRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseLocationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # With its suffix a name is a place wherever it stands.
        ("广东省广州市居民，务农", ["广东省广州市"]),
        ("北京市朝阳区某社区", ["北京市朝阳区"]),
        ("深圳市转入", ["深圳市"]),
        ("上海市民，", ["上海市"]),
        # Without a suffix, after a place verb.
        ("患者系深圳人", ["深圳"]),
        ("于武汉出差期间发病", ["武汉"]),
        ("由周口转来", ["周口"]),
        ("常住浙江杭州", ["浙江杭州"]),
        ("现住址：广州市天河区", ["广州市天河区"]),
        # A district alone after a place verb.
        ("家住昌平区", ["昌平区"]),
        ("来自寿光县，务农", ["寿光县"]),
    ],
)
def test_finds_places(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "广东省人民医院心内科",
        "深圳市疾控中心通报",
        "在病区内活动",
        "在本病区休息",
        "来自社区医院",
        "在山区务农",
        "来自本县",
        "川崎病，心内科 7病区",
        "系统回顾无特殊",
        "由于发热就诊",
    ],
)
def test_no_place(recognizer, found, text):
    assert found(recognizer, text) == []
