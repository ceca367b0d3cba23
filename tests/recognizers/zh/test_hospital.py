import pytest

from emr_deid.recognizers.zh.hospital import ChineseHospitalRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseHospitalRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("患者于2024年3月在北京协和医院就诊", "北京协和医院"),
        ("就诊于上海市第六人民医院", "上海市第六人民医院"),
        ("遂至湖南省长沙市第一人民医院就诊", "湖南省长沙市第一人民医院"),
        ("望京街道社区卫生服务中心随访", "望京街道社区卫生服务中心"),
        ("四川大学华西医院手术", "四川大学华西医院"),
        ("北京儿童医院", "北京儿童医院"),
        ("张家村卫生室输液", "张家村卫生室"),
        ("于深圳市妇幼保健院分娩", "深圳市妇幼保健院"),
        ("曾在华西就诊，后转至湘雅医院", "湘雅医院"),
        ("镇宁县六马镇卫生院", "镇宁县六马镇卫生院"),
        ("转诊单\n市中区社区卫生服务中心：", "市中区社区卫生服务中心"),
    ],
)
def test_finds_hospitals(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "曾在当地卫生院治疗",
        "转至我院",
        "既往于外院行手术",
        "医院感染",
        "转上级医院",
        "在某三甲医院",
        "在儿童医院",
        "于县人民医院住院",
        "曾在当地县医院治疗",
        "川崎病",
        "帕金森病史",
        "心内科会诊",
        "消化内科随诊",
    ],
)
def test_ignores_generic_hospitals_eponyms_and_departments(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("转运自北京协和医院，原始影像在PACS", "北京协和医院"),
        ("由西安市中心医院转入", "西安市中心医院"),
        ("转自吴中区社区卫生服务中心", "吴中区社区卫生服务中心"),
        ("患者来自周口市第二人民医院", "周口市第二人民医院"),
        ("曾在自贡市第一人民医院就诊", "自贡市第一人民医院"),
    ],
)
def test_the_verb_before_a_hospital_is_not_part_of_its_name(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]
