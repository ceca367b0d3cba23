import json

import pytest

from emr_deid.recognizers.ner.features import (
    FEATURES,
    GOLD_TO_LABEL,
    LABELS,
    SHAPES,
    Vocabulary,
    bio_tags,
    fold,
)
from emr_deid.schemas import EntityType


@pytest.fixture(scope="module")
def vocabulary():
    return Vocabulary.build({char: 3 for char in "성명김민준:0123abc"}, 2, 1 << 10, 1 << 12)


def test_labels_are_entity_types_and_every_gold_type_maps_to_a_label():
    assert set(LABELS) <= {t.value for t in EntityType}
    assert set(GOLD_TO_LABEL) <= {t.value for t in EntityType}
    assert set(GOLD_TO_LABEL.values()) == set(LABELS)
    assert GOLD_TO_LABEL["KR_RRN"] == GOLD_TO_LABEL["MEDICAL_RECORD_NUMBER"] == "ID"
    assert "EMAIL_ADDRESS" not in GOLD_TO_LABEL and "POSTCODE" not in GOLD_TO_LABEL


def test_fold_keeps_one_character_and_folds_case_and_digits():
    assert [fold(c) for c in "A7٣７김İ"] == ["a", "7", "3", "7", "김", "İ"]


def test_encode_gives_one_row_per_code_point_with_no_padding_ids(vocabulary):
    text = "성명: 김민준 😀 ABC 123\n"
    features = vocabulary.encode(text)
    assert features.shape == (len(text), len(FEATURES))
    assert (features[:, :4] > 0).all()
    shapes = [SHAPES[i] for i in features[:, FEATURES.index("shape")]]
    assert shapes[0] == "hangul" and shapes[text.index("😀")] == "other" and shapes[-1] == "newline"
    assert shapes[text.index("A")] == "latin_upper"


def test_encode_folds_case_and_digits_but_keeps_jamo_of_unknown_syllables(vocabulary):
    upper, lower = vocabulary.encode("ABC ０"), vocabulary.encode("abc 0")
    assert (upper[:, 0] == lower[:, 0]).all()
    rare = vocabulary.encode("뷁")[0]
    assert rare[0] == 1 and rare[FEATURES.index("jamo_initial")] > 0


def test_vocabulary_round_trips_through_json(vocabulary, tmp_path):
    vocabulary.save(tmp_path / "vocab.json")
    loaded = Vocabulary.load(tmp_path / "vocab.json")
    assert loaded == vocabulary
    assert (loaded.encode("김민준 abc") == vocabulary.encode("김민준 abc")).all()


def test_vocabulary_of_another_encoding_is_refused(vocabulary, tmp_path):
    vocabulary.save(tmp_path / "vocab.json")
    data = json.loads((tmp_path / "vocab.json").read_text(encoding="utf-8"))
    data["encoding_version"] = 1
    (tmp_path / "vocab.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="another feature encoding"):
        Vocabulary.load(tmp_path / "vocab.json")


def test_bio_tags_mark_begin_and_inside_and_skip_unknown_labels():
    tags = bio_tags(8, [(0, 3, "PERSON"), (4, 6, "DATE"), (6, 8, "EMAIL_ADDRESS")])
    person, date = LABELS.index("PERSON"), LABELS.index("DATE")
    assert tags.tolist() == [1 + 2 * person, 2 + 2 * person, 2 + 2 * person, 0, 1 + 2 * date, 2 + 2 * date, 0, 0]
