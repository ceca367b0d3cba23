"""The secret key behind pseudonyms, surrogates and date shifts: from a file or an environment variable.

The key object never shows its bytes: its repr and str name only where it came from, so a key that
reaches a log line or an exception message by accident still does not leak.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

# Public on purpose: anyone can recompute every pseudonym made with it. Only for demos and tests.
DEMO_KEY = b"emr-deid public demo key: NOT SECRET, never use for real data"
DEMO_WARNING = (
    "DEMO KEY IN USE: the demo masking key is public, so anyone can recompute these pseudonyms, "
    "surrogates and date shifts. Never use --demo-key on real patient data."
)
_MIN_KEY_BYTES = 16


class MaskingKeyError(ValueError):
    """No usable key for a profile that needs one; the message says how to provide it."""


@dataclass(frozen=True)
class MaskingKey:
    """Key bytes plus a description of their origin; only `digest` ever touches the bytes."""

    _secret: bytes = field(repr=False)
    origin: str
    is_demo: bool = False

    def digest(self, *parts: str | bytes) -> bytes:
        """HMAC-SHA256 of the parts, separated so that ("ab", "c") and ("a", "bc") differ."""
        message = b"\x1f".join(part.encode("utf-8") if isinstance(part, str) else part for part in parts)
        return hmac.new(self._secret, message, hashlib.sha256).digest()

    def __str__(self) -> str:
        return f"masking key from {self.origin}"

    def __repr__(self) -> str:
        return f"MaskingKey(origin={self.origin!r}, is_demo={self.is_demo})"


def _checked(secret: bytes, origin: str) -> MaskingKey:
    secret = secret.strip()
    if len(secret) < _MIN_KEY_BYTES:
        raise MaskingKeyError(f"the masking key from {origin} is shorter than {_MIN_KEY_BYTES} bytes")
    return MaskingKey(secret, origin)


def load_key(key_file: str | None, key_env: str, demo_key: bool) -> MaskingKey | None:
    """The configured key: the file first, then the environment variable, then (demo mode) the public key.

    Returns None when none is configured; the caller decides whether its profile can run without one.
    """
    if key_file is not None:
        try:
            return _checked(Path(key_file).read_bytes(), f"file {key_file}")
        except OSError as error:
            raise MaskingKeyError(f"cannot read the masking key file {key_file}: {error.strerror}") from None
    from_env = os.environ.get(key_env)
    if from_env:
        return _checked(from_env.encode("utf-8"), f"environment variable {key_env}")
    if demo_key:
        logger.warning(DEMO_WARNING)
        return MaskingKey(DEMO_KEY, "the public demo key", is_demo=True)
    return None
