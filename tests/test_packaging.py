"""Everything we ship installs under the single `emr_deid` namespace."""

from __future__ import annotations

import importlib

from conftest import REPO


def test_every_source_folder_is_importable_under_emr_deid():
    for folder in ("pipelines", "transforms", "recognizers", "schemas", "evaluation", "benchmarks", "samples"):
        module = importlib.import_module(f"emr_deid.{folder}")
        assert module.__name__ == f"emr_deid.{folder}"


def test_every_python_package_below_a_source_folder_is_installed():
    for folder in ("pipelines", "transforms", "recognizers", "schemas", "evaluation", "benchmarks"):
        for init in (REPO / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(REPO)
            importlib.import_module("emr_deid." + ".".join(relative.parts))


def test_no_top_level_module_of_ours_leaks_out():
    import emr_deid

    assert not hasattr(emr_deid, "__file__") or emr_deid.__file__ is None  # a namespace package
