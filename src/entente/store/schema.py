"""The store's tables, in SQLAlchemy Core: one definition for SQLite and PostgreSQL.

Alembic migrations (``store/migrations``) create and evolve these tables; this module is what the
code queries. A mention is one event as one document reports it; a fused event is the real-world event
its mentions agree on. The full contract record of each mention is kept as JSON beside the columns
queries filter on, so a fused event can always be recomputed from its mentions and nothing is lost.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _coding(*, indexed: bool) -> list[Column]:
    """The contract's event fields that queries filter on, shared by mentions and fused events
    (fused events are what queries read, so only they are indexed)."""
    return [
        Column("event_type", String(16), nullable=False, index=indexed),
        Column("mode", String(16)),
        Column("status", String(16), nullable=False),
        Column("source_id", ForeignKey("actors.id")),
        Column("target_id", ForeignKey("actors.id")),
        Column("speaker_id", ForeignKey("actors.id")),
        Column("date", Date, index=indexed),
        Column("date_text", Text),
        Column("location", Text),
        Column("cameo", String(8), nullable=False),
        Column("goldstein", Float, nullable=False),
        Column("confidence", Float, nullable=False),
    ]


documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc", String(512), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("language", String(8), nullable=False),
    Column("published", Date),
    Column("published_basis", String(32)),
    Column("published_text", Text),
    Column("published_partial", String(16)),
    Column("warnings", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(512), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("country", String(8)),
    Column("code", String(32)),
    Column("kb_id", String(32)),
)

document_actors = Table(
    "document_actors",
    metadata,
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ForeignKey("actors.id"), primary_key=True),
    Column("role", Text),
)

fused_events = Table(
    "fused_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(1024), nullable=False, index=True),
    *_coding(indexed=True),
    Column("source_count", Integer, nullable=False),
    Column("first_published", Date),
    Column("last_published", Date),
    Column("conflicts", JSON, nullable=False),
    Column("record", JSON, nullable=False),
)

fused_actors = Table(
    "fused_actors",
    metadata,
    Column("fused_id", ForeignKey("fused_events.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ForeignKey("actors.id"), primary_key=True),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("fused_id", ForeignKey("fused_events.id", ondelete="SET NULL"), index=True),
    *_coding(indexed=False),
    Column("record", JSON, nullable=False),
    Index("ix_mentions_document_id", "document_id"),
)

mention_actors = Table(
    "mention_actors",
    metadata,
    Column("mention_id", ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ForeignKey("actors.id"), primary_key=True),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("mention_id", ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)
