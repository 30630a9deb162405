"""The store stage: documents, actors, event mentions and fused events in SQLite or PostgreSQL."""

from entente.store.database import DEFAULT_URL, NotFound, StoreError, StoreUnavailable
from entente.store.queries import ActorSummary, Edge, EventFilter, Period, Timeline
from entente.store.store import IngestSummary, Results, Store, StoredDocument

__all__ = [
    "DEFAULT_URL",
    "ActorSummary",
    "Edge",
    "EventFilter",
    "IngestSummary",
    "NotFound",
    "Period",
    "Results",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "StoredDocument",
    "Timeline",
]
