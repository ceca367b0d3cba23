"""Throughput of the NER stage (encode, window, bucket, onnxruntime, decode) by language, batch size and threads.

    python -m emr_deid.benchmarks.bench_ner [--notes 256] [--seconds 2] [--batch-sizes 1 8 32 128] [--threads 1 2]
                                            [--session-batch-size 8] [--providers CPUExecutionProvider]

Notes are synthetic held-out notes (`emr_deid.evaluation.synthetic`), one language at a time. Each
configuration runs `NerModel.predict` over batches of `batch size` notes (cut into at most that many
windows per onnxruntime call, or `--session-batch-size`) for about `--seconds` and
reports KB of UTF-8 text per second of wall time, and KB per CPU-second of the process: the per-core
figure, which stays meaningful when other work shares the machine (wall time then also counts waiting).
On a GPU (onnxruntime-gpu, `CUDAExecutionProvider` chosen by default) wall time is the figure to read.
"""

from __future__ import annotations

import argparse
import time

import onnxruntime as ort

from emr_deid.evaluation.synthetic import generate
from emr_deid.recognizers.ner.inference import NerModel

LANGUAGES = ("ko", "zh", "en", "ko-en")


def measure(model: NerModel, notes: list[str], batch_size: int, seconds: float) -> tuple[float, float]:
    """(KB per wall second, KB per CPU second) over whole batches until `seconds` ran out."""
    model.predict(notes[:batch_size])  # warm-up: first-run allocations are not throughput
    done, wall, cpu = 0, time.perf_counter(), time.process_time()
    index = 0
    while True:
        batch = [notes[(index + i) % len(notes)] for i in range(batch_size)]
        index += batch_size
        model.predict(batch)
        done += sum(len(text.encode("utf-8")) for text in batch)
        if time.perf_counter() - wall > seconds:
            break
    return done / 1024 / (time.perf_counter() - wall), done / 1024 / (time.process_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=256, help="notes per language")
    parser.add_argument("--seconds", type=float, default=2.0, help="time per configuration")
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8, 32, 128])
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    parser.add_argument("--model", help="model.onnx (vocab.json beside it); default: the shipped one")
    parser.add_argument(
        "--session-batch-size", type=int, help="windows per onnxruntime call (default: the batch size swept)"
    )
    parser.add_argument(
        "--providers", nargs="+", help="onnxruntime execution providers (default: CUDA first when it sees a GPU)"
    )
    args = parser.parse_args()

    print(f"onnxruntime {ort.__version__}, providers {ort.get_available_providers()}")
    notes = {lang: [note["text"] for note in generate(args.notes, lang, "heldout", 3)] for lang in args.languages}
    for lang, texts in notes.items():
        size = sum(len(text.encode("utf-8")) for text in texts)
        print(f"{lang}: {len(texts)} notes, mean {size / len(texts):.0f} B, {size / sum(map(len, texts)):.2f} B/char")
    print(f"\n{'lang':<6}{'threads':>8}{'batch':>7}{'KB/s wall':>11}{'KB/s/core':>11}   (per core: KB per CPU-second)")
    for threads in args.threads:
        for batch_size in args.batch_sizes:
            model = NerModel(
                args.model, threads=threads, batch_size=args.session_batch_size or batch_size, providers=args.providers
            )
            if threads == args.threads[0] and batch_size == args.batch_sizes[0]:
                print(f"session providers: {model.session.get_providers()}")
            for lang, texts in notes.items():
                wall, per_core = measure(model, texts, batch_size, args.seconds)
                print(f"{lang:<6}{threads:>8}{batch_size:>7}{wall:>11.0f}{per_core:>11.0f}", flush=True)


if __name__ == "__main__":
    main()
