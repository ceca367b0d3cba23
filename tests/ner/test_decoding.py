import numpy as np
import pytest

from emr_deid.recognizers.ner.decoding import (
    complete_dates,
    complete_identifiers,
    complete_korean_names,
    decode,
    plausible,
    snap_to_latin_words,
    spans_from_probabilities,
    tag_spans,
    trim_edges,
)
from emr_deid.recognizers.ner.features import LABELS, bio_tags

TAGS = 1 + 2 * len(LABELS)


def _probabilities(rows: list[dict[str, float]]) -> np.ndarray:
    """Rows of {"O": p, "B-PERSON": p, ...}; unnamed tags get nothing."""
    names = ["O", *(f"{prefix}-{label}" for label in LABELS for prefix in ("B", "I"))]
    array = np.zeros((len(rows), TAGS), dtype=np.float32)
    for i, row in enumerate(rows):
        for name, p in row.items():
            array[i, names.index(name)] = p
    return array


def test_tag_spans_read_gold_tags_back():
    spans = [(0, 3, "PERSON"), (5, 15, "DATE"), (15, 17, "ID")]
    assert tag_spans(bio_tags(20, spans)) == spans


def test_tag_spans_start_a_span_at_an_orphan_inside_tag():
    person, location = LABELS.index("PERSON"), LABELS.index("LOCATION")
    tags = np.array([0, 2 + 2 * person, 2 + 2 * person, 0, 1 + 2 * person, 2 + 2 * location, 0])
    assert tag_spans(tags) == [(1, 3, "PERSON"), (4, 5, "PERSON"), (5, 6, "LOCATION")]


def test_decode_gives_one_span_of_the_type_with_most_mass_when_characters_disagree():
    rows = [
        {"O": 0.9, "B-DATE": 0.1},
        {"B-DATE": 0.8, "O": 0.2},
        {"I-ID": 0.6, "I-DATE": 0.4},  # a character of the date read as an ID
        {"I-DATE": 0.9, "O": 0.1},
        {"O": 0.7, "I-DATE": 0.3},
    ]
    ((start, end, label, score),) = decode(_probabilities(rows))
    assert (start, end, label) == (1, 4, "DATE")
    assert score == pytest.approx((0.8 + 0.4 + 0.9) / 3)


def test_decode_splits_at_a_begin_tag_and_at_outside_characters():
    rows = [{"B-PERSON": 0.9}, {"I-PERSON": 0.9}, {"B-PERSON": 0.8}, {"I-PERSON": 0.9}, {"O": 0.9}, {"I-ID": 0.9}]
    assert [(s, e, label) for s, e, label, _ in decode(_probabilities(rows))] == [
        (0, 2, "PERSON"),
        (2, 4, "PERSON"),
        (5, 6, "ID"),
    ]
    assert decode(np.zeros((0, TAGS), dtype=np.float32)) == []


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Dr. R. Smith notified", (7, 10), (7, 12)),  # "Smi" holds most of "Smith": out to the word's end
        ("Known trichomoniasis", (0, 2), None),  # "Kn" of "Known": dropped
        ("L&D TRIAGE today", (4, 7), None),  # half of a word is not most of it
        ("spouse Melissa Robinson.", (7, 22), (7, 23)),
        ("call 010-1234-5678 now", (5, 18), (5, 18)),  # no letters: untouched
        ("환자 김민준님", (3, 6), (3, 6)),  # Hangul attaches particles: untouched
    ],
)
def test_span_edges_inside_latin_words_move_to_word_edges(text, span, expected):
    snapped = snap_to_latin_words(text, [(*span, "PERSON", 0.9)])
    assert snapped == ([] if expected is None else [(*expected, "PERSON", 0.9)])


