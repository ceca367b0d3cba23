"""ClinicalPersonRecognizer: names by title, credentials, signature, Pt/Patient, relation, known name pairs."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.en.person import ClinicalPersonRecognizer

RECOGNIZER = ClinicalPersonRecognizer()


def found(text: str) -> set[str]:
    return {text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["PERSON"])}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seen by Dr. Lee today", "Lee"),
        ("Mrs. Ana Ruiz called", "Ana Ruiz"),
        ("DR. KIM reviewed", "KIM"),
        ("Pt Jane Doe is stable", "Jane Doe"),
        ("his son Thomas at bedside", "Thomas"),
        ("Signed by: Robert K. Brown", "Robert K. Brown"),
        ("Jane Smith, RN", "Jane Smith"),
        ("Maria Garcia called back", "Maria Garcia"),
        ("Brandon K Desaulniers called", "Brandon K Desaulniers"),
        ("spoke with Brandon about discharge", "Brandon"),
    ],
)
def test_names_in_clinical_context(text, name):
    assert name in found(text)


def test_names_never_span_lines():
    names = found("Signed by: Robert Brown\nJane")
    assert "Robert Brown" in names and not any("\n" in name for name in names)


@pytest.mark.parametrize(
    "text", ["Patient Denies Pain", "son Was here", "Parkinson Disease", "Emergency Room", "Will Ambulate", "Hope Ward"]
)
def test_capitalised_clinical_words_are_not_names(text):
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Discharge instructions for STEVEN HOLT\nYou were", "STEVEN HOLT"),
        ("Patient Name: Chapman, Daisy\nMRN", "Chapman, Daisy"),
        ("Emergency contact: M. Rodriguez (spouse)", "M. Rodriguez"),
        ("Patient K. Reed, MRN 6888416.", "K. Reed"),
        ("Attending: K. Ray, MD", "K. Ray"),
        ("Thank you for this consult. MEGAN SMITH, MD", "MEGAN SMITH"),
        ("Attending: Prof.Helen Carter", "Helen Carter"),
    ],
)
def test_upper_case_reversed_and_initialled_names(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "CHEST PA AND LATERAL\nFINDINGS: NO ACUTE PROCESS",
        "E. coli bacteremia, S. aureus in 2/2 bottles",
        "Dx: Lasix, Furosemide",
        "Attending: Prof.",
    ],
)
def test_upper_case_headers_and_abbreviated_species_are_not_names(text):
    assert found(text) == set()


def test_a_title_ending_a_line_takes_no_name_from_the_next():
    assert found("appts in Springfield, MS.\nWound care: sacral stage II") == set()


@pytest.mark.parametrize(("text", "name"), [("Ms. Ana Ruiz", "Ana Ruiz"), ("DR. SMITH called", "SMITH")])
def test_a_title_on_the_names_line(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Patient last name: Li     First name: Russell     DOB: 1/2/1950", {"Li", "Russell"}),
        ("Surname: NGUYEN  Given name: Thi", {"NGUYEN", "Thi"}),
    ],
)
def test_name_fields_of_a_form(text, names):
    assert found(text) == names


def test_a_name_field_without_a_value_takes_nothing():
    assert found("Last name: ________  First name:\n") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her maiden name is Kowalski.", "Kowalski"),
        ("He says his name is Lena Andersson, not Lena", "Lena Andersson"),
        ("Patient's preferred name is BOB", "BOB"),
        ("What's your name? Jildau S Bouts", "Jildau S Bouts"),
        ("What's your last name?\nBaba", "Baba"),
    ],
)
def test_a_name_said_or_asked_for(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", ["his name was Unknown", "The name is Tylenol", "my name is\n\nAllergies: none"])
def test_a_name_statement_without_a_name_takes_nothing(text):
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [("Seen by Dr. O'Brien.", "O'Brien"), ("Dr. McDonald reviewed", "McDonald"), ("Ms. D'Angelo called", "D'Angelo")],
)
def test_surnames_with_a_gaelic_or_italian_prefix_are_whole(text, name):
    assert found(text) == {name}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("lives with wife mary in springfield.", {"mary"}),
        ("son john smith at bedside", {"john", "john smith"}),
    ],
)
def test_a_relatives_name_in_a_note_typed_in_lower_case(text, names):
    assert found(text) == names


@pytest.mark.parametrize(
    "text", ["wife may call", "son will drive her home", "daughter lives nearby", "wife and son present"]
)
def test_lower_case_words_after_a_relation_are_not_names(text):
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Follow up with Matheus Araujo in a couple of months.", "Matheus Araujo"),
        ("Pt Krzysztof Nowak admitted", "Krzysztof Nowak"),
        ("Pt: Lim Eun-gyeong / 임은경", "Lim Eun-gyeong"),
    ],
)
def test_a_pair_or_a_cue_vouches_for_names_of_any_locale(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [("Sister H. Joyce visits daily.", "Sister H. Joyce"), ("Dr. Michael Riley, General Surgery", "Riley, General")],
)
def test_words_some_locales_list_as_names_are_not_names(text, not_a_name):
    assert not_a_name not in found(text)
