"""Writing extractions: documents, actors, mentions and their evidence, fused as they arrive.

Everything here runs inside the caller's transaction, one batch at a time, so a crash leaves either
the whole batch or none of it. Fusion is incremental: a new mention is compared only with the fused
events stored under its key (type and parties), and a fused event is recomputed from its mentions
whenever one joins or leaves it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, and_, delete, insert, or_, select, update

from entente.fuse import WINDOW_DAYS, Mention, actor_key, compatible, fusion_key, summarise
from entente.records import Actor, Document, EventRecord, Extraction, FusedEvent
from entente.store.schema import (
    actors,
    document_actors,
    documents,
    evidence,
    fused_actors,
    fused_events,
    mention_actors,
    mentions,
)


def content_hash(doc: Document) -> str:
    """What makes two inputs the same document: their text and the metadata they came with."""
    digest = hashlib.sha256()
    for part in (doc.text, doc.title, doc.url, doc.source, doc.published, doc.language):
        digest.update((part or "").encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass
class Written:
    """What one document changed in the store."""

    replaced: bool
    mentions: int
    new_fused: int


class Writer:
    """Writes extractions on one connection; remembers actor ids for the length of a transaction."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._actor_ids: dict[str, int] = {}

    def actor_id(self, actor: Actor) -> int:
        key = actor_key(actor)
        if key in self._actor_ids:
            return self._actor_ids[key]
        found = self.connection.scalar(select(actors.c.id).where(actors.c.key == key))
        if found is None:
            found = self.connection.scalar(
                insert(actors)
                .values(
                    key=key,
                    name=actor.name,
                    type=actor.type,
                    country=actor.country,
                    code=actor.code,
                    kb_id=actor.id,
                )
                .returning(actors.c.id)
            )
        self._actor_ids[key] = found
        return found

    def _actor_ids_of(self, people: Iterable[Actor | None]) -> set[int]:
        return {self.actor_id(a) for a in people if a is not None}

    def write(self, extraction: Extraction, digest: str) -> Written:
        """Store one document, replacing an earlier version of it, and fuse its events."""
        record = extraction.document
        old = self.connection.scalar(select(documents.c.id).where(documents.c.doc == record.doc))
        if old is not None:
            self._remove(old)
        document_id = self._insert_document(extraction, digest)
        new_fused = sum(
            self._insert_mention(document_id, position, event, extraction)
            for position, event in enumerate(extraction.events)
        )
        return Written(old is not None, len(extraction.events), new_fused)

    def _remove(self, document_id: int) -> None:
        affected = self.connection.scalars(
            select(mentions.c.fused_id)
            .where(mentions.c.document_id == document_id, mentions.c.fused_id.is_not(None))
            .distinct()
        ).all()
        self.connection.execute(delete(documents).where(documents.c.id == document_id))
        for fused_id in affected:
            self.refresh(fused_id)

    def _insert_document(self, extraction: Extraction, digest: str) -> int:
        record = extraction.document
        document_id = self.connection.scalar(
            insert(documents)
            .values(
                doc=record.doc,
                content_hash=digest,
                title=record.title,
                url=record.url,
                source=record.source,
                language=record.language,
                published=_day(record.published),
                published_basis=record.published_basis,
                published_text=record.published_text,
                published_partial=record.published_partial,
                warnings=list(record.warnings),
                text=extraction.text,
                ingested_at=dt.datetime.now(dt.UTC),
            )
            .returning(documents.c.id)
        )
        roles: dict[int, str | None] = {}
        for actor in record.actors:
            roles.setdefault(self.actor_id(actor), actor.role)
        self._insert(
            document_actors,
            [{"document_id": document_id, "actor_id": a, "role": r} for a, r in roles.items()],
        )
        return document_id

    def _insert_mention(
        self, document_id: int, position: int, event: EventRecord, extraction: Extraction
    ) -> int:
        """Store a mention and fuse it; 1 when it starts a new fused event."""
        mention_id = self.connection.scalar(
            insert(mentions)
            .values(document_id=document_id, position=position, **self._columns(event))
            .returning(mentions.c.id)
        )
        people = self._actor_ids_of(
            (*event.participants, event.source, event.target, event.speaker)
        )
        self._insert(mention_actors, [{"mention_id": mention_id, "actor_id": a} for a in people])
        self._insert(
            evidence,
            [
                {"mention_id": mention_id, "sentence": e.sentence, "start": e.start, "end": e.end}
                for e in event.evidence
            ],
        )
        record = extraction.document
        mention = Mention(event, record.published, record.title, record.url, record.source)
        return self._fuse(mention_id, mention, document_id)

    def _columns(self, event: EventRecord | FusedEvent) -> dict:
        return {
            "event_type": event.event_type,
            "mode": event.mode,
            "status": event.status,
            "source_id": self.actor_id(event.source) if event.source else None,
            "target_id": self.actor_id(event.target) if event.target else None,
            "speaker_id": self.actor_id(event.speaker) if event.speaker else None,
            "date": _day(event.date),
            "date_text": event.date_text,
            "location": event.location,
            "cameo": event.cameo,
            "goldstein": event.goldstein,
            "confidence": event.confidence,
            "record": event.to_dict(),
        }

    def _fuse(self, mention_id: int, mention: Mention, document_id: int) -> int:
        key = fusion_key(mention.event)
        match = next(
            (f for f in self._candidates(key, mention, document_id) if compatible(mention, f)), None
        )
        if match is None:
            fused_id = self.connection.scalar(
                insert(fused_events)
                .values(key=key, **self._fused_columns(summarise([mention])))
                .returning(fused_events.c.id)
            )
        else:
            fused_id = match.id
        self.connection.execute(
            update(mentions).where(mentions.c.id == mention_id).values(fused_id=fused_id)
        )
        self.refresh(fused_id)
        return int(match is None)

    def _candidates(self, key: str, mention: Mention, document_id: int) -> list[FusedEvent]:
        """Fused events under the same key that could be this report's event (its document's own,
        or near by date or by publication); ``compatible`` decides."""
        day, published = _day(mention.event.date), _day(mention.published)
        same_document = select(mentions.c.fused_id).where(mentions.c.document_id == document_id)
        near = [fused_events.c.id.in_(same_document)]
        if published is not None:
            window = dt.timedelta(days=WINDOW_DAYS)
            near.append(
                and_(
                    fused_events.c.last_published >= published - window,
                    fused_events.c.first_published <= published + window,
                )
            )
        if day is not None:
            near.append(fused_events.c.date == day)
        rows = self.connection.execute(
            select(fused_events.c.id, fused_events.c.record)
            .where(fused_events.c.key == key, or_(*near))
            .order_by(fused_events.c.id)
        )
        return [FusedEvent.from_dict({**row.record, "id": row.id}) for row in rows]

    def _fused_columns(self, fused: FusedEvent) -> dict:
        published = [p for p in (_day(s.published) for s in fused.sources) if p]
        columns = self._columns(fused)
        del columns["record"]
        return {
            **columns,
            "source_count": fused.source_count,
            "first_published": min(published, default=None),
            "last_published": max(published, default=None),
            "conflicts": {name: list(values) for name, values in fused.conflicts},
            "record": fused.to_dict(),
        }

    def refresh(self, fused_id: int) -> None:
        """Recompute a fused event from the mentions it has now; drop it when none is left."""
        rows = self.connection.execute(
            select(
                mentions.c.record,
                documents.c.published,
                documents.c.title,
                documents.c.url,
                documents.c.source,
            )
            .join(documents, documents.c.id == mentions.c.document_id)
            .where(mentions.c.fused_id == fused_id)
            .order_by(documents.c.published, documents.c.doc, mentions.c.position)
        ).all()
        if not rows:
            self.connection.execute(delete(fused_events).where(fused_events.c.id == fused_id))
            return
        group = [
            Mention(
                EventRecord.from_dict(r.record),
                r.published.isoformat() if r.published else None,
                r.title,
                r.url,
                r.source,
            )
            for r in rows
        ]
        fused = summarise(group, fused_id)
        self.connection.execute(
            update(fused_events)
            .where(fused_events.c.id == fused_id)
            .values(**self._fused_columns(fused))
        )
        self.connection.execute(delete(fused_actors).where(fused_actors.c.fused_id == fused_id))
        people = self._actor_ids_of(
            (*fused.participants, fused.source, fused.target, fused.speaker)
        )
        self._insert(fused_actors, [{"fused_id": fused_id, "actor_id": a} for a in people])

    def _insert(self, table: Table, rows: list[dict]) -> None:
        if rows:
            self.connection.execute(insert(table), rows)
