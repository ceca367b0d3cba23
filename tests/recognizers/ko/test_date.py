import pytest

from emr_deid.recognizers.ko.date import KoreanDateRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return KoreanDateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024년 3월 5일 내원", "2024년 3월 5일"),
        ("2024년3월5일(화) 입원", "2024년3월5일"),
        ("3월 5일 수술 시행", "3월 5일"),
        ("2023년 12월 진단", "2023년 12월"),
        ("'24년 3월 퇴원", "'24년 3월"),
        ("24.03.05 CT 시행", "24.03.05"),
        ("2024. 3. 5. 검사", "2024. 3. 5."),
        ("2024-03-05 14:30 ER 내원", "2024-03-05"),
        ("2024/3/5 방문", "2024/3/5"),
        ("검사일 20240305", "20240305"),
        ("3/5 입원하여", "3/5"),
        ("Mar 5, 2024 discharge", "Mar 5, 2024"),
        ("2024년경 수술", "2024년"),
    ],
)
def test_finds_dates(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "motor power 3/5",
        "혈압 120/80",
        "2024-02-30",
        "13/45일",
        "Hb 12.3, 3.5mg",
        "내원 3일 전부터 발열",
        "1:1000 희석",
        "14:30 투약",
        "ICD-10 I21.9",
    ],
)
def test_ignores_values_and_impossible_dates(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("다음 방문 9.23. 담당의 확인", ["9.23"]),
        ("외래: 1/2 내분비내과 교수 외래 예약", ["1/2"]),
        ("외래:10/01 예약", ["10/01"]),
        ("[신생아실 경과] 09/07\n수유 양호", ["09/07"]),
        ("HD #5 12/08\n밤사이 발열 없음", ["12/08"]),
        ("f/u 중이던 자로 12.26경부터 악화", ["12.26"]),
        ("항생제 투여 후 08/23 추적 흉부 X선", ["08/23"]),
        ("재원기간 3/27~04/09, 합병증 없음", ["3/27", "04/09"]),
        ("입원기간 9.30~10.4 동안", ["9.30", "10.4"]),
        ("입원 10월 23일~10/30", ["10월 23일", "10/30"]),
        ("조절함.05/11 재검 예정", ["05/11"]),
        ("3.5(화) 외래 예약", ["3.5"]),
        ("7/11 22:00 N/S) sleeping", ["7/11"]),
        ("Adm 12/20, D/C 1/2. Final Dx", ["12/20", "1/2"]),
        ("Uro OPD 10.8: dysuria", ["10.8"]),
        ("OPD f/u 30-Apr with Dr. Kim", ["30-Apr"]),
        ("admitted 5 March, discharged March 12th", ["5 March", "March 12th"]),
        ("since 6-Feb fever", ["6-Feb"]),
    ],
)
def test_finds_month_and_day_without_a_year_in_event_context(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "식사량 1/2, 수분 섭취 양호",
        "lactate 2.1 f/u",
        "Cr 1.2 추적 검사",
        "Cr 1.2~1.5 mg/dL",
        "다음 1.5배 증량",
        "since 2.5 days",
        "외래 2 주 후",
        "K 3.8 호전됨",
        "3 Marks",
        "Mayo 3 clinic",
        "2/6 systolic murmur",
    ],
)
def test_ignores_fractions_and_decimals_beside_event_words(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("MICU day #6 (6/6)  Bed 12", ["6/6"]), ("ICU day #3 (12.27) 상태 안정", ["12.27"]), ("day #2 3/5", ["3/5"])],
)
def test_finds_the_date_of_a_numbered_hospital_day(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", ["day #6 (3.5mg)", "day #2 (1/2 tab)"])
def test_a_dose_after_a_numbered_day_is_no_date(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text", ["HD #3 1/2 tab 복용", "POD #2 1/2정 투여"])
def test_tablets_after_a_hospital_day_are_no_date(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("복약상담 기록 4/11\n이혜진 님", ["4/11"]),  # a record's heading ends with its date
        ("Outside CD import 요청 9.12\n", ["9.12"]),
        ("<인계> 6/13 나이트→데이", ["6/13"]),  # a handover and its date
        ("내일 04/21오전 외래", ["04/21"]),  # the time of day run into the date
    ],
)
def test_finds_dates_of_records_handovers_and_requests(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", ["식사 기록 1/2 섭취", "수혈 요청 2.5 units", "인계 1.5배 증량"])
def test_portions_and_amounts_after_record_words_are_no_dates(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Bx 결과 9.2 OPD에서 설명", "9.2"), ("2.4출국 예정", "2.4"), ("다음 4.1 OPD", "4.1")],
)
def test_finds_a_dotted_month_day_before_a_visit_or_departure(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


def test_a_lab_value_before_a_visit_word_is_a_value(recognizer, found):
    assert found(recognizer, "Cr 1.2 mg/dL, OPD f/u") == []


def test_finds_month_days_in_a_date_column(recognizer, found):
    table = "| date | ESR | CRP |\n| 8.25 | 68 | 4.2 |\n| 10/6 | 22 | 0.8 |"
    assert found(recognizer, table) == ["8.25", "10/6"]


def test_first_cells_of_a_table_without_a_date_column_are_values(recognizer, found):
    assert found(recognizer, "| Cr | BUN |\n| 1.2 | 22 |\n| 8.25 | 30 |") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("다음 08/15 공복 채혈 후 진료", "08/15"),
        ("다음 접종 예정일은 12.25 (MMR 2차)", "12.25"),
        ("1.6 재진) 정지혜(40여)", "1.6"),
        ("06/28 출국 예정", "06/28"),
        ("다음 9/30 OPD에서 설명", "9/30"),
    ],
)
def test_finds_month_days_next_to_schedule_words(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["다음 1/2 용량으로 감량", "다음 1.5 mg 증량", "Cr 1.2 재검"])
def test_fractions_and_values_after_next_are_no_dates(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("7/8 전원 옴", "7/8"),
        ("04/16 HD 시행함", "04/16"),
        ("1.20 항암 C3D1", "1.20"),
        ("12.3 전원 예정", "12.3"),
    ],
)
def test_a_month_day_before_a_transfer_dialysis_or_chemotherapy(recognizer, found, text, date):
    assert found(recognizer, text) == [date]


@pytest.mark.parametrize("text", ["Cr 1.2 이후 감소", "power 3/5 이후 호전 없음", "HCT 3.5 이후"])
def test_a_value_before_since_stays_a_value(recognizer, found, text):
    assert found(recognizer, text) == []
