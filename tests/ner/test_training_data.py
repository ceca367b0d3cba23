"""Training data building (no torch needed): synthetic dev families and Weibo train, as tag arrays."""

import random
from pathlib import Path

import numpy as np

from emr_deid.recognizers.ner.decoding import tag_spans
from emr_deid.recognizers.ner.features import LABELS
from emr_deid.recognizers.ner.training.data import IGNORE, Augmenter, read_weibo, synthetic_examples, weibo_examples
from emr_deid.recognizers.ner.training.lexicon import OutsideLexicon

WEIBO_TRAIN = Path(__file__).resolve().parents[3] / "shared" / "data" / "weibo-ner" / "weiboNER_2nd_conll.train"


def test_synthetic_examples_tag_the_gold_spans_with_model_labels():
    examples = list(synthetic_examples(8, "dev", seed=3))
    assert {e.lang for e in examples} == {"ko", "zh", "en", "ko-en"}
    for example in examples:
        assert len(example.tags) == len(example.text)
        for start, end, label in tag_spans(example.tags):
            assert label in LABELS and example.text[start:end].strip()


def test_weibo_mentions_are_read_without_the_segment_digits(tmp_path):
    conll = tmp_path / "sample.conll"
    conll.write_text(
        "张0\tB-PER.NAM\n伟1\tI-PER.NAM\n在0\tO\n北0\tB-GPE.NAM\n京1\tI-GPE.NAM\n\n好0\tO\n", encoding="utf-8"
    )
    assert list(read_weibo(conll)) == [("张伟在北京", [(0, 2, "PER.NAM"), (3, 5, "GPE.NAM")]), ("好", [])]


def test_weibo_leaves_what_it_does_not_annotate_out_of_the_loss(tmp_path):
    conll = tmp_path / "sample.conll"
    rows = [("新", "B-ORG.NAM"), ("浪", "I-ORG.NAM"), ("协", "B-ORG.NAM"), ("和", "I-ORG.NAM"), ("医", "I-ORG.NAM"),
            ("院", "I-ORG.NAM"), ("3", "O"), ("月", "O"), ("老", "B-PER.NOM"), ("师", "I-PER.NOM")]  # fmt: skip
    conll.write_text("".join(f"{char}0\t{tag}\n" for char, tag in rows), encoding="utf-8")
    (example,) = weibo_examples(conll)
    assert (example.tags[:2] == IGNORE).all() and (example.tags[6:8] == IGNORE).all()
    assert [label for _, _, label in tag_spans(np.maximum(example.tags, 0))] == ["HOSPITAL"]
    assert (example.tags[8:] == 0).all()


def test_weibo_train_reads_completely():
    examples = list(weibo_examples(WEIBO_TRAIN))
    assert len(examples) == 1350
    person_mentions = sum(label == "PER.NAM" for _, mentions in read_weibo(WEIBO_TRAIN) for *_, label in mentions)
    assert person_mentions == 578  # 574 B-PER.NAM and 4 I-PER.NAM without their B-
    assert sum(int((e.tags == 1).sum()) for e in examples) == person_mentions


def test_augmented_notes_keep_every_entity_and_its_tags():
    examples = list(synthetic_examples(12, "dev", seed=3))
    lexicon = OutsideLexicon(("검사결과", "환자분"), ("检查", "结果"), ("colon", "biopsy"), ("Sepsis, unspecified",))
    augment = Augmenter(examples, lexicon, replace_words=0.5, add_lines=1.0)
    rng = random.Random(0)
    for example in examples:
        entities = sorted(example.text[s:e] for s, e, _ in tag_spans(example.tags))
        for _ in range(3):
            variant = augment(example, rng)
            assert len(variant.tags) == len(variant.text)
            found = {variant.text[s:e].lower(): label for s, e, label in tag_spans(variant.tags)}
            assert all(entity.lower() in found for entity in entities)
            assert len(found) >= len(set(e.lower() for e in entities))


def test_lexicon_lines_are_outside_text_of_the_notes_script():
    lexicon = OutsideLexicon(("검사결과", "환자분"), ("检查", "结果"), ("colon", "biopsy"), ("Sepsis, unspecified",))
    rng = random.Random(1)
    assert all(not lexicon.line("ko", rng).isascii() for _ in range(5))
    assert all(set(lexicon.line("zh", rng)) <= set("检查结果，。") for _ in range(5))
    assert lexicon.like("환자는", rng).startswith(("검사결과", "환자분"))
    assert lexicon.like("2024", rng) is None
