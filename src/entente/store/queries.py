"""Reading the store: fused events by actor, dyad, type, mode and date; timelines; actors.

Every query is built with SQLAlchemy expressions and bound parameters, never by pasting text into SQL.
An event without a date is filed under the day it was first reported, for filters, ordering and
timelines alike; its record still says ``date: null``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import TypedDict, Unpack

from sqlalchemy import Connection, Select, and_, func, or_, select, true

from entente.normalise.fold import fold
from entente.records import FusedEvent
from entente.store.database import NotFound, StoreError
from entente.store.schema import actors, document_actors, documents, fused_actors, fused_events

#: Where an event with neither a date nor a dated source sorts: after every dated one.
LAST_DAY = dt.date(9999, 12, 31)
KNOWN_DAY = func.coalesce(fused_events.c.date, fused_events.c.first_published)
SORT_DAY = func.coalesce(KNOWN_DAY, LAST_DAY)
PERIODS = ("month", "week", "year")
MAX_ID = 2**63  # ids are 64-bit integers in both databases


class Filters(TypedDict, total=False):
    """The filters of ``entente events``, ``Store.events`` and ``/api/events``, as a caller gives them."""

    actor: str | None
    between: tuple[str, str] | None
    type: str | None
    mode: str | None
    since: str | dt.date | None
    until: str | dt.date | None
    min_sources: int


def _date(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise StoreError(f"{name} {value!r} is not a date; use YYYY-MM-DD") from None


@dataclass(frozen=True)
class EventFilter:
    """The filters, checked: dates parsed (a malformed one is a ``StoreError``)."""

    actor: str | None = None
    between: tuple[str, str] | None = None
    type: str | None = None
    mode: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    min_sources: int = 1

    @classmethod
    def of(cls, **filters: Unpack[Filters]) -> EventFilter:
        since, until = filters.get("since"), filters.get("until")
        return cls(**{**filters, "since": _date(since, "since"), "until": _date(until, "until")})


@dataclass(frozen=True)
class ActorSummary:
    """An actor of the store and how much it appears."""

    id: int
    name: str
    type: str
    country: str | None
    code: str | None
    kb_id: str | None
    events: int
    documents: int

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Period:
    """One bucket of a timeline: counts by event type, and the mean Goldstein score."""

    label: str
    counts: dict[str, int] = field(default_factory=dict)
    goldstein: float | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_dict(self) -> dict:
        return {
            "period": self.label,
            "total": self.total,
            "counts": self.counts,
            "goldstein": self.goldstein,
        }


@dataclass(frozen=True)
class Edge:
    """Two parties (states or organisations, by code) and the events they share."""

    a: str
    b: str
    a_name: str
    b_name: str
    events: int
    goldstein: float

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Timeline:
    """Events over time, between two actors or as a filter selects them; every period between
    the first and the last is present."""

    a: str | None
    b: str | None
    by: str
    periods: tuple[Period, ...]

    def to_dict(self) -> dict:
        return {
            "a": self.a,
            "b": self.b,
            "by": self.by,
            "periods": [p.to_dict() for p in self.periods],
        }


@cache
def _kb_aliases(lang: str = "fr") -> dict[str, str]:
    """Folded names and aliases of states and organisations -> their code ("Chine" -> "CHN")."""
    from entente.kb import load_kb

    found: dict[str, str] = {}
    for entity in load_kb(lang).entities.values():
        if entity.type != "person" and entity.code:
            for name in (entity.name, *entity.aliases):
                found.setdefault(fold(name).casefold(), entity.code)
    return found


def resolve_actor(connection: Connection, query: str) -> set[int]:
    """The actor ids a user means by a name, a code or a Wikidata id.

    A state or organisation stands for everyone acting for it: ``CHN``, ``China`` or ``Chine`` select
    Wang Yi's events too. A person's name selects that person. Unknown names raise ``StoreError``.
    """
    text = query.strip()
    if not text:
        raise StoreError("an empty actor matches nothing; give a name, a code or a Q-id")
    code = _kb_aliases().get(fold(text).casefold(), text.upper())
    by_party = select(actors.c.id).where(
        or_(actors.c.code == code, actors.c.country == code, actors.c.kb_id == text)
    )
    found = set(connection.scalars(by_party))
    if not found:
        by_name = select(actors.c.id).where(actors.c.name.icontains(text, autoescape=True))
        found = set(connection.scalars(by_name))
    if not found:
        raise StoreError(f"no actor matches {query!r}; `entente actors --search TEXT` lists them")
    return found


def _involving(ids: set[int]):
    return fused_events.c.id.in_(
        select(fused_actors.c.fused_id).where(fused_actors.c.actor_id.in_(ids))
    )


def _where(connection: Connection, f: EventFilter) -> list:
    clauses = []
    if f.actor:
        clauses.append(_involving(resolve_actor(connection, f.actor)))
    if f.between:
        a, b = (resolve_actor(connection, x) for x in f.between)
        clauses += [_involving(a), _involving(b)]
    if f.type:
        clauses.append(fused_events.c.event_type == f.type.upper())
    if f.mode:
        clauses.append(fused_events.c.mode == f.mode)
    if f.since:
        clauses.append(f.since <= KNOWN_DAY)
    if f.until:
        clauses.append(f.until >= KNOWN_DAY)
    if f.min_sources > 1:
        clauses.append(fused_events.c.source_count >= f.min_sources)
    return clauses


def event_query(connection: Connection, f: EventFilter) -> Select:
    """Fused events matching a filter, in date order."""
    return (
        select(fused_events.c.id, fused_events.c.record, SORT_DAY.label("day"))
        .where(and_(true(), *_where(connection, f)))
        .order_by(SORT_DAY, fused_events.c.id)
    )


def cursor_of(day: dt.date, event_id: int) -> str:
    """An opaque page cursor: the sort day and id of the last event of a page."""
    return f"{day.isoformat()}_{event_id}"


def after(cursor: str):
    """Events after a cursor in (day, id) order."""
    try:
        day_text, id_text = cursor.split("_")
        day, event_id = dt.date.fromisoformat(day_text), int(id_text)
        if not 0 < event_id < MAX_ID:
            raise ValueError
    except ValueError:
        raise StoreError(f"not a cursor from this API: {cursor!r}") from None
    return or_(day < SORT_DAY, and_(day == SORT_DAY, fused_events.c.id > event_id))


def fused(row) -> FusedEvent:
    return FusedEvent.from_dict({**row.record, "id": row.id})


def find_event(connection: Connection, event_id: int) -> FusedEvent:
    if not 0 < event_id < MAX_ID:
        raise NotFound(f"no event {event_id}; `entente events` lists them")
    row = connection.execute(
        select(fused_events.c.id, fused_events.c.record).where(fused_events.c.id == event_id)
    ).first()
    if row is None:
        raise NotFound(f"no event {event_id}; `entente events` lists them")
    return fused(row)


def _counts():
    events = (
        select(func.count(fused_actors.c.fused_id))
        .where(fused_actors.c.actor_id == actors.c.id)
        .scalar_subquery()
    )
    docs = (
        select(func.count(document_actors.c.document_id))
        .where(document_actors.c.actor_id == actors.c.id)
        .scalar_subquery()
    )
    return events, docs


def _summary(row) -> ActorSummary:
    return ActorSummary(
        row.id, row.name, row.type, row.country, row.code, row.kb_id, row.events, row.documents
    )


def actor_by_id(connection: Connection, actor_id: int) -> ActorSummary | None:
    if not 0 < actor_id < MAX_ID:
        return None
    events, docs = _counts()
    query = select(actors, events.label("events"), docs.label("documents"))
    row = connection.execute(query.where(actors.c.id == actor_id)).first()
    return _summary(row) if row else None


def actor_summaries(
    connection: Connection, search: str | None, limit: int | None
) -> list[ActorSummary]:
    events, docs = _counts()
    query = select(actors, events.label("events"), docs.label("documents"))
    if search:
        query = query.where(
            or_(
                actors.c.name.icontains(search, autoescape=True),
                actors.c.code == search.upper(),
                actors.c.kb_id == search,
            )
        )
    query = query.order_by(events.desc(), docs.desc(), actors.c.name).limit(limit)
    return [_summary(r) for r in connection.execute(query)]


def period_label(day: dt.date, by: str) -> str:
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.strftime("%Y") if by == "year" else day.strftime("%Y-%m")


def _step(day: dt.date, by: str) -> dt.date:
    if by == "week":
        return day + dt.timedelta(days=7)
    if by == "year":
        return day.replace(year=day.year + 1, month=1, day=1)
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def _labels(first: dt.date, last: dt.date, by: str) -> list[str]:
    labels, day = [], first
    while period_label(day, by) <= period_label(last, by):
        labels.append(period_label(day, by))
        day = _step(day, by)
    return labels


def timeline(connection: Connection, by: str, f: EventFilter) -> tuple[Period, ...]:
    """Counts by period and type of the events a filter selects (dated or first reported)."""
    if by not in PERIODS:
        raise StoreError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    query = (
        select(KNOWN_DAY.label("day"), fused_events.c.event_type, fused_events.c.goldstein)
        .where(KNOWN_DAY.is_not(None), *_where(connection, f))
        .execution_options(yield_per=2000)
    )
    counts: dict[str, Counter] = defaultdict(Counter)
    scores: dict[str, list[float]] = defaultdict(list)
    first = last = None
    for row in connection.execute(query):
        label = period_label(row.day, by)
        counts[label][row.event_type] += 1
        scores[label].append(row.goldstein)
        first, last = min(first or row.day, row.day), max(last or row.day, row.day)
    labels = _labels(first, last, by) if first and last else []
    return tuple(
        Period(
            label,
            dict(counts[label]),
            round(sum(scores[label]) / len(scores[label]), 2) if scores[label] else None,
        )
        for label in labels
    )


def stats(connection: Connection) -> dict:
    def count(table) -> int:
        return connection.scalar(select(func.count()).select_from(table)) or 0

    by_type = connection.execute(
        select(fused_events.c.event_type, func.count()).group_by(fused_events.c.event_type)
    ).all()
    first, last = connection.execute(select(func.min(KNOWN_DAY), func.max(KNOWN_DAY))).one()
    return {
        "documents": count(documents),
        "actors": count(actors),
        "events": count(fused_events),
        "by_type": {t: n for t, n in sorted(by_type)},
        "first_date": first.isoformat() if first else None,
        "last_date": last.isoformat() if last else None,
    }


def network(connection: Connection, f: EventFilter) -> list[Edge]:
    """Pairs of parties that share events, the busiest first.

    A party is a state or organisation: a person counts for the one they act for, so Wang Yi meeting
    Sergey Lavrov is an edge CHN-RUS. An event links every two parties it involves, once.
    """
    party = func.coalesce(actors.c.code, actors.c.country)
    involved = (
        select(fused_events.c.id.label("event"), party.label("party"), fused_events.c.goldstein)
        .join(fused_actors, fused_actors.c.fused_id == fused_events.c.id)
        .join(actors, actors.c.id == fused_actors.c.actor_id)
        .where(party.is_not(None), *_where(connection, f))
        .distinct()
        .subquery()
    )
    one, other = involved.alias("one"), involved.alias("other")
    rows = connection.execute(
        select(
            one.c.party.label("a"),
            other.c.party.label("b"),
            func.count(),
            func.avg(one.c.goldstein),
        )
        .join(other, and_(one.c.event == other.c.event, one.c.party < other.c.party))
        .group_by(one.c.party, other.c.party)
        .order_by(func.count().desc(), one.c.party, other.c.party)
    ).all()
    names = _party_names(connection, {p for row in rows for p in row[:2]})
    return [
        Edge(a, b, names.get(a, a), names.get(b, b), count, round(mean, 2))
        for a, b, count, mean in rows
    ]


def _party_names(connection: Connection, codes: set[str]) -> dict[str, str]:
    """The stored names of states and organisations by code ("CHN" -> "China")."""
    query = select(actors.c.code, func.min(actors.c.name)).where(
        actors.c.type != "person", actors.c.code.in_(codes)
    )
    return dict(connection.execute(query.group_by(actors.c.code)).all())
