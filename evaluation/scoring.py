"""Scores predicted entity spans against gold spans.

- strict: a prediction counts only with the gold span's exact start, end and type;
- overlap: a prediction and a gold span of the same type that share at least one character match
  (precision counts predictions that touch some gold span, recall counts gold spans touched);
- leak rate: the share of gold PHI tokens not fully covered by predicted spans of any type, the
  measure that matters for de-identification. Tokens are whitespace-separated runs, except that every
  Han, kana and Hangul character is a token of its own (those scripts do not separate words by spaces).

Results are grouped per entity type and per language, with micro-averaged totals ("ALL").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

ALL = "ALL"
Span = tuple[int, int, str]


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xAC00 <= code <= 0xD7A3
        or 0x3040 <= code <= 0x30FF
        or 0xF900 <= code <= 0xFAFF
    )


def phi_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Token offsets inside text[start:end]: whitespace-separated runs, CJK characters one by one."""
    tokens, token_start = [], None
    for i in range(start, end):
        char = text[i]
        if char.isspace() or _is_cjk(char):
            if token_start is not None:
                tokens.append((token_start, i))
                token_start = None
            if _is_cjk(char):
                tokens.append((i, i + 1))
        elif token_start is None:
            token_start = i
    if token_start is not None:
        tokens.append((token_start, end))
    return tokens


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    strict_tp: int = 0
    overlap_gold_tp: int = 0  # gold spans touched by a same-type prediction
    overlap_pred_tp: int = 0  # predictions touching a same-type gold span
    tokens: int = 0
    leaked_tokens: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _ratio(numerator: int, denominator: int) -> float:
        # An empty denominator means nothing could go wrong: no gold to miss, no prediction to be wrong.
        return numerator / denominator if denominator else 1.0

    def metrics(self) -> dict[str, float | int]:
        strict_p = self._ratio(self.strict_tp, self.predicted)
        strict_r = self._ratio(self.strict_tp, self.gold)
        overlap_p = self._ratio(self.overlap_pred_tp, self.predicted)
        overlap_r = self._ratio(self.overlap_gold_tp, self.gold)
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "strict_precision": strict_p,
            "strict_recall": strict_r,
            "strict_f1": _f1(strict_p, strict_r),
            "overlap_precision": overlap_p,
            "overlap_recall": overlap_r,
            "overlap_f1": _f1(overlap_p, overlap_r),
            "tokens": self.tokens,
            "leak_rate": self.leaked_tokens / self.tokens if self.tokens else 0.0,
        }


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_document(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> dict[str, Counts]:
    """Counts per entity type for one document."""
    counts: dict[str, Counts] = defaultdict(Counts)
    gold_set, predicted_set = set(gold), set(predicted)
    covered = [False] * len(text)
    for start, end, _ in predicted_set:
        for i in range(max(start, 0), min(end, len(text))):
            covered[i] = True
    for span in gold_set:
        c = counts[span[2]]
        c.gold += 1
        c.strict_tp += span in predicted_set
        c.overlap_gold_tp += any(p[2] == span[2] and _overlaps(span, p) for p in predicted_set)
        for token_start, token_end in phi_tokens(text, span[0], span[1]):
            c.tokens += 1
            c.leaked_tokens += not all(covered[token_start:token_end])
    for span in predicted_set:
        c = counts[span[2]]
        c.predicted += 1
        c.overlap_pred_tp += any(g[2] == span[2] and _overlaps(span, g) for g in gold_set)
    return counts


@dataclass
class Report:
    """Counts per (language, type); `table()` and `to_dict()` present them."""

    counts: dict[tuple[str, str], Counts] = field(default_factory=lambda: defaultdict(Counts))
    documents: int = 0

    def add(self, lang: str, per_type: Mapping[str, Counts]) -> None:
        self.documents += 1
        for entity_type, c in per_type.items():
            for key in ((lang, entity_type), (lang, ALL), (ALL, entity_type), (ALL, ALL)):
                self.counts[key].add(c)

    def languages(self) -> list[str]:
        return [*sorted({lang for lang, _ in self.counts if lang != ALL}), ALL]

    def types(self) -> list[str]:
        return [*sorted({t for _, t in self.counts if t != ALL}), ALL]

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "by_type": {t: self.counts[(ALL, t)].metrics() for t in self.types()},
            "by_language": {lang: self.counts[(lang, ALL)].metrics() for lang in self.languages()},
            "by_language_and_type": {
                f"{lang}/{t}": c.metrics() for (lang, t), c in sorted(self.counts.items()) if ALL not in (lang, t)
            },
        }

    def table(self) -> str:
        header = (
            f"{'':<24}{'gold':>7}{'pred':>7}  {'strict P':>8}{'R':>7}{'F1':>7}"
            f"  {'overlap P':>9}{'R':>7}{'F1':>7}  {'leak':>7}"
        )
        lines = [f"{self.documents} documents", "", "by entity type", header]
        lines += [_row(t, self.counts[(ALL, t)]) for t in self.types()]
        lines += ["", "by language", header]
        lines += [_row(lang, self.counts[(lang, ALL)]) for lang in self.languages()]
        return "\n".join(lines)


def _row(label: str, counts: Counts) -> str:
    m = counts.metrics()
    return (
        f"{label:<24}{m['gold']:>7}{m['predicted']:>7}  {m['strict_precision']:>8.3f}{m['strict_recall']:>7.3f}"
        f"{m['strict_f1']:>7.3f}  {m['overlap_precision']:>9.3f}{m['overlap_recall']:>7.3f}{m['overlap_f1']:>7.3f}"
        f"  {m['leak_rate']:>7.4f}"
    )


def spans(entities: Iterable[Mapping], types: set[str] | None = None) -> list[Span]:
    return [(e["start"], e["end"], e["type"]) for e in entities if types is None or e["type"] in types]


def evaluate(
    gold_documents: Iterable[Mapping],
    predictions: Mapping[str, Sequence[Mapping]],
    types: set[str] | None = None,
) -> Report:
    """Scores every gold document against `predictions[id]` (missing ids predict nothing)."""
    report = Report()
    for document in gold_documents:
        predicted = predictions.get(document["id"], ())
        report.add(
            document.get("lang", "und"),
            score_document(document["text"], spans(document["entities"], types), spans(predicted, types)),
        )
    return report
