"""Records that flow between the stages: messages, notes, parsed messages, entities, dead letters, and lake schemas."""

from emr_deid.schemas.dead_letter import DeadLetter, Stage
from emr_deid.schemas.entity import ENTITY_TIERS, Entity, EntityType, Tier
from emr_deid.schemas.message import Message, SourceCoordinates
from emr_deid.schemas.note import KnownPhi, Note
from emr_deid.schemas.parsed_message import ParsedMessage

__all__ = [
    "ENTITY_TIERS",
    "DeadLetter",
    "Entity",
    "EntityType",
    "KnownPhi",
    "Message",
    "Note",
    "ParsedMessage",
    "SourceCoordinates",
    "Stage",
    "Tier",
]
