"""Scores a trained model file: held-out synthetic families per language, Weibo dev and KMOU test.

python -m emr_deid.recognizers.ner.training.evaluate --model DIR/model.onnx [--notes 300] [--with-rules]

- held-out: `generate(n, lang, "heldout", seed)`, families never seen in training; entity F1 (strict:
  exact span and type) over the model's labels, gold types mapped with GOLD_TO_LABEL, of the spans at the
  model's operating point (`min_score`, 0.9) and of every span it decodes;
- Weibo dev (zh) and KMOU test (ko, evaluation only): PERSON recall, reported, never tuned to;
- `--with-rules`: recall of the rule-based detector alone and of the full detector as configured, this
  model's spans filling the rules' gaps at `detection.ner_min_score`, on every set (known PHI given).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from emr_deid.evaluation.external import EXTERNAL_SETS
from emr_deid.evaluation.scoring import evaluate
from emr_deid.evaluation.synthetic import LANGS, generate
from emr_deid.recognizers.ner.features import GOLD_TO_LABEL
from emr_deid.recognizers.ner.inference import NerModel

DATA_DIR = Path(__file__).resolve().parents[4] / "shared" / "data"
EXTERNAL = ("weibo-dev", "kmou-test")


def heldout_notes(notes_per_language: int, seed: int) -> list[dict]:
    notes = []
    for lang in LANGS:
        for note in generate(notes_per_language, lang, "heldout", seed):
            note["entities"] = [
                {**e, "type": GOLD_TO_LABEL[e["type"]]} for e in note["entities"] if e["type"] in GOLD_TO_LABEL
            ]
            notes.append(note)
    return notes


def _predict(model: NerModel, documents: list[dict]) -> dict[str, list[dict]]:
    entities = model.predict([document["text"] for document in documents])
    return {d["id"]: [e.to_dict() for e in found] for d, found in zip(documents, entities, strict=True)}


def _rule_predictions(documents: list[dict], model: NerModel) -> tuple[dict, dict]:
    """The detector's entities with rules alone and as configured with this model (its spans filling the rules'
    gaps at `detection.ner_min_score`), types mapped as gold types are (KR_RRN -> ID)."""
    from emr_deid.pipelines.config import DetectionConfig
    from emr_deid.pipelines.eval_command import known_phi_of
    from emr_deid.schemas import Entity
    from emr_deid.transforms.detect import Detector

    def as_labels(entities: list[Entity]) -> list[dict]:
        return [{**e.to_dict(), "type": GOLD_TO_LABEL.get(e.type, e.type)} for e in entities]

    rules_only = Detector.from_config(DetectionConfig(use_ner_model=False))
    full = Detector.from_config(DetectionConfig(), ner_model=model)
    rules, combined = {}, {}
    for document in documents:
        text, lang, known = document["text"], document.get("lang"), known_phi_of(document)
        rules[document["id"]] = as_labels(rules_only.detect(text, lang=lang, known_phi=known))
        combined[document["id"]] = as_labels(full.detect(text, lang=lang, known_phi=known))
    return rules, combined


def _summary(report: dict) -> dict:
    keep = ("gold", "predicted", "strict_precision", "strict_recall", "strict_f1", "overlap_recall", "leak_rate")
    return {key: round(value, 4) if isinstance(value, float) else value for key, value in report.items() if key in keep}


def evaluate_model(
    model: NerModel, notes_per_language: int = 300, seed: int = 7, with_rules: bool = False, data_dir: Path = DATA_DIR
) -> dict:
    labels = set(model.vocabulary.labels)
    results: dict = {"min_score": model.min_score}
    heldout = heldout_notes(notes_per_language, seed)
    every_span = NerModel(model.model_path, model.vocab_path, batch_size=model.batch_size, min_score=0.0)
    for name, scored in (("heldout_synthetic", model), ("heldout_synthetic_every_span", every_span)):
        report = evaluate(heldout, _predict(scored, heldout), labels).to_dict()
        results[name] = {
            "notes": len(heldout),
            "by_language": {lang: _summary(m) for lang, m in report["by_language"].items()},
            "by_type": {t: _summary(m) for t, m in report["by_type"].items()},
        }
    sets = {"heldout_synthetic": (heldout, None)}
    for name in EXTERNAL:
        external = EXTERNAL_SETS[name]
        documents = external.load(data_dir)
        found = _predict(model, documents)
        person = evaluate(documents, found, {"PERSON"}).to_dict()["by_type"]["PERSON"]
        results[name] = {"documents": len(documents), "PERSON": _summary(person)}
        sets[name] = (documents, set(external.types))
    if with_rules:
        for name, (documents, types) in sets.items():
            rules, combined = _rule_predictions(documents, model)
            scored = types or labels
            results[name]["recall_rules_vs_rules_plus_model"] = {
                "rules": _recall_by_language(documents, rules, scored),
                "rules_plus_model": _recall_by_language(documents, combined, scored),
            }
    return results


def _recall_by_language(documents: list[dict], predictions: dict, types: set[str]) -> dict[str, dict[str, float]]:
    """Per language: recall of gold spans by a same-type overlapping span, and the share of PHI tokens left."""
    by_language = evaluate(documents, predictions, types).to_dict()["by_language"]
    return {
        lang: {"overlap_recall": round(m["overlap_recall"], 4), "leak_rate": round(m["leak_rate"], 4)}
        for lang, m in by_language.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m emr_deid.recognizers.ner.training.evaluate", description=__doc__)
    parser.add_argument("--model", type=Path, help="model.onnx (vocab.json beside it); default: the shipped one")
    parser.add_argument("--notes", type=int, default=300, help="held-out notes per language")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--with-rules", action="store_true")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help="the external sets (default: ../shared/data)")
    args = parser.parse_args(argv)
    model = NerModel(args.model, batch_size=64)
    json.dump(evaluate_model(model, args.notes, args.seed, args.with_rules, args.data_dir), sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
