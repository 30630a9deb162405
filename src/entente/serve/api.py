"""The read-only JSON API. Each route is one store call; the response models are the contract's."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from entente.serve import models
from entente.serve.deps import EventFilters, StoreDep
from entente.serve.errors import missing
from entente.serve.params import ActorRef, Blank, Cursor, Day, Limit, Name, StoreId

router = APIRouter(prefix="/api", tags=["read"])
NOT_FOUND = {404: {"model": models.Problem, "description": "No such id or name"}}

Search = Annotated[Name | None, Blank, Query(description="Part of a name, or a code (CHN, UN).")]


@router.get("/events", response_model=models.EventPage)
def events(
    store: StoreDep, filters: EventFilters, limit: Limit = 50, cursor: Cursor = None
) -> dict:
    """Fused events in date order (undated ones on the day they were first reported), a page at a
    time. An unknown actor in a filter is a 422."""
    found = store.events(**filters, limit=limit, cursor=cursor)
    return {"items": found.to_dicts(), "next_cursor": found.next_cursor}


@router.get("/events/{event_id}", response_model=models.Event, responses=NOT_FOUND)
def event(store: StoreDep, event_id: StoreId) -> dict:
    """One event with every source document and evidence sentence."""
    with missing():
        return store.event(event_id).to_dict()


@router.get("/actors", response_model=list[models.ActorSummary])
def actors(store: StoreDep, search: Search = None, limit: Limit = 50) -> list[dict]:
    """Actors, the most active first."""
    return store.actors(search, limit=limit).to_dicts()


@router.get("/actors/{actor_id}", response_model=models.ActorSummary, responses=NOT_FOUND)
def actor(store: StoreDep, actor_id: StoreId) -> dict:
    with missing():
        return store.actor(actor_id).to_dict()


@router.get("/dyads/{a}/{b}/timeline", response_model=models.Timeline, responses=NOT_FOUND)
def dyad_timeline(
    store: StoreDep,
    a: ActorRef,
    b: ActorRef,
    by: Literal["month", "week", "year"] = "month",
    since: Day = None,
    until: Day = None,
) -> dict:
    """Events between two actors counted by period and type, with the mean Goldstein score.
    An actor that matches nothing is a 404."""
    with missing():
        return store.timeline(a, b, by=by, since=since, until=until).to_dict()


@router.get("/network", response_model=list[models.Edge])
def network(store: StoreDep, filters: EventFilters) -> list[dict]:
    """Pairs of states or organisations sharing the filtered events, the busiest first."""
    return [edge.to_dict() for edge in store.network(**filters)]


@router.get("/documents/{doc:path}", response_model=models.StoredDocument, responses=NOT_FOUND)
def document(store: StoreDep, doc: str) -> dict:
    """A document's normalised text and its evidence spans (character offsets into ``text``)."""
    with missing():
        return store.document(doc).to_dict()


@router.get("/stats", response_model=models.Stats)
def stats(store: StoreDep) -> dict:
    return store.stats()
