"""Language labelling by script."""

from emr_deid.transforms.language import languages_by_script, script_of


def test_scripts():
    assert [script_of(c) for c in "김A王1 "] == ["ko", "en", "zh", None, None]


def test_code_mixed_korean_english_note():
    assert languages_by_script("김민준 환자는 chest pain으로 내원") == ("ko", "en")


def test_korean_leads_a_note_with_more_latin_letters_than_hangul():
    # Its recognizers read the romanized names and English words of code-mixed notes; English runs after.
    assert languages_by_script("POD#1 BP stable, JP drain output serous, Yeosu에서 transfer 예정") == ("ko", "en")
    assert languages_by_script("Pt stable, CT unremarkable, 复查 pending") == ("zh", "en")


def test_hanja_inside_korean_is_not_chinese():
    assert languages_by_script("金民俊 환자는 오늘 퇴원 예정입니다") == ("ko",)


def test_chinese_with_latin_abbreviations():
    assert languages_by_script("患者BP 150/90mmHg，心率正常，建议复查") == ("zh", "en")


def test_no_letters():
    assert languages_by_script("2024-03-05 12:00") == ()
