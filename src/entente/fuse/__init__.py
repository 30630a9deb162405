"""The fuse stage: reports of one real-world event across documents become one fused event."""

from entente.fuse.fusion import (
    WINDOW_DAYS,
    Mention,
    actor_key,
    compatible,
    fuse,
    fusion_key,
    party,
    summarise,
)

__all__ = [
    "WINDOW_DAYS",
    "Mention",
    "actor_key",
    "compatible",
    "fuse",
    "fusion_key",
    "party",
    "summarise",
]
