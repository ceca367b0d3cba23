"""Each registry pattern's scan time under both regex engines, `re` and `regex`, on synthetic notes.

    python -m emr_deid.benchmarks.bench_regex_engines [--notes 600] [--rounds 3] [--seed 8]

Every pattern of the pattern recognizers, in every language it is registered for, scans the texts its
language's recognizers see in detection: the notes of that main language whole, and the other notes, where
that language's script is present, with the other scripts blanked (`blank_other_scripts`). It is compiled
with both engines where both accept it; the time is the best of `--rounds` scans of all those texts.

Printed per pattern: the engine it is compiled with now, the two times, whether the two engines found the
same matches, and `candidate` where the other engine is at least twice as fast, saves at least a millisecond
per hundred notes and finds the same matches, and the pattern leaves case and word rules (\\w, \\b, \\s
outside `(?a)`) out, where the two engines' Unicode tables differ. A candidate goes into its recognizer's
`ON_RE` or `ON_REGEX`. The figures are printed as measured: nothing is asserted.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

import regex

from emr_deid.evaluation.synthetic import generate
from emr_deid.recognizers.base import SpanPatternRecognizer
from emr_deid.recognizers.registry import load_recognizers
from emr_deid.transforms.language import blank_other_scripts, languages_by_script

LANGUAGES = ("ko", "zh", "en")
_UNICODE_RULES = re.compile(r"\\[wWbBsS]")


def texts_by_language(count: int, seed: int) -> dict[str, list[str]]:
    """The texts each language's recognizers scan: main-language notes whole, others blanked to that script."""
    texts: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for note in generate(count, lang="all", split="dev", seed=seed):
        present = languages_by_script(note["text"])
        for rank, language in enumerate(present):
            text = note["text"] if rank == 0 else blank_other_scripts(note["text"], language)
            texts[language].append(text)
    return texts


def scan_seconds(compiled, texts: list[str], rounds: int) -> tuple[float, list]:
    best, spans = float("inf"), []
    for _ in range(rounds):
        started = time.perf_counter()
        spans = [[match.span() for match in compiled.finditer(text)] for text in texts]
        best = min(best, time.perf_counter() - started)
    return best, spans


def sensitive_to_unicode_tables(pattern: str, flags: int) -> bool:
    """Case-insensitive, or word, boundary or space classes outside ASCII mode: where the engines may differ."""
    ignores_case = bool(flags & re.IGNORECASE) or "(?i" in pattern
    return ignores_case or (not pattern.startswith("(?a)") and _UNICODE_RULES.search(pattern) is not None)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args(argv)

    texts = texts_by_language(args.notes, args.seed)
    engines: dict[str, Callable] = {"re": re.compile, "regex": regex.compile}
    rows, seen = [], set()
    for language in LANGUAGES:
        for recognizer in load_recognizers(languages=[language]):
            if not isinstance(recognizer, SpanPatternRecognizer):
                continue
            for pattern, compiled in recognizer._compiled:
                key = (type(recognizer).__name__, pattern.name, language)
                if key in seen:
                    continue
                seen.add(key)
                now = "regex" if isinstance(compiled, regex.Pattern) else "re"
                other = "re" if now == "regex" else "regex"
                try:
                    alternative = engines[other](pattern.regex, recognizer.global_regex_flags)
                except (re.error, regex.error):
                    continue
                now_seconds, now_spans = scan_seconds(compiled, texts[language], args.rounds)
                other_seconds, other_spans = scan_seconds(alternative, texts[language], args.rounds)
                same = now_spans == other_spans
                candidate = (
                    same
                    and other_seconds * 2 <= now_seconds
                    and (now_seconds - other_seconds) * 100 / max(1, len(texts[language])) >= 0.001
                    and not sensitive_to_unicode_tables(pattern.regex, recognizer.global_regex_flags)
                )
                rows.append((now_seconds - other_seconds, key, now, now_seconds, other_seconds, same, candidate))

    print(f"{sum(len(t) for t in texts.values())} texts ({', '.join(f'{k} {len(v)}' for k, v in texts.items())})")
    print(f"scan time as compiled now: {sum(row[3] for row in rows):.3f} s")
    print(f"with the candidates on the other engine: {sum(row[4] if row[6] else row[3] for row in rows):.3f} s")
    print(f"{'recognizer':<40}{'pattern':<56}{'lang':<6}{'now':<7}{'now s':>9}{'other s':>9}  same")
    for saving, (recognizer, name, language), now, now_seconds, other_seconds, same, candidate in sorted(
        rows, reverse=True
    ):
        if saving <= 0 and not candidate:
            continue
        mark = "  candidate" if candidate else ""
        print(
            f"{recognizer:<40}{name[:54]:<56}{language:<6}{now:<7}{now_seconds:9.4f}{other_seconds:9.4f}  "
            f"{'yes' if same else 'NO'}{mark}"
        )


if __name__ == "__main__":
    main()
