"""blank_other_scripts: one language's view of a code-mixed note, with the same offsets."""

from __future__ import annotations

import pytest

from emr_deid.transforms.language import blank_other_scripts


def test_english_view_of_a_korean_sentence_keeps_digits_punctuation_and_offsets():
    text = "환자 John Smith는 DOB 03/05/2024, Dr. Kim 진료"
    english = blank_other_scripts(text, "en")
    assert len(english) == len(text)
    assert english == "   John Smith  DOB 03/05/2024, Dr. Kim   "


def test_korean_and_chinese_views():
    text = "患者张伟 HIV阴性, 김민수님 2024년"
    assert blank_other_scripts(text, "ko") == "          , 김민수님 2024년"
    assert blank_other_scripts(text, "zh") == "患者张伟    阴性,      2024 "


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="no script known"):
        blank_other_scripts("text", "ja")
