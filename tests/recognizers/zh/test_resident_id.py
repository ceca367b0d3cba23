import pytest

from emr_deid.recognizers.checksums import cn_resident_id_check_char
from emr_deid.recognizers.zh.resident_id import ChineseResidentIdRecognizer, cn_region_code_is_valid


def _with_check_char(first17: str) -> str:
    return first17 + cn_resident_id_check_char(first17)


VALID = _with_check_char("11010519491231002")  # ends in X
VALID_GD = _with_check_char("44030419900307123")


@pytest.fixture(scope="module")
def recognizer():
    return ChineseResidentIdRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"身份证号：{VALID}，已核对", VALID),
        (f"身份证号码{VALID_GD}。", VALID_GD),
        (f"证件号 {VALID.lower()}", VALID.lower()),
        (f"身份证 {VALID_GD[:6]} {VALID_GD[6:14]} {VALID_GD[14:]}", f"{VALID_GD[:6]} {VALID_GD[6:14]} {VALID_GD[14:]}"),
        ("旧身份证号110105491231002", "110105491231002"),
    ],
)
def test_finds_resident_ids(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


def test_checked_ids_score_full_and_legacy_ids_less(recognizer):
    [checked] = recognizer.analyze(f"身份证号：{VALID}", ["CN_RESIDENT_ID"])
    [legacy] = recognizer.analyze("旧号110105491231002", ["CN_RESIDENT_ID"])
    assert checked.score == 1.0 and legacy.score < 1.0


@pytest.mark.parametrize(
    "text",
    [
        VALID[:-1] + ("0" if VALID[-1] != "0" else "1"),  # wrong check character
        _with_check_char("99010519491231002"),  # no province 99
        _with_check_char("11010519490231002"),  # 31 February 1949... 02-31
        "110105491332002",  # legacy with month 13
        "住院号2024000112345678",
    ],
)
def test_rejects_invalid_ids(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(("prefix", "valid"), [("11", True), ("65", True), ("91", True), ("10", False), ("99", False)])
def test_region_codes(prefix, valid):
    assert cn_region_code_is_valid(prefix + "0105") is valid


def test_a_labelled_id_with_a_wrong_check_character_is_still_found():
    """A typo in a real identifier must not let it through: after its label, the structure suffices."""
    text = "电话已通知本人，身份证号310104198806210029。"
    [result] = ChineseResidentIdRecognizer().analyze(text, ["CN_RESIDENT_ID"])
    assert text[result.start : result.end] == "310104198806210029"
    assert result.score < 1.0  # not validated: the pattern's score
