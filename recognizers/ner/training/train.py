"""Retrains the NER model from scratch: data, training, ONNX export, int8 quantisation, checks, scores.

python -m emr_deid.recognizers.ner.training.train --out DIR --threads 1 [--seed 13] [--notes 32000] [--epochs 12]

Writes DIR/model.onnx (int8, what ships), DIR/model.fp32.onnx, DIR/vocab.json, DIR/checkpoint.pt and
DIR/metrics.json; copy model.onnx, vocab.json and metrics.json to recognizers/ner/ to ship a new model.
Seeds fix the data, the initialisation, the augmentation and the batch order: with the same arguments and
thread count, a run that ends by `--epochs` gives the same model; `--max-minutes` caps data building plus
training on slow machines (metrics.json then records the epochs completed). With the defaults (32,000
notes, 12 epochs) an epoch took 3.6 minutes on one thread of a shared 2-core machine, about 46 minutes
in all, within 60 with the export and scoring. One thread, not two: on a 2-core machine that is also
running other work, torch's two threads wait on each other and an epoch took over 14 minutes.
Needs the `train` extra (torch, onnx, onnxscript, simple-icd-10-cm).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch

from emr_deid.evaluation.scoring import evaluate
from emr_deid.recognizers.ner.decoding import spans_from_probabilities, tag_spans
from emr_deid.recognizers.ner.features import FEATURES, UNK, Vocabulary, fold
from emr_deid.recognizers.ner.inference import NerModel, pad_batch
from emr_deid.recognizers.ner.training.data import IGNORE, Augmenter, Example, synthetic_examples, weibo_examples
from emr_deid.recognizers.ner.training.evaluate import DATA_DIR, evaluate_model
from emr_deid.recognizers.ner.training.export import check_equal, export_onnx, quantize
from emr_deid.recognizers.ner.training.lexicon import OutsideLexicon
from emr_deid.recognizers.ner.training.model import CharConvTagger

EMBEDDING_DIMS = {
    "char": 64,
    "bigram": 32,
    "trigram": 32,
    "shape": 16,
    "jamo_initial": 16,
    "jamo_medial": 16,
    "jamo_final": 16,
}
DILATIONS = (1, 2, 4, 8, 16, 1)
WEIBO_TRAIN = "weibo-ner/weiboNER_2nd_conll.train"


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def build_vocabulary(examples: list[Example], min_count: int = 2) -> Vocabulary:
    counts: dict[str, int] = {}
    for example in examples:
        for char in example.text:
            folded = fold(char)
            counts[folded] = counts.get(folded, 0) + 1
    return Vocabulary.build(counts, min_count, bigram_buckets=1 << 15, trigram_buckets=1 << 16)


def _crops(example: Example, max_length: int, rng: random.Random) -> tuple[int, int]:
    if len(example.text) <= max_length:
        return 0, len(example.text)
    start = rng.randrange(len(example.text) - max_length + 1)
    return start, start + max_length


def batches(
    vocabulary: Vocabulary,
    augment: Augmenter,
    examples: list[Example],
    batch_size: int,
    max_length: int,
    char_dropout: float,
    rng: random.Random,
) -> list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
    """One epoch: augmented notes, random crops, grouped by length (little padding), batches in random order.

    Character dropout hides a share of characters' identity (char and n-gram ids), leaving their shape
    and jamo: the model must also read names it has never seen.
    """
    examples = [augment(example, rng) for example in examples]
    dropout_rng = np.random.default_rng(rng.randrange(2**32))
    encoded = []
    for example in examples:
        features = vocabulary.encode(example.text)
        hidden = dropout_rng.random(len(features)) < char_dropout
        features[hidden, 0] = UNK
        features[hidden, 1:3] = 0
        encoded.append(features)
    crops = [_crops(example, max_length, rng) for example in examples]
    order = sorted(range(len(examples)), key=lambda i: (crops[i][1] - crops[i][0], rng.random()))
    groups = [order[first : first + batch_size] for first in range(0, len(order), batch_size)]
    rng.shuffle(groups)
    result = []
    for group in groups:
        features, mask = pad_batch([encoded[i][slice(*crops[i])] for i in group])
        tags = np.full(mask.shape, IGNORE, dtype=np.int64)
        for row, i in enumerate(group):
            piece = examples[i].tags[slice(*crops[i])]
            tags[row, : len(piece)] = piece
        result.append((torch.from_numpy(features), torch.from_numpy(mask), torch.from_numpy(tags)))
    return result


def validation_f1(model: CharConvTagger, vocabulary: Vocabulary, examples: list[Example]) -> float:
    """Strict entity F1 of the PyTorch model on validation examples (dev families, another seed)."""
    model.eval()
    gold, predicted = [], {}
    with torch.no_grad():
        for first in range(0, len(examples), 64):
            chunk = examples[first : first + 64]
            features, mask = pad_batch([vocabulary.encode(example.text) for example in chunk])
            probabilities = model(torch.from_numpy(features), torch.from_numpy(mask)).numpy()
            for offset, example in enumerate(chunk):
                doc_id = str(first + offset)
                found = spans_from_probabilities(
                    example.text, probabilities[offset, : len(example.text)], vocabulary.labels
                )
                predicted[doc_id] = [{"start": s, "end": e, "type": label} for s, e, label, _ in found]
                spans = tag_spans(example.tags, vocabulary.labels)
                gold.append(
                    {
                        "id": doc_id,
                        "text": example.text,
                        "lang": example.lang,
                        "entities": [{"start": s, "end": e, "type": label} for s, e, label in spans],
                    }
                )
    model.train()
    return evaluate(gold, predicted).to_dict()["by_language"]["ALL"]["strict_f1"]


def train(args: argparse.Namespace) -> dict:
    started = time.monotonic()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)

    _log(f"generating {args.notes} synthetic notes (dev families){'' if args.no_weibo else ' and reading Weibo train'}")
    examples = list(synthetic_examples(args.notes, "dev", args.seed))
    if not args.no_weibo:
        examples += list(weibo_examples(args.data_dir / WEIBO_TRAIN))
    validation = list(synthetic_examples(args.validation_notes, "dev", args.seed + 1))
    vocabulary = build_vocabulary(examples)
    characters = sum(len(example.text) for example in examples)
    _log(f"{len(examples)} examples, {characters} characters, {vocabulary.size} characters in vocabulary")

    model = CharConvTagger(
        vocabulary.feature_sizes, EMBEDDING_DIMS, args.channels, DILATIONS, len(vocabulary.tags), args.dropout
    )
    vocabulary = Vocabulary(
        vocabulary.chars, vocabulary.bigram_buckets, vocabulary.trigram_buckets, receptive_radius=model.receptive_radius
    )
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.learning_rate, weight_decay=1e-4)
    rng = random.Random(args.seed)
    lexicon = None if args.no_lexicon else OutsideLexicon.load()
    augment = Augmenter(examples, lexicon, replace_words=args.replace_words, add_lines=args.add_lines)
    steps_per_epoch = -(-len(examples) // args.batch_size)
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=args.learning_rate, total_steps=args.epochs * steps_per_epoch, pct_start=0.1
    )
    loss_function = torch.nn.CrossEntropyLoss(ignore_index=IGNORE)
    deadline = started + args.max_minutes * 60
    best_f1, best_state, epochs_done, history = -1.0, None, 0, []
    model.train()
    for epoch in range(args.epochs):
        total_loss = 0.0
        epoch_batches = batches(vocabulary, augment, examples, args.batch_size, args.max_length, args.char_dropout, rng)
        for features, mask, tags in epoch_batches:
            logits = model.logits(features, mask)
            loss = loss_function(logits.reshape(-1, logits.shape[-1]), tags.reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            schedule.step()
            total_loss += loss.item()
            if time.monotonic() > deadline:
                break
        epochs_done = epoch + 1
        f1 = validation_f1(model, vocabulary, validation)
        history.append({"epoch": epochs_done, "loss": round(total_loss / len(epoch_batches), 4), "validation_f1": f1})
        _log(f"epoch {epochs_done}: loss {total_loss / len(epoch_batches):.4f}, validation strict F1 {f1:.4f}")
        if f1 > best_f1:
            best_f1, best_state = f1, {k: v.clone() for k, v in model.state_dict().items()}
        if time.monotonic() > deadline:
            _log("time cap reached")
            break
    model.load_state_dict(best_state)
    model.eval()
    training_seconds = time.monotonic() - started

    args.out.mkdir(parents=True, exist_ok=True)
    vocabulary.save(args.out / "vocab.json")
    fp32_path, int8_path = args.out / "model.fp32.onnx", args.out / "model.onnx"
    example_input = pad_batch([vocabulary.encode(example.text) for example in validation[:4]])
    export_onnx(model, tuple(torch.from_numpy(array) for array in example_input), fp32_path)
    torch.save({"state_dict": model.state_dict(), "args": vars(args)}, args.out / "checkpoint.pt")
    validation_encoded = [vocabulary.encode(example.text) for example in validation]
    quantize(fp32_path, int8_path, validation_encoded, static=not args.dynamic_quantization)
    equality = check_equal(model, fp32_path, int8_path, validation_encoded)
    _log(f"export checks: {equality}")

    scores = evaluate_model(
        NerModel(int8_path, batch_size=64), args.eval_notes, args.seed, args.with_rules, args.data_dir
    )
    return {
        "arguments": {key: str(value) for key, value in sorted(vars(args).items())},
        "seed": args.seed,
        "threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "training_examples": len(examples),
        "training_characters": characters,
        "outside_lexicon": None if lexicon is None else lexicon.sizes(),
        "epochs_planned": args.epochs,
        "epochs_completed": epochs_done,
        "training_minutes": round(training_seconds / 60, 1),
        "total_minutes": round((time.monotonic() - started) / 60, 1),
        "history": history,
        "architecture": {
            "features": list(FEATURES),
            "embedding_dims": EMBEDDING_DIMS,
            "channels": args.channels,
            "dilations": list(DILATIONS),
            "receptive_radius": model.receptive_radius,
            "parameters": sum(p.numel() for p in model.parameters()),
            "model_onnx_bytes": int8_path.stat().st_size,
        },
        "export_checks": equality,
        "scores": scores,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m emr_deid.recognizers.ner.training.train", description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--notes", type=int, default=32000, help="synthetic training notes (dev families)")
    parser.add_argument("--validation-notes", type=int, default=400)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--max-minutes", type=float, default=50.0, help="cap on data building plus training")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=256, help="training crop length in characters")
    parser.add_argument("--channels", type=int, default=64)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--replace-words", type=float, default=0.2, help="share of outside words swapped")
    parser.add_argument("--add-lines", type=float, default=0.5, help="share of notes given lines of lexicon text")
    parser.add_argument("--no-lexicon", action="store_true", help="swap outside words among the notes only")
    parser.add_argument("--char-dropout", type=float, default=0.05, help="share of characters shown as unknown")
    parser.add_argument("--learning-rate", type=float, default=3e-3)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    parser.add_argument("--eval-notes", type=int, default=300, help="held-out notes per language for the scores")
    parser.add_argument("--with-rules", action="store_true", help="also score rules alone vs rules plus model")
    parser.add_argument(
        "--dynamic-quantization",
        action="store_true",
        help="per-batch activation ranges (outputs then depend on the batch)",
    )
    parser.add_argument("--no-weibo", action="store_true", help="train on synthetic notes only")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help="the external sets (default: ../shared/data)")
    args = parser.parse_args(argv)
    metrics = train(args)
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    _log(f"wrote {args.out}: {json.dumps(metrics['scores']['heldout_synthetic']['by_language'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
