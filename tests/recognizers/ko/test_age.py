import pytest

from emr_deid.recognizers.ko.age import KoreanAgeOver89Recognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanAgeOver89Recognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("만 92세 여자 환자", "92"),
        ("95 yo male", "95"),
        ("F/91 내원", "91"),
        ("91/M, chest pain", "91"),
        ("나이: 93", "93"),
        ("연령 100세", "100"),
        ("96살 할머니", "96"),
    ],
)
def test_finds_ages_of_90_and_over(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text", ["만 89세 남자", "SpO2 92%", "HR 95회/분", "BP 95/60", "92세대 아파트", "체중 95kg", "45세 여자"]
)
def test_ignores_younger_ages_and_vital_signs(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"), [("최영철(91남) 재진", "91"), ("권예진 / 93여 / 12345678", "93"), ("(92M)", "92")]
)
def test_finds_an_age_run_together_with_the_sex(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["90여 명 참석", "Foley 90Fr", "95Male", "192M"])
def test_a_number_run_into_a_longer_word_is_no_age(recognizer, found, text):
    assert found(recognizer, text) == []
