"""Model spans through a real Presidio AnalyzerEngine, as the detector passes them (ad hoc, per note)."""

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from emr_deid.recognizers.ner.inference import RECOGNIZER_NAME, NerModel
from emr_deid.recognizers.ner.recognizer import NerModelRecognizer
from emr_deid.schemas import Entity
from emr_deid.transforms.detect.nlp_engine import ScriptTokenNlpEngine

TEXT = "입원기록지\n성명: 김민준   생년월일: 1960/01/23\n주치의: 최수진 (서울대학교병원)"


def _analyzer(language: str) -> AnalyzerEngine:
    # Only the NER recognizer, empty in the registry (an empty registry makes Presidio load its predefined
    # recognizers): the results are the spans given ad hoc, alone.
    return AnalyzerEngine(
        registry=RecognizerRegistry(recognizers=[NerModelRecognizer([], language)], supported_languages=[language]),
        nlp_engine=ScriptTokenNlpEngine([language]),
        supported_languages=[language],
    )


def _spans(results):
    return sorted((r.start, r.end, r.entity_type, r.score) for r in results)


def test_precomputed_spans_come_back_through_presidio():
    entities = [
        Entity(10, 13, "PERSON", 0.97, RECOGNIZER_NAME),
        Entity(22, 32, "DATE", 0.91, RECOGNIZER_NAME),
        Entity(38, 41, "PERSON", 0.88, RECOGNIZER_NAME),
    ]
    results = _analyzer("ko").analyze(text=TEXT, language="ko", ad_hoc_recognizers=[NerModelRecognizer(entities, "ko")])
    assert _spans(results) == [(e.start, e.end, e.type, e.score) for e in entities]
    assert {r.recognition_metadata[r.RECOGNIZER_NAME_KEY] for r in results} == {RECOGNIZER_NAME}


def test_only_requested_entity_types_and_spans_inside_the_text_are_returned():
    entities = [Entity(10, 13, "PERSON", 0.97, RECOGNIZER_NAME), Entity(22, 32, "DATE", 0.91, RECOGNIZER_NAME)]
    entities.append(Entity(len(TEXT), len(TEXT) + 4, "ID", 0.9, RECOGNIZER_NAME))
    recognizer = NerModelRecognizer(entities, "ko")
    results = _analyzer("ko").analyze(text=TEXT, language="ko", entities=["DATE"], ad_hoc_recognizers=[recognizer])
    assert _spans(results) == [(22, 32, "DATE", 0.91)]
    assert recognizer.analyze(TEXT, ["PERSON", "DATE", "ID"]) and len(recognizer.analyze(TEXT, ["ID"])) == 0


def test_shipped_model_spans_through_presidio_are_the_model_spans():
    entities = NerModel().predict([TEXT])[0]
    assert entities
    results = _analyzer("ko").analyze(text=TEXT, language="ko", ad_hoc_recognizers=[NerModelRecognizer(entities, "ko")])
    assert _spans(results) == sorted((e.start, e.end, e.type, e.score) for e in entities)
