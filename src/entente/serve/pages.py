"""The dashboard's HTML pages: each gathers store results and hands them to a template."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from entente.records import FusedEvent, Source
from entente.serve import charts
from entente.serve.deps import EventFilters, StoreDep
from entente.serve.errors import missing
from entente.serve.labels import Lang, labels
from entente.serve.marks import Piece, pieces
from entente.serve.params import ActorName, ActorRef, Cursor, StoreId
from entente.serve.templating import href, render, this_page
from entente.store import Store
from entente.store.queries import Filters

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PAGE = 50
LangParam = Annotated[Lang, Query(description="Labels in English or French.")]


def _next(request: Request, cursor: str | None) -> str | None:
    return this_page(request, cursor=cursor) if cursor else None


def _network(store: Store, filters: Filters, lang: Lang) -> list[dict]:
    """Edges with the dyad page each one opens."""
    return [
        {**edge.to_dict(), "href": href(lang, "dyads", edge.a, edge.b)}
        for edge in store.network(**filters)
    ]


def _with_other(filters: Filters, other: str | None) -> Filters:
    """The form's two actor fields: both filled means events between them."""
    if other and filters.get("actor"):
        return {**filters, "actor": None, "between": (filters["actor"], other)}
    return {**filters, "actor": other} if other else filters


@router.get("/")
def timeline(
    request: Request,
    store: StoreDep,
    filters: EventFilters,
    other: ActorName = None,
    cursor: Cursor = None,
    lang: LangParam = "en",
) -> HTMLResponse:
    """Events over time with filters, the actor network of the same events, and their list."""
    filters = _with_other(filters, other)
    page = store.events(**filters, limit=PAGE, cursor=cursor)
    context = {
        "lang": lang,
        "form": {**request.query_params, "lang": lang},
        "events": page,
        "next_url": _next(request, page.next_cursor),
        "series": charts.from_timeline(store.timeline(**filters), labels(lang)),
        "network": _network(store, filters, lang),
        "stats": store.stats(),
        "dyad": filters.get("between"),
    }
    return render(request, "timeline.html", context)


@router.get("/dyads/{a}/{b}")
def dyad(
    request: Request,
    store: StoreDep,
    a: ActorRef,
    b: ActorRef,
    cursor: Cursor = None,
    lang: LangParam = "en",
) -> HTMLResponse:
    """Two actors: their events by month and the list of them."""
    with missing():
        found = store.timeline(a, b)
    page = store.events(between=(a, b), limit=PAGE, cursor=cursor)
    context = {
        "lang": lang,
        "a": a,
        "b": b,
        "series": charts.from_timeline(found, labels(lang)),
        "events": page,
        "next_url": _next(request, page.next_cursor),
    }
    return render(request, "dyad.html", context)


@dataclass(frozen=True)
class Reading:
    """One document's reports of an event (a document may report it twice) and its text, cut
    around their evidence sentences."""

    sources: list[Source]
    pieces: list[Piece]

    @property
    def first(self) -> Source:
        return self.sources[0]


def _readings(store: Store, event: FusedEvent) -> list[Reading]:
    by_doc: dict[str, list[Source]] = {}
    for source in event.sources:
        by_doc.setdefault(source.doc, []).append(source)
    readings = []
    for doc, sources in by_doc.items():
        with missing():
            text = store.document(doc).text
        spans = [(e.start, e.end, event.id or 0) for s in sources for e in s.evidence]
        readings.append(Reading(sources, pieces(text, spans)))
    return readings


@router.get("/events/{event_id}")
def event(
    request: Request, store: StoreDep, event_id: StoreId, lang: LangParam = "en"
) -> HTMLResponse:
    """One event: what it is, who, when, and each source with its evidence in the text."""
    with missing():
        found = store.event(event_id)
    context = {"lang": lang, "event": found, "readings": _readings(store, found)}
    return render(request, "event.html", context)


@router.get("/documents/{doc:path}")
def document(request: Request, store: StoreDep, doc: str, lang: LangParam = "en") -> HTMLResponse:
    """A document's text with every evidence span highlighted and linked to its event."""
    with missing():
        found = store.document(doc)
        events = [store.event(i) for i in sorted({i for _, _, i in found.spans})]
    context = {
        "lang": lang,
        "document": found,
        "pieces": pieces(found.text, found.spans),
        "events": events,
    }
    return render(request, "document.html", context)


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    """The OpenAPI schema in Swagger UI, served from the vendored copy (no CDN)."""
    return render(request, "docs.html", {})