def test_spans_from_probabilities_decodes_then_snaps():
    text = "Pt Smith ok"
    rows = [{"O": 1.0}] * 3 + [{"B-PERSON": 0.9}, {"I-PERSON": 0.9}, {"I-PERSON": 0.9}] + [{"O": 1.0}] * 5
    assert [(s, e, label) for s, e, label, _ in spans_from_probabilities(text, _probabilities(rows))] == [
        (3, 8, "PERSON")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patel, Sara.", "Patel, Sara"),
        ("Ryan Q. Sampson,", "Ryan Q. Sampson"),
        (" (02) 555-0100,", "(02) 555-0100"),
        ("(Kim", "Kim"),
        ("12 Main St.", "12 Main St."),
        ("2024. 3. 5.", "2024. 3. 5."),
        (" '24.2.10,", "'24.2.10"),
        ("Dec 25.", "Dec 25"),
        ("24. 3. 5.", "24. 3. 5."),
        ("'Kim'", "Kim"),
        ("张伟，", "张伟"),
        ("「北京」", "北京"),
        ("，。", None),
    ],
)
def test_spans_do_not_start_or_end_with_spaces_or_punctuation(text, expected):
    trimmed = trim_edges(text, [(0, len(text), "PERSON", 0.9)])
    assert [text[start:end] for start, end, *_ in trimmed] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "date",
    [
        "3/5",
        "2024-03-05",
        "March 5",
        "5th of March",
        "Mar '24",
        "2024년 3월",
        "3월 5일",
        "二〇二四年三月五日",
        "20240305",
    ],
)
def test_dates_with_two_parts_or_a_compact_run_are_kept(date):
    assert plausible(date, [(0, len(date), "DATE", 0.9)])


@pytest.mark.parametrize("value", ["4", "12", "2024", "3월", "March"])
def test_a_date_of_one_part_is_dropped(value):
    assert plausible(value, [(0, len(value), "DATE", 0.9)]) == []


@pytest.mark.parametrize(
    ("age", "kept"),
    [
        ("92", True),
        ("103", True),
        ("九十二", True),
        ("一百零三", True),
        ("85", False),
        ("八十九", False),
        ("y/o", False),
    ],
)
def test_an_age_over_89_needs_a_number_of_at_least_90(age, kept):
    assert bool(plausible(age, [(0, len(age), "AGE_OVER_89", 0.9)])) is kept


def test_other_types_are_not_judged():
    assert plausible("4", [(0, 1, "ID", 0.9)]) == [(0, 1, "ID", 0.9)]


@pytest.mark.parametrize(
    ("text", "inside"),
    [("联系3774361697@qq.com。", "3774361697"), ("see https://pacs.example.org/study/20240305 now", "20240305")],
)
def test_no_span_inside_an_email_address_or_a_url(text, inside):
    start = text.index(inside)
    assert plausible(text, [(start, start + len(inside), "ID", 0.9)]) == []


def test_a_span_beside_an_email_address_is_kept():
    text = "ID 12345678 mail kim@example.com"
    assert plausible(text, [(3, 11, "ID", 0.9)]) == [(3, 11, "ID", 0.9)]


@pytest.mark.parametrize(
    ("text", "name"),
    [("서순자의 아들이 방문", "서순자"), ("보호자 이명자에게 설명함", "이명자"), ("배은경과 함께 내원", "배은경"),
     ("담당: 박은주.", "박은주"), ("환자 한정호", "한정호")],
)  # fmt: skip
def test_a_korean_name_cut_before_its_last_syllable_is_completed(text, name):
    start = text.index(name)
    assert complete_korean_names(text, [(start, start + 2, "PERSON", 0.9)]) == [(start, start + 3, "PERSON", 0.9)]


@pytest.mark.parametrize(
    "text",
    [
        "김민이 왔다",  # the subject particle after a two-syllable name
        "김민님 내원",  # an honorific
        "김민내원함",  # a word run on after the name
        "김민 씨",
    ],
)
def test_a_two_syllable_korean_name_stays_whole(text):
    assert complete_korean_names(text, [(0, 2, "PERSON", 0.9)]) == [(0, 2, "PERSON", 0.9)]


def test_only_person_spans_opening_with_a_surname_are_completed():
    text = "서순자의 아들"
    assert complete_korean_names(text, [(0, 2, "LOCATION", 0.9)]) == [(0, 2, "LOCATION", 0.9)]
    assert complete_korean_names("아들자의", [(0, 2, "PERSON", 0.9)]) == [(0, 2, "PERSON", 0.9)]


