"""``entente.Store``: the Python API over the database; the CLI and the HTTP API call only this."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Unpack

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError, OperationalError

from entente.records import Document, Extraction, Failure, FusedEvent
from entente.store import queries
from entente.store.database import (
    DEFAULT_URL,
    NotFound,
    StoreError,
    StoreUnavailable,
    describe,
    open_engine,
)
from entente.store.queries import ActorSummary, Edge, EventFilter, Filters, Timeline
from entente.store.schema import documents, evidence, mentions
from entente.store.writer import Writer, content_hash

#: Documents written per transaction: a crash loses at most this many documents' work, never half
#: of one, and a rerun skips what was committed.
BATCH_DOCUMENTS = 32


@dataclass
class IngestSummary:
    """What an ingest did, for the end-of-run summary."""

    read: int = 0
    new: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    new_fused: int = 0
    failures: list[Failure] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "failures"}


class Results(list):
    """Query results: a list of records that can become a pandas DataFrame."""

    next_cursor: str | None = None

    def to_dicts(self) -> list[dict[str, Any]]:
        return [item.to_dict() for item in self]

    def to_pandas(self):
        """A DataFrame, one row per record (pandas is imported only here; it is optional)."""
        try:
            import pandas
        except ModuleNotFoundError:
            raise StoreError("to_pandas needs pandas: pip install 'entente[pandas]'") from None
        from entente.store.export import event_row

        rows = [event_row(x) if isinstance(x, FusedEvent) else x.to_dict() for x in self]
        return pandas.DataFrame(rows)


@dataclass(frozen=True)
class StoredDocument:
    """A stored document with its text and the evidence spans its events stand on."""

    doc: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    text: str
    spans: tuple[tuple[int, int, int], ...]  # (start, end, fused event id)

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["spans"] = [{"start": s, "end": e, "event": i} for s, e, i in self.spans]
        return data


class Store:
    """A database of documents, event mentions and fused events.

    >>> store = entente.Store("entente.db")
    >>> store.ingest(["examples/articles"])
    >>> store.events(between=("CHN", "RUS"), since="2020-01-01").to_pandas()
    """

    def __init__(self, url: str | Path = DEFAULT_URL, *, create: bool = True) -> None:
        self.engine: Engine = open_engine(url, create=create)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # writing ---------------------------------------------------------------------------------

    def ingest(
        self,
        inputs: Iterable[str | Path | Document],
        *,
        n_process: int = 1,
        reference_date: str | dt.date | None = None,
        progress: Callable[[str, str], None] | None = None,
    ) -> IngestSummary:
        """Extract and store documents; unchanged ones are skipped before any extraction.

        ``progress(doc, outcome)`` is called once per input with ``new``, ``updated``, ``skipped`` or
        ``failed``. One transaction per batch: an interruption keeps every committed batch.
        """
        import entente

        summary = IngestSummary()
        report = progress or (lambda _doc, _outcome: None)
        hashes: dict[str, str] = {}
        pending = self._changed(self._read(inputs), hashes, summary, report)
        stream = entente.extract_many(pending, n_process=n_process, reference_date=reference_date)
        while batch := list(islice(stream, BATCH_DOCUMENTS)):
            self._write_batch(batch, hashes, summary, report)
        return summary

    @staticmethod
    def _read(inputs: Iterable[str | Path | Document]) -> Iterator[Document | Failure]:
        import entente

        for item in inputs:
            if isinstance(item, Document | Failure):
                yield item
            else:
                yield from entente.read(item)

    def _changed(
        self,
        items: Iterable[Document | Failure],
        hashes: dict[str, str],
        summary: IngestSummary,
        report: Callable[[str, str], None],
    ) -> Iterator[Document | Failure]:
        """Documents that are new or changed; the rest are counted and reported as skipped."""
        seen: set[str] = set()
        for item in items:
            summary.read += 1
            if isinstance(item, Document):
                digest = content_hash(item)
                if item.id in seen or self._stored_hash(item.id) == digest:
                    summary.skipped += 1
                    report(item.id, "skipped")
                    continue
                seen.add(item.id)
                hashes[item.id] = digest
            yield item

    def _stored_hash(self, doc: str) -> str | None:
        with self._connect() as connection:
            return connection.scalar(select(documents.c.content_hash).where(documents.c.doc == doc))

    def _write_batch(
        self,
        batch: list[Extraction | Failure],
        hashes: dict[str, str],
        summary: IngestSummary,
        report: Callable[[str, str], None],
    ) -> None:
        outcomes = []
        with self._begin() as connection:
            writer = Writer(connection)
            for item in batch:
                if isinstance(item, Failure):
                    outcomes.append((item.origin, "failed", None, item))
                    continue
                written = writer.write(item, hashes[item.document.doc])
                outcomes.append(
                    (item.document.doc, "updated" if written.replaced else "new", written, None)
                )
        for doc, outcome, written, failure in outcomes:
            hashes.pop(doc, None)
            if failure is not None:
                summary.failed += 1
                summary.failures.append(failure)
            else:
                setattr(summary, outcome, getattr(summary, outcome) + 1)
                summary.events += written.mentions
                summary.new_fused += written.new_fused
            report(doc, outcome)

    # reading ---------------------------------------------------------------------------------

    def events(
        self, *, limit: int | None = None, cursor: str | None = None, **filters: Unpack[Filters]
    ) -> Results:
        """Fused events in date order (undated ones at the day they were first reported).

        With ``limit``, ``Results.next_cursor`` fetches the next page when passed as ``cursor``.
        """
        f = EventFilter.of(**filters)
        with self._connect() as connection:
            query = queries.event_query(connection, f)
            if cursor:
                query = query.where(queries.after(cursor))
            if limit is not None:
                query = query.limit(limit + 1)
            rows = connection.execute(query).all()
        results = Results(queries.fused(r) for r in rows[:limit])
        if limit is not None and len(rows) > limit:
            last = rows[limit - 1]
            results.next_cursor = queries.cursor_of(last.day, last.id)
        return results

    def stream(self, **filters: Unpack[Filters]) -> Iterator[FusedEvent]:
        """Fused events in date order, read in chunks: for exports of stores too large to list."""
        f = EventFilter.of(**filters)
        with self._connect() as connection:
            query = queries.event_query(connection, f).execution_options(yield_per=500)
            for row in connection.execute(query):
                yield queries.fused(row)

    def event(self, event_id: int) -> FusedEvent:
        """One fused event with every source and evidence sentence."""
        with self._connect() as connection:
            return queries.find_event(connection, event_id)

    def timeline(
        self,
        a: str | None = None,
        b: str | None = None,
        *,
        by: str = "month",
        **filters: Unpack[Filters],
    ) -> Timeline:
        """Events counted by period and type: between ``a`` and ``b``, involving ``a`` alone, or
        all that the filters select."""
        if a and b:
            filters["between"] = (a, b)
        elif a:
            filters["actor"] = a
        f = EventFilter.of(**filters)
        with self._connect() as connection:
            return Timeline(a, b, by, queries.timeline(connection, by, f))

    def network(self, **filters: Unpack[Filters]) -> list[Edge]:
        """Who deals with whom: pairs of states or organisations with their event count and mean
        Goldstein score, over the events the same filters as ``events`` select."""
        f = EventFilter.of(**filters)
        with self._connect() as connection:
            return queries.network(connection, f)

    def actors(self, search: str | None = None, *, limit: int | None = None) -> Results:
        """Actors by how many events they take part in; ``search`` matches names and codes."""
        with self._connect() as connection:
            return Results(queries.actor_summaries(connection, search, limit))

    def actor(self, actor_id: int) -> ActorSummary:
        with self._connect() as connection:
            found = queries.actor_by_id(connection, actor_id)
        if found is None:
            raise NotFound(f"no actor {actor_id}")
        return found

    def document(self, doc: str) -> StoredDocument:
        """A document's normalised text and the evidence spans of its events."""
        with self._connect() as connection:
            row = connection.execute(select(documents).where(documents.c.doc == doc)).first()
            if row is None:
                raise NotFound(f"no document {doc!r}")
            spans = connection.execute(
                select(evidence.c.start, evidence.c.end, mentions.c.fused_id)
                .join(mentions, mentions.c.id == evidence.c.mention_id)
                .where(mentions.c.document_id == row.id)
                .order_by(evidence.c.start)
            ).all()
        published = row.published.isoformat() if row.published else None
        return StoredDocument(
            row.doc, row.title, row.url, row.source, published, row.text, tuple(map(tuple, spans))
        )

    def stats(self) -> dict[str, Any]:
        with self._connect() as connection:
            return queries.stats(connection)

    # connections -----------------------------------------------------------------------------

    def _connect(self):
        return _guarded(self.engine.connect)

    def _begin(self):
        return _guarded(self.engine.begin)


@contextmanager
def _guarded(opener: Callable):
    """A connection whose driver errors become a ``StoreError`` with a readable reason."""
    try:
        with opener() as connection:
            yield connection
    except (OperationalError, DatabaseError) as error:
        raise StoreUnavailable(describe(error)) from None
