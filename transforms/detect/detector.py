"""The detection engine: routes a note's text by script to each language's Presidio recognizers.

Presidio analyzes one language per call, and clinical notes mix languages: Korean notes carry English
terms and names, and spans such as "2024년 3월 5일" mix digits with Hangul. So:
1. the note's main language (the declared one, else Korean or Chinese where their script is present, else
   English; see `languages_by_script`) runs its full recognizer set over the whole text, together with
   the note's known-PHI recognizer;
2. every other language present runs once over a copy of the text whose letters of other scripts are
   blanked (`blank_other_scripts`: same length, so offsets hold), with only the recognizers that are
   not also registered for the main language: a language-neutral recognizer (registered for every
   language) has already run in step 1, over the whole text;
3. precomputed entities (the NER model) join; allow-listed terms and low scores are dropped; overlaps
   are resolved by `merge_entities` (longest, then highest score; deterministic);
4. a generic ID (the model's, or a generic recognizer's) takes the type its nearest label names
   (`IdentifierTyper`: "건강보험 지역가입자 1234…" is an insurance number).

Context words come from `ScriptTokenNlpEngine` (tokens by script, no model), so Presidio's context
enhancement works in all three languages at regex speed.
"""

from __future__ import annotations

from collections.abc import Sequence

from presidio_analyzer import EntityRecognizer, RecognizerRegistry, RecognizerResult

from emr_deid.pipelines.config import DetectionConfig
from emr_deid.recognizers.known_phi import KnownPhiRecognizer
from emr_deid.recognizers.ner.inference import NerModel, default_model
from emr_deid.recognizers.registry import load_recognizers, read_registry
from emr_deid.schemas import Entity, KnownPhi, Note
from emr_deid.transforms.detect.allow_list import AllowList
from emr_deid.transforms.detect.context import ContextWordEnhancer, OnePassContextAnalyzerEngine
from emr_deid.transforms.detect.identifier_types import IdentifierTyper
from emr_deid.transforms.detect.merge import merge_entities
from emr_deid.transforms.detect.nlp_engine import ScriptTokenNlpEngine
from emr_deid.transforms.language import blank_other_scripts, languages_by_script

KNOWN_PHI_RECOGNIZER = KnownPhiRecognizer.__name__


def parse_language_label(label: str | None) -> tuple[str, ...]:
    """The languages a label names ("ko", "ko-en", "en,ko"), main language first; None or "" gives ()."""
    if not label:
        return ()
    return tuple(part.strip().lower() for part in label.replace(",", "-").split("-") if part.strip())


