"""entente: a trustworthy record of diplomatic events read from French news.

>>> import entente
>>> result = entente.extract("PARIS, 3 mars 2023 (AFP) - Le président ...")
>>> result.document.published, [e.event_type for e in result.events]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from entente.records import (
    Actor,
    Document,
    DocumentRecord,
    EventRecord,
    Evidence,
    Extraction,
    Failure,
    FusedEvent,
    Timex,
)

__version__ = "0.1.0"
__all__ = [
    "Actor",
    "Document",
    "DocumentRecord",
    "EventRecord",
    "Evidence",
    "Extraction",
    "Failure",
    "FusedEvent",
    "Store",
    "Timex",
    "extract",
    "extract_many",
    "read",
    "timexes",
]


def __getattr__(name: str):
    """``entente.Store`` without importing SQLAlchemy for users who only extract."""
    if name == "Store":
        from entente.store import Store

        return Store
    raise AttributeError(f"module 'entente' has no attribute {name!r}")


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def extract(
    text: str,
    published: str | dt.date | None = None,
    reference_date: str | dt.date | None = None,
    doc_id: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
) -> Extraction:
    """Extract the document record and the events of one French text.

    ``published`` is the publication date if you know it (it wins over any dateline);
    ``reference_date`` settles a dateline without a year (the latest such day on or before it).
    """
    from entente.pipeline import Options, extract_document

    date = _date(published)
    doc = Document(
        id=doc_id or url or "text",
        text=text,
        title=title,
        url=url,
        published=date.isoformat() if date else None,
    )
    return extract_document(doc, Options(reference_date=_date(reference_date)))


def extract_many(
    documents: Iterable[Document | Failure | str],
    n_process: int = 1,
    reference_date: str | dt.date | None = None,
) -> Iterator[Extraction | Failure]:
    """Stream extractions for many documents (Documents, or plain strings), in input order.

    Failures from ``entente.read`` pass through in their place, so a caller sees every input.
    """
    from entente.pipeline import Options, run
    from entente.workers import run_parallel

    docs = (
        d if isinstance(d, Document | Failure) else Document(id=f"text-{i}", text=d)
        for i, d in enumerate(documents)
    )
    options = Options(reference_date=_date(reference_date))
    if n_process > 1:
        return run_parallel(docs, options, n_process)
    return run(docs, options)


def read(*paths: str | Path, fetch: bool = False) -> Iterator[Document | Failure]:
    """Documents from files, folders, globs, ``-`` (stdin), HTML, JSON Lines and feeds."""
    from entente.ingest import read as read_inputs

    return read_inputs(*paths, fetch=fetch)


def timexes(text: str, published: str | dt.date | None = None, doc_id: str = "") -> list[Timex]:
    """The time expressions of a text with ISO-TimeML values resolved against ``published``."""
    from entente.time.timex import find_timexes

    return find_timexes(text, _date(published), doc=doc_id)
