"""Scoring on hand-made cases whose right answers are worked out by hand."""

from __future__ import annotations

import pytest

from emr_deid.evaluation.scoring import ALL, evaluate, phi_tokens, score_document

TEXT = "Pt John Smith seen 03/05/2024 at 010-1234-5678"
#        0123456789012345678901234567890123456789012345
NAME, DATE, PHONE = (3, 13, "PERSON"), (19, 29, "DATE"), (33, 46, "PHONE_NUMBER")


def test_strict_needs_exact_boundaries_and_overlap_does_not():
    predicted = [(3, 7, "PERSON"), (19, 29, "DATE"), (0, 2, "PERSON")]
    counts = score_document(TEXT, [NAME, DATE, PHONE], predicted)
    person = counts["PERSON"].metrics()
    assert (person["gold"], person["predicted"]) == (1, 2)
    assert person["strict_recall"] == 0.0 and person["overlap_recall"] == 1.0
    assert person["overlap_precision"] == 0.5  # "Pt" touches no gold name
    assert counts["DATE"].metrics()["strict_f1"] == 1.0
    phone = counts["PHONE_NUMBER"].metrics()
    assert phone["overlap_recall"] == 0.0 and phone["overlap_precision"] == 1.0  # nothing predicted, nothing wrong


def test_overlap_requires_the_same_type():
    counts = score_document(TEXT, [DATE], [(19, 29, "PHONE_NUMBER")])
    assert counts["DATE"].metrics()["overlap_recall"] == 0.0
    assert counts["DATE"].metrics()["leak_rate"] == 0.0  # masked all the same, whatever the type


def test_leak_rate_counts_tokens_not_fully_covered():
    # "John" is covered, "Smith" only in part: one of two tokens leaks.
    counts = score_document(TEXT, [NAME], [(3, 10, "PERSON")])
    assert counts["PERSON"].tokens == 2 and counts["PERSON"].leaked_tokens == 1


def test_cjk_characters_are_tokens_of_their_own():
    text = "患者欧阳娜娜，联系人 김민준 010"
    assert phi_tokens(text, 2, 6) == [(2, 3), (3, 4), (4, 5), (5, 6)]
    assert phi_tokens(text, 11, 18) == [(11, 12), (12, 13), (13, 14), (15, 18)]
    counts = score_document(text, [(2, 6, "PERSON")], [(2, 4, "PERSON")])
    assert counts["PERSON"].metrics()["leak_rate"] == pytest.approx(0.5)


def test_report_groups_by_language_and_type_and_filters_types():
    en_entities = [{"start": start, "end": end, "type": kind} for start, end, kind in (NAME, DATE)]
    gold = [
        {"id": "a", "text": TEXT, "lang": "en", "entities": en_entities},
        {"id": "b", "text": "김민준님", "lang": "ko", "entities": [{"start": 0, "end": 3, "type": "PERSON"}]},
    ]
    predictions = {"a": [{"start": 3, "end": 13, "type": "PERSON", "score": 0.9, "recognizer": "x"}]}
    report = evaluate(gold, predictions)
    by_type = report.to_dict()["by_type"]
    assert by_type["PERSON"]["strict_recall"] == 0.5 and by_type["DATE"]["strict_recall"] == 0.0
    by_language = report.to_dict()["by_language"]
    assert by_language["en"]["gold"] == 2 and by_language["ko"]["overlap_recall"] == 0.0
    assert by_language[ALL]["strict_recall"] == pytest.approx(1 / 3)
    only_dates = evaluate(gold, predictions, types={"DATE"}).to_dict()["by_type"]
    assert set(only_dates) == {"DATE", ALL}
    table = report.table()
    assert "PERSON" in table and "ko" in table and "2 documents" in table
