import pytest

from emr_deid.recognizers.zh.address import ChineseAddressRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChineseAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("现住址：广东省深圳市南山区科技园路1号3栋2单元501室。", "广东省深圳市南山区科技园路1号3栋2单元501室"),
        ("家住河北省保定市清苑区东闾乡北王力村。", "河北省保定市清苑区东闾乡北王力村"),
        ("地址：上海市浦东新区张江路123弄45号602室，邮编200120", "上海市浦东新区张江路123弄45号602室"),
        ("湖南省长沙市岳麓区麓山南路932号", "湖南省长沙市岳麓区麓山南路932号"),
        ("户籍地址：四川省成都市武侯区人民南路四段1号", "四川省成都市武侯区人民南路四段1号"),
        ("家住朝阳区望京街道花家地社区", "朝阳区望京街道花家地社区"),
        ("北京市海淀区中关村大街27号", "北京市海淀区中关村大街27号"),
        ("地址：北京市朝阳区建国路88号A座1201室", "北京市朝阳区建国路88号A座1201室"),
        ("江苏省淑华市永川罗街I座", "江苏省淑华市永川罗街I座"),
        ("现住址：东城区安定门外大街517号院9号楼2门1302，电话", "东城区安定门外大街517号院9号楼2门1302"),
        ("长沙市岳麓区麓山南路932号湖南大学12栋301", "长沙市岳麓区麓山南路932号湖南大学12栋301"),
        ("住址：河南省周口市淮阳区城关镇东关村3组", "河南省周口市淮阳区城关镇东关村3组"),
        ("沈阳市和平区南京北街551号碧桂园26栋3单元401室", "沈阳市和平区南京北街551号碧桂园26栋3单元401室"),
        ("北京市朝阳区花园路1号就诊于我院", "北京市朝阳区花园路1号"),
    ],
)
def test_finds_street_addresses(recognizer, found, text, expected):
    assert found(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text", ["道路交通事故伤", "气道通畅，食道无异常", "患者来自北京", "在深圳市务工", "胆道梗阻", "尿路感染"]
)
def test_ignores_non_addresses(recognizer, found, text):
    assert found(recognizer, text) == []
