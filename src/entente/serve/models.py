"""The API's response and request bodies: the record contract (shared/spec/EVENTS.md) as pydantic
models, so that the OpenAPI schema documents exactly what the store's records carry."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from entente.ingest.text import MAX_DOCUMENT_BYTES


class Actor(BaseModel):
    """A person, state, organisation or group, resolved against the knowledge base."""

    name: str
    type: str = Field(description="person, state, organization or group")
    country: str | None = Field(description="ISO 3166-1 alpha-3 of the state it acts for")
    code: str | None = Field(description="organisation code (UN, SCO); for others the country")
    role: str | None = Field(description="a person's office at the document's date")
    id: str | None = Field(description="knowledge-base id (a Wikidata Q-id where known)")


class Evidence(BaseModel):
    """A sentence stating the event; offsets are into the document's normalised text."""

    sentence: str
    start: int
    end: int


class Source(BaseModel):
    """One document's report of an event."""

    doc: str
    published: str | None
    title: str | None
    url: str | None
    publisher: str | None
    confidence: float
    evidence: list[Evidence]


class Event(BaseModel):
    """A fused event: the contract's event fields, every source, and the fields sources disagree on."""

    record: Literal["fused_event"]
    id: int
    event_type: str = Field(description="a PLOVER event type")
    mode: str | None = Field(
        description="for CONSULT: phone, video, visit, third-party, multilateral"
    )
    status: str = Field(description="occurred or planned")
    source: Actor | None
    target: Actor | None
    participants: list[Actor]
    speaker: Actor | None
    date: str | None = Field(description="YYYY-MM-DD, or null when the text gives no date")
    date_text: str | None
    location: str | None
    cameo: str
    goldstein: float
    confidence: float
    sources: list[Source]
    source_count: int
    conflicts: dict[str, list[str]] = Field(description="field -> the values sources gave")


class Problem(BaseModel):
    """Why a request failed (404, 401, 403, 503)."""

    detail: str


class EventPage(BaseModel):
    """One page of events in date order; pass ``next_cursor`` as ``cursor`` for the next one."""

    items: list[Event]
    next_cursor: str | None


class ActorSummary(BaseModel):
    """A stored actor and how many events and documents it appears in."""

    id: int
    name: str
    type: str
    country: str | None
    code: str | None
    kb_id: str | None
    events: int
    documents: int


class Period(BaseModel):
    period: str = Field(description="2021-03, 2021-W09 or 2021")
    total: int
    counts: dict[str, int] = Field(description="event type -> count")
    goldstein: float | None = Field(description="mean Goldstein score of the period's events")


class Timeline(BaseModel):
    """Events between two actors by period; every period from the first to the last is present."""

    a: str
    b: str
    by: str
    periods: list[Period]


class Span(BaseModel):
    """An evidence sentence inside the document's text and the event it supports."""

    start: int
    end: int
    event: int


class StoredDocument(BaseModel):
    """A document's normalised text with its evidence spans (character offsets)."""

    doc: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    text: str
    spans: list[Span]


class Stats(BaseModel):
    documents: int
    actors: int
    events: int
    by_type: dict[str, int]
    first_date: str | None
    last_date: str | None


class Edge(BaseModel):
    """Two states or organisations (by code), the events they share and their mean Goldstein."""

    a: str
    b: str
    a_name: str
    b_name: str
    events: int
    goldstein: float


class NewDocument(BaseModel):
    """A document to extract and store, like one line of a JSON Lines input."""

    id: str = Field(min_length=1, max_length=512, description="the document's id (doc)")
    text: str = Field(min_length=1, max_length=MAX_DOCUMENT_BYTES)
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=2000)
    published: dt.date | None = Field(default=None, description="publication date, if known")


class Ingested(BaseModel):
    """What storing a posted document did."""

    doc: str
    outcome: Literal["new", "updated", "skipped"]
    events: list[int] = Field(description="ids of the fused events its evidence supports")
