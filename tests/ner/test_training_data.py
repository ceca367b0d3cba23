"""Training data building (no torch needed): synthetic dev families and Weibo train, as tag arrays."""

from pathlib import Path

import numpy as np

from emr_deid.recognizers.ner.decoding import tag_spans
from emr_deid.recognizers.ner.features import LABELS
from emr_deid.recognizers.ner.training.data import IGNORE, read_weibo, synthetic_examples, weibo_examples

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
