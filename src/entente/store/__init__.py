"""The store stage: documents, actors, event mentions and fused events in SQLite or PostgreSQL."""

from entente.store.database import DEFAULT_URL, StoreError
from entente.store.queries import ActorSummary, Edge, EventFilter, Period, Timeline
from entente.store.store import IngestSummary, Results, Store, StoredDocument

__all__ = [
    "DEFAULT_URL",
    "ActorSummary",
    "Edge",
    "EventFilter",
    "IngestSummary",
    "Period",
    "Results",
    "Store",
    "StoreError",
    "StoredDocument",
    "Timeline",
]
