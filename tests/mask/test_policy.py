from __future__ import annotations

from importlib import resources

import pytest
import yaml

from emr_deid.schemas.entity import ENTITY_TIERS, EntityType, Tier
from emr_deid.transforms.mask.policy import PolicyError, load_policies, parse_policies


def test_shipped_profiles_cover_every_entity_type(policies):
    assert {"tags", "safe-harbor", "research", "external-sharing"} <= set(policies.profiles)
    assert policies.version
    for profile in policies.profiles.values():
        for entity_type in EntityType:
            assert profile.operator_for(entity_type).operator


def test_tier_handling_per_profile(policies):
    def operator(profile: str, entity_type: EntityType) -> tuple[str, bool]:
        spec = policies.profile(profile).operator_for(entity_type)
        return spec.operator, spec.flag

    tier1 = [t for t, tier in ENTITY_TIERS.items() if tier is Tier.DIRECT_IDENTIFIER]
    assert all(operator("safe-harbor", t)[0] in ("tag", "redact") for t in tier1)
    assert operator("safe-harbor", EntityType.DATE) == ("date_shift", False)
    assert policies.profile("safe-harbor").operator_for(EntityType.DATE).year_only
    assert operator("research", EntityType.PERSON)[0] == "surrogate"
    assert operator("research", EntityType.MEDICAL_RECORD_NUMBER)[0] == "pseudonym"
    assert operator("research", EntityType.DATE)[0] == "date_shift"
    assert operator("research", EntityType.SENSITIVE_STD) == ("keep", True)
    assert operator("external-sharing", EntityType.SENSITIVE_PREGNANCY)[0] in ("tag", "redact", "generalize")
    assert operator("external-sharing", EntityType.ADDRESS)[0] == "generalize"
    assert not policies.profile("tags").needs_key
    assert policies.profile("research").needs_key


def _shipped() -> dict:
    return yaml.safe_load(resources.files("emr_deid.transforms.mask").joinpath("policies.yaml").read_text("utf-8"))


def test_a_missing_entity_type_is_named():
    data = {"version": "1", "profiles": {"p": {"tiers": {1: {"operator": "tag"}, 2: {"operator": "tag"}}}}}
    with pytest.raises(PolicyError, match="SENSITIVE_STD, SENSITIVE_PREGNANCY"):
        parse_policies(data, "test.yaml")


def test_an_unknown_operator_names_its_key():
    data = _shipped()
    data["profiles"]["research"]["entities"]["PERSON"] = {"operator": "scramble"}
    with pytest.raises(PolicyError, match=r"profiles\.research\.entities\.PERSON"):
        parse_policies(data, "test.yaml")


def test_an_unknown_entity_type_and_a_misspelt_option_are_named():
    data = _shipped()
    data["profiles"]["research"]["entities"]["PERSONS"] = {"operator": "tag"}
    with pytest.raises(PolicyError, match=r"entities\.PERSONS"):
        parse_policies(data, "test.yaml")
    data = _shipped()
    data["profiles"]["research"]["entities"]["PERSON"] = {"operator": "pseudonym", "digits": 8}
    with pytest.raises(PolicyError, match=r"PERSON\.pseudonym\.digits: unknown key"):
        parse_policies(data, "test.yaml")


def test_operators_that_cannot_apply_to_a_type_are_refused():
    data = _shipped()
    data["profiles"]["research"]["entities"]["PERSON"] = {"operator": "generalize"}
    with pytest.raises(PolicyError, match="generalize cannot apply to PERSON"):
        parse_policies(data, "test.yaml")
    data = _shipped()
    data["profiles"]["research"]["entities"]["DATE"] = {"operator": "surrogate"}
    with pytest.raises(PolicyError, match="surrogate cannot apply to DATE"):
        parse_policies(data, "test.yaml")
    data = _shipped()
    data["profiles"]["research"]["fallback"] = {"operator": "surrogate"}
    with pytest.raises(PolicyError, match="fallback"):
        parse_policies(data, "test.yaml")


def test_an_unknown_profile_lists_the_known_ones(policies):
    with pytest.raises(PolicyError, match="external-sharing, research, safe-harbor, tags"):
        policies.profile("reseach")


def test_a_policy_file_is_read_from_a_path(tmp_path):
    path = tmp_path / "policy.yaml"
    data = _shipped()
    data["version"] = "site-7"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert load_policies(path).version == "site-7"
    with pytest.raises(PolicyError, match="cannot read masking policy"):
        load_policies(tmp_path / "missing.yaml")
