from __future__ import annotations

import logging

import pytest

from emr_deid.pipelines.config import MaskingConfig
from emr_deid.transforms.mask.keys import DEMO_KEY, MaskingKey, MaskingKeyError, load_key
from emr_deid.transforms.mask.masker import Masker

from .conftest import TEST_KEY


def test_the_key_comes_from_a_file_before_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "key"
    path.write_bytes(TEST_KEY + b"\n")
    monkeypatch.setenv("SITE_KEY", "environment-key-0123456789")
    from_file = load_key(str(path), "SITE_KEY", demo_key=False)
    assert from_file.digest("x") == MaskingKey(TEST_KEY, "same").digest("x")
    from_env = load_key(None, "SITE_KEY", demo_key=False)
    assert from_env.digest("x") == MaskingKey(b"environment-key-0123456789", "same").digest("x")


def test_the_key_never_shows_in_repr_or_str(tmp_path):
    path = tmp_path / "key"
    path.write_bytes(TEST_KEY)
    key = load_key(str(path), "UNSET_VARIABLE_FOR_TEST", demo_key=False)
    for shown in (repr(key), str(key), f"{key}", repr([key])):
        assert TEST_KEY.decode() not in shown
        assert "test-key" not in shown


def test_unusable_keys_are_named_not_shown(tmp_path, monkeypatch):
    with pytest.raises(MaskingKeyError, match="cannot read the masking key file"):
        load_key(str(tmp_path / "absent"), "X", demo_key=False)
    monkeypatch.setenv("SHORT_KEY", "tiny-secret")
    with pytest.raises(MaskingKeyError, match="shorter than 16 bytes") as error:
        load_key(None, "SHORT_KEY", demo_key=False)
    assert "tiny-secret" not in str(error.value)


def test_a_keyed_profile_refuses_to_start_without_a_key(monkeypatch):
    monkeypatch.delenv("EMR_DEID_KEY", raising=False)
    with pytest.raises(MaskingKeyError, match="'research' needs a secret key: give --key-file"):
        Masker.from_config(MaskingConfig(profile="research"))


def test_the_tags_profile_needs_no_key(monkeypatch):
    monkeypatch.delenv("EMR_DEID_KEY", raising=False)
    assert Masker.from_config(MaskingConfig(profile="tags")).profile_name == "tags"


def test_demo_mode_warns_that_the_key_is_public(monkeypatch, caplog):
    monkeypatch.delenv("EMR_DEID_KEY", raising=False)
    with caplog.at_level(logging.WARNING):
        masker = Masker.from_config(MaskingConfig(profile="research", demo_key=True))
    assert masker.patient_pseudonym("p1")
    assert any("demo masking key is public" in record.getMessage() for record in caplog.records)
    assert DEMO_KEY.decode() not in caplog.text
