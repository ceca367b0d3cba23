import pytest

from emr_deid.recognizers.zh.date import ChineseDateRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseDateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年3月5日入院", "2024年3月5日"),
        ("于3月5日行手术", "3月5日"),
        ("3月5号复查", "3月5号"),
        ("2024年3月出院", "2024年3月"),
        ("2024-03-05 CT", "2024-03-05"),
        ("2024/3/5就诊", "2024/3/5"),
        ("2024.3.5复诊", "2024.3.5"),
        ("二〇二四年三月五日签字", "二〇二四年三月五日"),
        ("出生日期：19490101，", "19490101"),
        ("2023年底确诊", "2023年"),
        ("手术日期：2024年3月5日10时", "2024年3月5日"),
        ("24.3.5 复查血常规", "24.3.5"),
    ],
)
def test_finds_dates(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["2024年2月30日", "血压120/80mmHg", "3.5mg", "入院第3天", "13月5日", "体温36.5℃", "每日3次"],
)
def test_ignores_values_and_impossible_dates(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("规律服药，01-31起腹痛加重", "01-31"),
        ("自3.15以来反复咳嗽", "3.15"),
        ("嘱12.16复诊", "12.16"),
        ("出院医嘱：1. 戒烟；2.6-7于心内科门诊复诊", "6-7"),
        ("下次产检：9.24。", "9.24"),
        ("随访日期：04/15", "04/15"),
        ("于6/12行胃镜检查", "6/12"),
        ("3-8 08:30 患者诉胸闷", "3-8"),
        ("04-09 张主任查房记录", "04-09"),
        ("5.8 李主任医师查房记录", "5.8"),
    ],
)
def test_finds_month_and_day_with_a_cue(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "1.2 现病史",
        "血钾从3.1升至4.2",
        "术后3-5天拆线",
        "于3-5天后复查",
        "嘱1-2周后复查",
        "剂量2.5mg，3-4次/日",
        "血糖6.5-7.8mmol/L",
        "6-8岁儿童多见",
        "分级2-3级",
        "大小约1.2×0.8cm",
    ],
)
def test_a_month_and_day_alone_is_not_a_date(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("贵院6-6转来患者", "6-6"),
        ("自诉6-7从北京市乘高铁返回", "6-7"),
        ("等治疗，2.5零时许突发意识丧失", "2.5"),
        ("于2024年3月5日上午10时许摔倒", "2024年3月5日"),
        ("二〇二三年十二月经陆路口岸入境", "二〇二三年十二月"),
        ("开具日期：24/3/5", "24/3/5"),
    ],
)
def test_dates_before_transfers_journeys_and_hours(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize("text", ["3月前诊断高血压", "约3月前出现胸闷", "血钾3.2从静脉补充", "3-5天后从外院转入"])
def test_months_ago_and_values_are_not_dates(recognizer, found, text):
    assert found(recognizer, text) == []
