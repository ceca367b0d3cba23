import pytest

from emr_deid.recognizers.ko.identifier import KoreanIdentifierRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanIdentifierRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("검사번호: CT77071810\n환자명", "CT77071810"),
        ("Abdomen CT (Acc. RA8523675586)", "RA8523675586"),
        ("Brain MRI  Acc#4067-037644\n", "4067-037644"),
        ("검체번호 S24-001234 채취", "S24-001234"),
        ("접수번호 20240305-0012", "20240305-0012"),
        ("Specimen ID: BX-2024-0311", "BX-2024-0311"),
        ("Account No. 1002-334-556677", "1002-334-556677"),
        ("장비번호: PM-4471 모니터", "PM-4471"),
    ],
)
def test_finds_identifiers_after_their_label(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["검사번호 미상", "Account balance 100", "Accordingly CT 12345678", "검사 결과 1234567 확인", "Episode of fever"],
)
def test_needs_a_label_and_a_number(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| 검체번호 | S1234567 |", "S1234567"),  # the next cell of a table row
        ("연번호: RA8267095860", "RA8267095860"),  # the serial number of a certificate (진단서)
        ("발급번호 2024-001234", "2024-001234"),
        ("교부번호 20240305-00123", "20240305-00123"),
    ],
)
def test_finds_certificate_numbers_and_table_cells(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["| 검체번호 | 미접수 |", "관련 번호 없음", "| 연번호 | |"])
def test_certificate_labels_and_cells_need_a_number(recognizer, found, text):
    assert found(recognizer, text) == []