@pytest.mark.parametrize(
    ("text", "cut", "date"),
    [
        ("预约2019年08月29日复诊", "019年08月29日", "2019年08月29日"),  # a year cut inside its digits
        ("2022-4-4晨起呕吐", "2022-4", "2022-4-4"),  # a year-month cut before its day
        ("预约25.06.16复诊", "6.16", "25.06.16"),  # a month-day cut after its year
        ("2020年10月15号晨起", "2020年10月15", "2020年10月15号"),  # the spoken 号
        ("2024년 3월 5일 입원", "2024년 3월 5", "2024년 3월 5일"),
        ("seen 2024/03/05 in ER", "2024/03/0", "2024/03/05"),
        ("1.2024年3月5日入院\n2.2024年3月8日出院", "2.2024年3月8日", "2024年3月8日"),  # a list number
        ("诊疗经过：\n1.3月5日 CT", "1.3月5日", "3月5日"),
        ("①2024-03-05 OP", "①2024-03-05", "2024-03-05"),
        ("术后恢复可；2.3月8日复查", "2.3月8日", "3月8日"),  # a list number after a clause
        ("血常规正常；3.3.12 CT示好转", "3.3.12", "3.12"),  # one digit is no year
    ],
)
def test_a_date_cut_inside_its_numbers_is_completed(text, cut, date):
    start = text.index(cut)
    assert complete_dates(text, [(start, start + len(cut), "DATE", 0.9)]) == [
        (text.index(date), text.index(date) + len(date), "DATE", 0.9)
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("入院时间2025012114:20", "20250121"),  # growing the run would make ten digits
        ("3/5~3/8 입원", "3/5"),  # a range: the next date starts after another separator
        ("2024-03-05 14:30", "2024-03-05"),  # a whole date stays as it is
        ("3月5日-3月8日", "3月5日"),
        ("BP 120/80, 3/5 f/u", "3/5"),
        ("5.3.2024 seen", "5.3.2024"),  # day, month, year: the 5. is the date's own
        ("외래 1.3월 5일", "1.3월 5일"),  # mid-line, the 1. may be anything: left alone
    ],
)
def test_a_whole_date_is_left_alone(text, span):
    start = text.index(span)
    assert complete_dates(text, [(start, start + len(span), "DATE", 0.9)]) == [(start, start + len(span), "DATE", 0.9)]


def test_only_dates_are_completed():
    text = "ID 12345678"
    assert complete_dates(text, [(4, 11, "ID", 0.9)]) == [(4, 11, "ID", 0.9)]


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("항암 3/6 cycle 진행", "3/6"),
        ("양성 2/3 개", "2/3"),
        ("생검 3/12 cores positive", "3/12"),
        ("투약 7/14일분 처방", "7/14일"),
        ("motor power 4/5, sensory intact", "4/5"),
        ("LN 2/15 (+)", "2/15"),
        ("化疗 2/6 周期", "2/6"),
    ],
)
def test_a_ratio_that_counts_or_scores_is_no_date(text, ratio):
    start = text.index(ratio)
    assert plausible(text, [(start, start + len(ratio), "DATE", 0.9)]) == []


@pytest.mark.parametrize(
    ("text", "date"), [("3/6 CT 시행", "3/6"), ("f/u 12/1 OP", "12/1"), ("2024/3/6 cycle 2", "2024/3/6")]
)
def test_a_date_before_other_words_is_kept(text, date):
    start = text.index(date)
    span = (start, start + len(date), "DATE", 0.9)
    assert plausible(text, [span]) == [span]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("SSN:\n123-45-6789", (5, 15), "ID", "123-45-6789"),  # the last digit was cut off
        ("病案号:\nBA2023001", (7, 13), "ID", "BA2023001"),  # cut on both sides
        ("Tel 010-1234-5678", (4, 16), "PHONE_NUMBER", "010-1234-5678"),
        ("ID 12345 6789", (3, 8), "ID", "12345"),  # a space ends a code
        ("김민준 010-1234", (4, 12), "ID", "010-1234"),  # not cut: untouched
        ("Dr Known", (3, 5), "ID", "Kn"),  # letters only: a word, for step 4
        ("seen 2024-03-05", (5, 12), "DATE", "2024-03"),  # dates complete by their own rule (step 8)
    ],
)
def test_identifier_edges_inside_a_code_move_to_the_codes_edges(text, span, label, expected):
    ((start, end, _, _),) = complete_identifiers(text, [(*span, label, 0.9)])
    assert text[start:end] == expected
