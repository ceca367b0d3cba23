import pytest

from emr_deid.recognizers.ko.driver_license import KoreanDriverLicenseRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanDriverLicenseRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("운전면허번호 11-22-333333-44 확인", "11-22-333333-44"),
        ("신분증: 운전면허증 13-05-123456-78", "13-05-123456-78"),
        ("면허번호: 112233333344", "112233333344"),
        ("구 면허 서울 12-345678-90", "서울 12-345678-90"),
    ],
)
def test_finds_licences(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["99-22-333333-44", "검체 112233333344", "운전면허 없음"])
def test_rejects_unknown_regions_and_unlabelled_digits(recognizer, found, text):
    assert found(recognizer, text) == []


def test_a_labelled_number_with_an_unlisted_region_code_is_kept(recognizer, found):
    assert found(recognizer, "운전면허 27-46-679851-38로 본인 확인") == ["27-46-679851-38"]
    assert found(recognizer, "신분증 27-46-679851-38") == []
