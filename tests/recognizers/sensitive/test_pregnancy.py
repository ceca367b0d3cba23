"""PregnancyRecognizer: pregnancy and obstetric facts asserted about the patient, in English, Korean and Chinese."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.sensitive.pregnancy import PregnancyRecognizer


def found(text: str, language: str = "en") -> list[str]:
    recognizer = PregnancyRecognizer(supported_language=language)
    results = recognizer.analyze(text, ["SENSITIVE_PREGNANCY"])
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the gold's facts in its sentences
        ("Kim, 31 y.o. 12 weeks pregnant, LMP 3/14/2020, EDD 12/19/2020.", "en", ["12 weeks pregnant"]),
        ("32 y.o. pregnancy at 8 weeks, LMP 3/14/2020.", "en", ["pregnancy at 8 weeks"]),
        ("US: intrauterine pregnancy, 17w by CRL", "en", ["intrauterine pregnancy, 17w"]),
        ("29 y.o. G3P2012, LMP 1/2/2021.", "en", ["G3P2012"]),
        ("이영희(32세), 임신 12주차 상태로 내원함.", "ko", ["임신 12주차"]),
        ("임신 중(IUP 27주) 상태로 내원함.", "ko", ["임신 중(IUP 27주)"]),
        ("김민지님 29세, 임신8주, LMP 2024-01-02", "ko", ["임신8주"]),
        ("王芳，28岁，孕2产1，末次月经2024-03-01。", "zh", ["孕2产1"]),
        ("宫内妊娠36周，单活胎。", "zh", ["宫内妊娠36周"]),
        ("孕12周，末次月经2024-03-01。", "zh", ["孕12周"]),
        # histories and other facts
        ("currently pregnant; now at 32 weeks gestation", "en", ["pregnant", "32 weeks gestation"]),
        ("hx of spontaneous abortion, one miscarriage", "en", ["spontaneous abortion", "miscarriage"]),
        ("s/p IVF, ectopic pregnancy 2019", "en", ["IVF", "ectopic pregnancy"]),
        ("US: IUP 12w, FHR 160", "en", ["IUP 12w"]),
        ("Pregnancy test positive today.", "en", ["Pregnancy"]),
        ("Pregnant? Yes", "en", ["Pregnant"]),
        ("유산 1회, 제왕절개 1회", "ko", ["유산", "제왕절개"]),
        ("임신 반응 검사 양성", "ko", ["임신"]),
        ("人工流产史，妊娠期糖尿病", "zh", ["人工流产", "妊娠"]),
        ("孕周：12+3周", "zh", ["孕周：12+3周"]),
        ("先兆流产，保胎治疗中。", "zh", ["流产"]),
        ("postpartum day 2, breastfeeding well", "en", ["postpartum"]),
        ("She had gestational diabetes during pregnancy.", "en", ["pregnancy"]),
        ("임신 12주, 산부인과 외래 방문", "ko", ["임신 12주"]),
        # obstetric formulas anywhere, after a label or a negation
        ("Obstetric history: G2P1", "en", ["G2P1"]),
        ("임신력: G2P1, 자연유산 없음", "ko", ["G2P1"]),
        ("妊娠史：G2P1A1", "zh", ["G2P1A1"]),
    ],
)
def test_asserted_pregnancy_facts_are_found(text, language, expected):
    assert found(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # headers, visit types, labels (the dates after LMP / EDC are DATE entities)
        ("PRENATAL VISIT 7/27/2020", "en"),
        ("OB clinic follow-up. LMP: 3/14/2020, EDC: 12/19/2020.", "en"),
        ("Pregnancy history: see OB record.", "en"),
        ("산부인과 외래, 산전 진찰. LMP 2017-05-18, EDC 20180323.", "ko"),
        ("출산력: 없음, 최종월경일 2024-03-01", "ko"),
        ("출산 예정일: 2024-12-06, 분만실 입원 안내", "ko"),
        ("产科门诊，产检。末次月经：2024-03-01，预产期2024-12-06", "zh"),
        ("孕妇学校课程链接见下", "zh"),
        # tests with no result
        ("prenatal labs drawn, urine pregnancy test sent", "en"),
        ("임신 반응 검사 시행", "ko"),
        ("尿妊娠试验已送检", "zh"),
        # negated
        ("Not pregnant. Pregnancy test negative.", "en"),
        ("Denies pregnancy.", "en"),
        ("Pregnant: no", "en"),
        ("Is the patient pregnant? No", "en"),
        ("Pregnant or breastfeeding: No", "en"),
        ("Pregnancy status: not pregnant", "en"),
        ("Pregnancy: N/A", "en"),
        ("non-pregnant female", "en"),
        ("임신 아님.", "ko"),
        ("임신 가능성 없음.", "ko"),
        ("임신하지 않음", "ko"),
        ("소변 임신반응 음성", "ko"),
        ("비임신 상태", "ko"),
        ("임신 중 아님", "ko"),
        ("임신(-)", "ko"),
        ("否认怀孕。", "zh"),
        ("未孕，尚未怀孕。", "zh"),
        ("无流产史。", "zh"),
        ("是否妊娠：否", "zh"),
        ("尿妊娠试验阴性", "zh"),
        # generic drug-label wording
        ("Lisinopril: pregnancy category D, contraindicated in pregnancy.", "en"),
        ("Lactation/pregnancy: compatible. Use contraception to avoid pregnancy.", "en"),
        ("임신 및 수유 중인 여성에게 투여하지 말 것", "ko"),
        ("妊娠期妇女慎用，哺乳期及妊娠期禁用。", "zh"),
        ("임신부 금기, 임부 및 수유부 투여주의", "ko"),
        ("孕妇禁用，妊娠期慎用。", "zh"),
        # look-alikes
        ("유산균 복용, 유산소 운동", "ko"),
        ("人流量大", "zh"),
        ("Telemetry: ectopic beats. Metoprolol 1 TAB daily, IVF NS at 75 ml/hr.", "en"),
    ],
)
def test_labels_tests_negations_and_generic_words_are_not_facts(text, language):
    assert found(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a record's title names its type; the facts in its body are found
        ("分娩记录\n住院号123  产妇王芳，28岁，孕2产1", "zh", ["孕2产1"]),
        ("产后护理记录 2020年07月11日 08:00\n产后出血约200ml", "zh", ["产后"]),
        ("分娩记录单：见附页", "zh", []),
        ("분만 기록지\n임신 39주, 자연분만", "ko", ["임신 39주", "분만"]),
        ("산후 간호 기록: 산후 3일째 오로 소량", "ko", ["산후"]),
        ("POSTPARTUM NURSING NOTE\npostpartum day 2, breastfeeding well", "en", ["postpartum"]),
        ("Cesarean Section Operative Note", "en", []),
        ("Postpartum note: doing well", "en", []),
        # the same terms stating a fact
        ("Cesarean section performed at 39 weeks", "en", ["Cesarean"]),
        ("postpartum hemorrhage noted", "en", ["postpartum"]),
        ("于3月5日顺利分娩一女婴", "zh", ["分娩"]),
    ],
)
def test_a_record_title_is_no_fact_but_its_body_is(text, language, expected):
    assert found(text, language) == expected


def test_minutes_before_delivered_are_no_delivery():
    assert found("于2024-03-05上午9时15分娩出一男婴", "zh") == []
