"""Korean date forms from real charts (issue #4): the span is the date, never a weekday or time after it."""

import pytest

from emr_deid.recognizers.ko.date import KoreanDateRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanDateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'24. 3. 5. 내원", ["'24. 3. 5."]),
        ("24년 3월 입원", ["24년 3월"]),
        ("2024년 3월 5일(화) 외래", ["2024년 3월 5일"]),
        ("3. 5.(화) 외래 예약", ["3. 5."]),
        ("3. 5. 내원 예정", ["3. 5."]),
        ("2024.3.5. 입원", ["2024.3.5."]),
        ("2024. 03. 05 14:30 입원", ["2024. 03. 05"]),
        ("2024-03-05 09:00 수술", ["2024-03-05"]),
        ("24/3/5 내원", ["24/3/5"]),
    ],
)
def test_finds_dates(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text", ["1. 2. 3. 항목 참조", "혈압 120/80, Cr 1.2", "power 3/5, 통증 4/10", "NRS 3. 5. 이하 유지"]
)
def test_no_date(recognizer, found, text):
    assert found(recognizer, text) == []


# Code-mixed notes (ko-en) date tests, procedures and encounters in passing, in English and Korean words.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/3 CT상 LN enlargement 없음", ["12/3"]),
        ("3.5 Bx 결과 adenocarcinoma", ["3.5"]),
        ("11.27 OP 예정", ["11.27"]),
        ("3.5 ER visit 후 admit함", ["3.5"]),
        ("11.27에 내원하여 EGD 시행", ["11.27"]),
        ("3/5자 lab상 WBC 정상", ["3/5"]),
        ("12.3 타원에서 PCI 시행", ["12.3"]),
        ("12/3 이후 OPD 안 옴", ["12/3"]),
        ("3/5 당시 chest CT", ["3/5"]),
        ("4.17 CABG 시행", ["4.17"]),
        ("1.12 C4 완료", ["1.12"]),
        ("3/5 C1D1 FOLFOX", ["3/5"]),
        ("s/p LAC (12/3)", ["12/3"]),
        ("MRI (11.27)상 no interval change", ["11.27"]),
        ("Echo 3.5: EF 55%", ["3.5"]),
        ("CXR 12.3 비교시 호전", ["12.3"]),
        ("다음 외래는 3/5", ["3/5"]),
        ("mother 사망 3.5", ["3.5"]),
        ("on 11.27, chest pain 발생", ["11.27"]),
        ("extubation 3/5, 이후 stable", ["3/5"]),
        ("C-line insertion (12.3)", ["12.3"]),
        ("Rt. IJ C-line (3.4), A-line", ["3.4"]),
        ("Sx onset: 12/3", ["12/3"]),
        ("과거 2.3 타병원에서 LC 권유", ["2.3"]),
        ("11.27: 본원 ER 경유 입원", ["11.27"]),
        ("Lab (5.30): Na 134", ["5.30"]),
        ("MRI (03/05)상 호전", ["03/05"]),
        ("3.5~ pip/tazo 사용 중", ["3.5"]),
        ("Travel hx: 12.6~22-Dec Daegu trip", ["12.6", "22-Dec"]),
    ],
)
def test_finds_dates_in_code_mixed_prose(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cr 1.2 CT 전 hydration",
        "K:3.5 이후 교정",
        "L4/5 HNP",
        "1/2 NS 1 L",
        "aspirin 3/5 tabs",
        "CT 3.5 cm mass",
        "on 2.5 mg qd",
        "Cr 1.2~1.5",
        "grade 2/4 murmur",
        "HD#3 stable",
        "PLT 150 이후 회복",
        "Hb 10.3 → 9.8 s/p transfusion",
    ],
)
def test_values_doses_and_levels_near_those_words_are_no_dates(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/5 PICC 삽입", ["3/5"]),
        ("12/3 foley 제거", ["12/3"]),
        ("3/5 오전 fever spike", ["3/5"]),
        ("3.5 오전 fever spike", ["3.5"]),
        ("11.27부 DNR 작성", ["11.27"]),
        ("(HD#3, 11.27) afebrile", ["11.27"]),
        ("(3.5) Echo: EF 40%", ["3.5"]),
        ("12/3 야간에 SOB", ["12/3"]),
        ("외래는3/5로 연기", ["3/5"]),
    ],
)
def test_finds_dates_before_a_change_a_time_of_day_or_in_plain_prose(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "power 3/5, sensory intact",
        "MMT: 4/5 both",
        "NRS 7/10",
        "pain 3/10 → 1/10",
        "AST/ALT 12/10",
        "C5 4/5 C6 4/5",
        "근력 4/5 유지",
        "1/2로 감량",
        "2/15 LN metastasis",
        "blood culture 2/2 sets",
        "4/4 extremities",
        "3/5 정도 호전",
        "x3/5",
        "K 3.5 오전 f/u",
    ],
)
def test_scores_counts_and_value_pairs_are_no_dates(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", ["V/S: 150/90-92-20-37.2\n월요일 외래 예약", "BT 36.8\n3\n월 단위 f/u"])
def test_a_date_does_not_run_across_lines(recognizer, found, text):
    assert found(recognizer, text) == []
