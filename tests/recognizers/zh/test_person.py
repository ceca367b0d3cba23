import pytest

from emr_deid.recognizers.zh.person import ChinesePersonRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return ChinesePersonRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("患者张力因头痛入院", ["张力"]),
        ("患者王小明，男，65岁，因胸痛入院", ["王小明"]),
        ("家属王芳诉患者昨日发热", ["王芳"]),
        ("主治医师：李建国", ["李建国"]),
        ("王先生今日复诊", ["王"]),
        ("李主任查房后指示", ["李"]),
        ("护士刘洋给予吸氧", ["刘洋"]),
        ("张三，男，45岁", ["张三"]),
        ("嘱其子王伟陪护", ["王伟"]),
        ("患者欧阳娜娜因腹痛就诊", ["欧阳娜娜"]),
        ("主任医师张文宏查房", ["张文宏"]),
        ("签名：赵丽颖", ["赵丽颖"]),
        ("经治医师 陈晨", ["陈晨"]),
        ("其妻李秀英陪同", ["李秀英"]),
        ("患者曾丽华，女，70岁", ["曾丽华"]),
        ("家属赵春梅因工作原因未到", ["赵春梅"]),
        ("经王主任同意后出院", ["王"]),
        ("由王医生接诊", ["王"]),
        ("今日张教授查房", ["张"]),
        ("上级医师刘主任同意目前治疗", ["刘"]),
        ("03-12 李玉华副主任医师查房记录", ["李玉华"]),
        ("陪护人：周萍（配偶），电话", ["周萍"]),
        ("紧急联系人：赵敏 电话", ["赵敏"]),
        ("张伟（患者之子）表示理解", ["张伟"]),
        ("患儿母亲公孙琴诉进食尚可", ["公孙琴"]),
        ("产科门诊记录\n任桂芝，32岁，孕2产1", ["任桂芝"]),
        ("姓名 王秀英 性别 女", ["王秀英"]),
        ("王芳 女 45岁", ["王芳"]),
        ("出院记录：刘洁玉于2025年3月22日入院", ["刘洁玉"]),
        ("术者：张建国、李明；麻醉医生：王芳", ["张建国", "李明", "王芳"]),
        ("经管医生：钱伟", ["钱伟"]),
        ("书写者：冯晓", ["冯晓"]),
        ("南京鼓楼医院  王红梅\n2021-3-13", ["王红梅"]),
        ("心内科 陈晨 2024.3.5", ["陈晨"]),
        ("我院患者于峰博（男，45岁），于先生因胸痛转诊", ["于峰博", "于"]),
        ("患者向明（身份证号见附页）", ["向明"]),
    ],
)
def test_finds_names(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "肌张力正常",
        "王老吉",
        "患者于2024年3月入院",
        "患者于今日出现发热",
        "患者自诉头痛",
        "患者无明显诱因",
        "患者高热3天",
        "向家属交代病情",
        "和家属沟通",
        "由护士陪同",
        "患者平素体健",
        "患者明显好转",
        "患者常规护理",
        "患者全身乏力",
        "患者诉胸闷",
        "主任医师查房",
        "川崎病",
        "心内科会诊",
        "护士长巡视病房",
        "科主任查房后同意",
        "左膝于2024年3月行置换术",
        "主诉：高热于2024年3月1日入院",
        "王氏手法复位",
        "患儿母亲诉进食尚可",
        "心内科  会诊意见",
        "于先生处取得同意",
        "麻醉方式：全麻",
        "与患者关系：本人",
        "患者于今日（周一）入院",
    ],
)
def test_ignores_clinical_phrases(recognizer, found, text):
    assert found(recognizer, text) == []


def test_clinical_note_without_names_gives_nothing(recognizer, found):
    note = (
        "病程记录：患者于3天前无明显诱因出现胸痛，伴大汗。患者自诉既往体健。查体：肌张力正常。"
        "请心内科会诊。向家属交代病情，家属表示理解。由护士陪同完成检查。患者明显好转，予出院。"
    )
    assert found(recognizer, note) == []


def test_a_name_found_with_a_cue_is_found_again_without_one(recognizer, found):
    note = "患者王小明，男。王小明诉胸闷。患者张力因头痛入院。查体：肌张力正常。"
    assert found(recognizer, note) == ["王小明", "王小明", "张力"]


def test_a_title_needs_the_name_to_start_a_word(recognizer, found):
    assert found(recognizer, "上级医师李建国查看患者") == ["李建国"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("患者 | 潘文 | 男 | 93岁", ["潘文"]),  # a table's cells
        ("住院号9790964  产妇任英春，29岁", ["任英春"]),
        ("孕妇王丽娟今日产检", ["王丽娟"]),
        ("服务对象：刘桂英（78岁，女）", ["刘桂英"]),
    ],
)
def test_names_after_situation_roles_and_in_table_cells(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", ["患者 | 男 | 65岁", "产妇一般情况可", "孕妇学校课程", "伤者意识清", "受检者空腹"])
def test_situation_roles_without_a_name(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("如有疑问请联系梁坤医生，电话028-7755321", ["梁坤"]),
        ("已通知王主任到场", ["王"]),
        ("- 交班：高璐　接班：陈晨", ["高璐", "陈晨"]),
        ("东关村10组48号居民崔兵（男，1岁，身份证号码见下）", ["崔兵"]),
    ],
)
def test_names_after_contact_verbs_shift_handovers_and_residents(recognizer, found, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text", ["患者原籍湖南，常住深圳", "交班后患者安静入睡", "居民医保报销", "联系家属到场", "已通知主任"]
)
def test_origins_shift_words_and_contact_verbs_without_a_name(recognizer, found, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("- 5床尹林 男/24y MRN:123", ["尹林"]), ("12床 王芳 女 45岁", ["王芳"]), ("5床 男/24y 术后第2天", [])],
)
def test_names_after_a_bed_number_with_sex_and_age(recognizer, found, text, expected):
    assert found(recognizer, text) == expected
