import pytest

from emr_deid.recognizers.ko.romanized_name import KoreanRomanizedNameRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanRomanizedNameRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("환자 Nam Seung-hyeon(남승현, DOB 1948.11.01)", ["Nam Seung-hyeon"]),
        ("Read by Yoon, Jimin", ["Yoon, Jimin"]),
        ("Read by KIM HYEONJUN", ["KIM HYEONJUN"]),
        ("Reading: Juwon Jeon", ["Juwon Jeon"]),
        ("Attending: Prof. HWANGBO HYEONWOO", ["HWANGBO HYEONWOO"]),
        ("f/u echo, Park U-jin 선생님께 noti함", ["Park U-jin"]),
        ("Name: WON MINSU (원민수)  Reg No.", ["WON MINSU"]),
        ("환자 Lim, Siu(임시우, DOB 24-Jul-1939)", ["Lim, Siu"]),
        ("최정남(Jeongnam Choi) / 30세", ["Jeongnam Choi"]),
        ("Ok, Seonghun referred", ["Ok, Seonghun"]),
        ("Dr. Lee Jae-hyun saw the patient", ["Lee Jae-hyun"]),
    ],
)
def test_finds_romanised_korean_names(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Parkinson disease, Chest CT",
        "Final Dx: Addison's disease",
        "Dr. Kim said so",
        "In Seoul, Go home",
        "Do, not resuscitate",
        "Seoul National University Hospital",
        "Read by Jiu Choi",
        "Han River",
    ],
)
def test_ignores_english_words_and_lone_surnames(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attending: 박성훈 교수님, Resident: Lee JH", ["Lee JH"]),
        ("Read by KIM Y.H. / confirmed by Park S-J", ["KIM Y.H.", "Park S-J"]),
        ("Lee JH, Choi MS 참석", ["Lee JH", "Choi MS"]),
    ],
)
def test_finds_a_surname_with_the_given_names_initials(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", ["Park ER 방문", "Moon CT 시행", "Kim MRI 시행", "Lee JHK"])
def test_a_ward_or_a_test_after_a_surname_is_no_initials(recognizer, found, text):
    assert found(recognizer, text) == []
