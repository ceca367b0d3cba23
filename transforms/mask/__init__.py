"""Masking: policies (profiles of operators by tier), keys, and the Masker that applies them.

`Masker.from_config(MaskingConfig)` is the entry point; `add_policy_arguments` and
`masking_config_from_args` give commands the `--policy/--key-file/--key-env/--demo-key` flags.
"""

from emr_deid.transforms.mask.keys import MaskingKey, MaskingKeyError
from emr_deid.transforms.mask.masker import MaskedText, Masker, add_policy_arguments, masking_config_from_args
from emr_deid.transforms.mask.policy import PolicyError, load_policies

__all__ = [
    "MaskedText",
    "Masker",
    "MaskingKey",
    "MaskingKeyError",
    "PolicyError",
    "add_policy_arguments",
    "load_policies",
    "masking_config_from_args",
]