class Detector:
    """Build once per process with `from_config`: construction sets up every analyzer, `detect` changes nothing."""

    def __init__(
        self,
        recognizers: dict[str, list[tuple[EntityRecognizer, frozenset[str]]]],
        score_threshold: float = 0.5,
        ner_model: NerModel | None = None,
        ner_min_score: float = 1.0,
    ):
        """`recognizers`: per language, each recognizer with the languages its registry entry names.

        `ner_model`: the NER model, whose spans fill only the gaps the rules leave, at `ner_min_score`
        or above: the rules' spans and types are exact where they fire, the model adds recall elsewhere.
        """
        self.languages = tuple(recognizers)
        self.score_threshold = score_threshold
        self._ner_model = ner_model
        self._ner_min_score = ner_min_score
        self._recognizers = recognizers
        self._nlp_engine = ScriptTokenNlpEngine(self.languages)
        self._allow_list = AllowList(self.languages)
        self._identifier_typer = IdentifierTyper(r for entries in recognizers.values() for r, _ in entries)
        self._analyzers = {
            (language, main): self._analyzer(language, main) for language in self.languages for main in self.languages
        }

    @classmethod
    def from_config(
        cls, config: DetectionConfig | None = None, registry_path: str | None = None, ner_model: NerModel | None = None
    ) -> Detector:
        """The configured detector; `ner_model` replaces the shipped model (e.g. a newly trained one)."""
        config = config or DetectionConfig()
        entries = [entry for entry in read_registry(registry_path).recognizers if entry.enabled]
        recognizers = {}
        for language in config.languages:
            # load_recognizers yields, for one language, one instance per matching entry, in file order.
            instances = load_recognizers(registry_path, languages=[language])
            entry_languages = [frozenset(entry.languages) for entry in entries if language in entry.languages]
            recognizers[language] = list(zip(instances, entry_languages, strict=True))
        ner_model = (ner_model or default_model(min_score=config.ner_min_score)) if config.use_ner_model else None
        return cls(recognizers, config.score_threshold, ner_model, config.ner_min_score)

    def warm_up(self) -> None:
        """Load now what recognizers load on first use, so that no note waits for it: Kiwi's model takes seconds,
        and Presidio compiles each pattern on its first analysis (Presidio's URL patterns alone, a tenth of a second).

        Recognizers opt in with a `warm_up()` method; call this where start-up is paid, e.g. a DoFn's `setup`.
        """
        for recognizers in self._recognizers.values():
            for recognizer, _ in recognizers:
                if hasattr(recognizer, "warm_up"):
                    recognizer.warm_up()
        for (language, _), analyzer in self._analyzers.items():
            if analyzer is not None:
                analyzer.analyze(text="warm-up", language=language)
        if self._ner_model is not None:
            self._ner_model.predict(["warm-up"])

    def detect(
        self,
        text: str,
        lang: str | None = None,
        known_phi: Sequence[KnownPhi] = (),
        extra_entities: Sequence[Entity] = (),
    ) -> list[Entity]:
        """Entities in `text`, sorted by start, non-overlapping; `lang` None means by script."""
        model_spans = self._ner_model.predict([text])[0] if self._ner_model is not None else []
        return self._detect(text, lang, known_phi, extra_entities, model_spans)

    def detect_note(self, note: Note, extra_entities: Sequence[Entity] = ()) -> list[Entity]:
        lang = _language_label(note)
        return self.detect(note.text, lang=lang, known_phi=note.known_phi, extra_entities=extra_entities)

    def detect_notes(self, notes: Sequence[Note]) -> list[list[Entity]]:
        """`detect_note` of each note, with the NER model run once over all their texts: batched, it is faster."""
        texts = [note.text for note in notes]
        model_spans = self._ner_model.predict(texts) if self._ner_model is not None else [[] for _ in notes]
        return [
            self._detect(note.text, _language_label(note), note.known_phi, (), spans)
            for note, spans in zip(notes, model_spans, strict=True)
        ]

    def _detect(
        self,
        text: str,
        lang: str | None,
        known_phi: Sequence[KnownPhi],
        extra_entities: Sequence[Entity],
        model_spans: Sequence[Entity],
    ) -> list[Entity]:
        languages = self._languages_of(text, lang)
        main = languages[0]
        known_phi_recognizer = [KnownPhiRecognizer(known_phi, supported_language=main)] if known_phi else []
        entities = self._analyze(text, main, main, known_phi_recognizer)
        for other in languages[1:]:
            entities.extend(self._analyze(blank_other_scripts(text, other), other, main))
        entities.extend(extra_entities)
        entities = [entity for entity in entities if entity.score >= self.score_threshold]
        entities = self._allow_list.suppress(text, entities, languages, exempt=frozenset({KNOWN_PHI_RECOGNIZER}))
        merged = merge_entities(entities)
        if self._ner_model is not None:
            merged = sorted(merged + self._model_spans_in_gaps(text, merged, languages, model_spans))
        return self._identifier_typer.retype(text, merged)

    def _model_spans_in_gaps(
        self, text: str, found: list[Entity], languages: tuple[str, ...], model_spans: Sequence[Entity]
    ) -> list[Entity]:
        floor = max(self._ner_min_score, self.score_threshold)  # the detector's threshold holds for the model too
        confident = [s for s in model_spans if s.score >= floor and not _lowercase_latin_place(text, s)]
        gaps = [s for s in confident if not any(s.start < e.end and e.start < s.end for e in found)]
        return self._allow_list.suppress(text, gaps, languages, exempt=frozenset())

    def _languages_of(self, text: str, lang: str | None) -> tuple[str, ...]:
        """Declared languages first, then the scripts present (all, for text without letters); configured only."""
        ordered = dict.fromkeys(parse_language_label(lang) + (languages_by_script(text) or self.languages))
        return tuple(language for language in ordered if language in self.languages) or self.languages[:1]

    def _analyze(self, text: str, language: str, main: str, ad_hoc: list[EntityRecognizer] = ()) -> list[Entity]:
        analyzer = self._analyzers[language, main]
        if analyzer is None:
            return []
        results = analyzer.analyze(
            text=text,
            language=language,
            score_threshold=self.score_threshold,
            ad_hoc_recognizers=list(ad_hoc) or None,
        )
        return [_entity(result) for result in results]

    def _analyzer(self, language: str, main: str) -> OnePassContextAnalyzerEngine | None:
        """Language `language`'s analyzer; for a segment pass, without what the main language already ran.

        None when nothing is left to run (Presidio would load its predefined recognizers instead).
        """
        recognizers = [
            recognizer
            for recognizer, entry_languages in self._recognizers[language]
            if language == main or main not in entry_languages
        ]
        if not recognizers:
            return None
        return OnePassContextAnalyzerEngine(
            registry=RecognizerRegistry(recognizers=recognizers, supported_languages=[language]),
            nlp_engine=self._nlp_engine,
            supported_languages=[language],
            context_aware_enhancer=ContextWordEnhancer(),
        )


# Place names are capitalised in English; a person's name is kept even in lowercase ("wife mary at bedside").
_CAPITALISED_TYPES = frozenset({"HOSPITAL", "LOCATION"})


def _lowercase_latin_place(text: str, entity: Entity) -> bool:
    """A place or institution the model tags in Latin letters without a capital: "nearest hospital"."""
    span = text[entity.start : entity.end]
    return entity.type in _CAPITALISED_TYPES and span.isascii() and span.lower() == span


def _language_label(note: Note) -> str | None:
    return "-".join(note.languages) or None


def _entity(result: RecognizerResult) -> Entity:
    recognizer = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown")
    return Entity(
        start=result.start,
        end=result.end,
        type=result.entity_type,
        score=round(float(result.score), 4),
        recognizer=recognizer,
    )
