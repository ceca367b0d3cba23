"""One Detector for the detection tests: building it compiles every registered recognizer."""

from __future__ import annotations

import pytest

from emr_deid.transforms.detect import Detector


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector.from_config()
