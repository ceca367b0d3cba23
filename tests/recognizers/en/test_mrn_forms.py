"""Record numbers after the label variants of US charts, bracketed or not (issue #4)."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.mrn import MedicalRecordNumberRecognizer

RECOGNIZER = MedicalRecordNumberRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["MEDICAL_RECORD_NUMBER"])]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hosp # 1234567 admitted to 4W", "1234567"),
        ("Hosp. No. H0012345", "H0012345"),
        ("MRN (12345678)", "12345678"),
        ("MRN [00123456]", "00123456"),
        ("MRN：0012345", "0012345"),
        ("Patient #: 00123456", "00123456"),
        ("Patient Number 7654321", "7654321"),
        ("Pt # 1234567", "1234567"),
        ("MR Number: E1234567", "E1234567"),
        ("EMPI 1002003004", "1002003004"),
        ("MRN\n00123456", "00123456"),  # label and value in two cells of a table
    ],
)
def test_finds_numbers_after_real_world_labels(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Patient #2 in the series",
        "MRN (pending)",
        "Hospital day #3, POD 2",
        "Parkinson disease, Lasix 40 mg, BP 120/80",
        "ICD-10 I25.10, E11.9",
    ],
)
def test_no_record_number(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Record No: 12345678", "12345678"),
        ("PID: 12345678", "12345678"),
        ("EMR ID 12345678", "12345678"),
        ("Chart: 12345678", "12345678"),
    ],
)
def test_short_record_labels(text, value):
    assert found(text) == [value]


def test_a_date_after_the_word_chart_is_not_a_record_number():
    assert found("Chart 2024-03-05 reviewed") == []


@pytest.mark.parametrize(("text", "value"), [("Client ID: 0962864", "0962864"), ("Client #: E4543656", "E4543656")])
def test_home_health_client_numbers(text, value):
    assert found(text) == [value]


def test_a_client_without_a_number_label_has_no_record_number():
    assert found("Client 2 of 5 seen today") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Child: Ann Lee | DOB 1/7/2016 | Sex female | Chart 422-04-23", "422-04-23"),
        ("Chart 00123456\nAllergies: NKDA", "00123456"),
        ("Name: Ann Lee   Chart E1234567   Bed 12", "E1234567"),
    ],
)
def test_a_bare_chart_label_heading_a_banner_cell(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "reviewed chart 12345678 times",  # mid-sentence, not a banner cell
        "Chart 3-5-2024 reviewed",
        "| Chart 2024-03-05 |",
        "| Chart reviewed |",
    ],
)
def test_no_record_number_after_chart_in_prose_or_before_a_date(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1) J. Macias rm 4012 | 19F | E2871902", "E2871902"),
        ("WILLIAM BLANKENSHIP 69M / 48401779", "48401779"),
        ("Rosales | 101M | 395-25-20\n - IP: WATCHER", "395-25-20"),
    ],
)
def test_a_number_in_a_banner_cell_after_age_and_sex(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize("text", ["69M | 5/10 pain", "BP 69/40 | 12 m / 1234567", "45F, 3 days of cough"])
def test_no_record_number_after_age_and_sex_without_one(text):
    assert found(text) == []
