"""Detection: find PHI and sensitive clinical facts in a note's text (Presidio, routed by script).

`DetectEntities` (the Beam transform) is imported on first use, so the `mask` command and other
Beam-free callers do not pay for importing Apache Beam.
"""

from emr_deid.transforms.detect.detector import Detector
from emr_deid.transforms.detect.merge import mask_with_tags, merge_entities

__all__ = ["DetectEntities", "Detector", "mask_with_tags", "merge_entities"]


def __getattr__(name: str):
    if name == "DetectEntities":
        from emr_deid.transforms.detect.beam import DetectEntities

        return DetectEntities
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
