"""The YAML recognizer registry: loading, language selection and clear errors."""

from __future__ import annotations

import pytest

from emr_deid.recognizers.registry import RegistryError, load_recognizers, read_registry


def test_shipped_registry_loads():
    recognizers = load_recognizers()
    assert recognizers
    assert {r.supported_language for r in recognizers} >= {"ko", "zh", "en"}


def test_languages_restrict_what_is_instantiated():
    assert {r.supported_language for r in load_recognizers(languages=["zh"])} == {"zh"}


def _registry(tmp_path, body):
    path = tmp_path / "registry.yaml"
    path.write_text("version: 1\nrecognizers:\n" + body, encoding="utf-8")
    return path


def test_disabled_entries_do_not_run(tmp_path):
    path = _registry(
        tmp_path,
        "  - class: presidio_analyzer.predefined_recognizers.EmailRecognizer\n"
        "    languages: [en]\n    enabled: false\n",
    )
    assert load_recognizers(path) == []


def test_errors_name_the_problem(tmp_path):
    with pytest.raises(RegistryError, match="cannot be imported"):
        load_recognizers(_registry(tmp_path, "  - class: no.such.Recognizer\n    languages: [en]\n"))
    with pytest.raises(RegistryError, match="is not a Presidio EntityRecognizer"):
        load_recognizers(_registry(tmp_path, "  - class: pathlib.Path\n    languages: [en]\n"))
    with pytest.raises(RegistryError, match=r"recognizers\.0\.languages: Field required"):
        read_registry(_registry(tmp_path, "  - class: x.Y\n"))
