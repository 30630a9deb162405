"""Cross-document fusion: the reports of one real-world event become one fused event.

Duplicates are the first complaint about GDELT-style data: ten outlets report one phone call and the
data shows ten calls. Two mentions are one event when they have the same type, the same parties (actor
identities, never strings), compatible dates and a compatible mode; see ``compatible``. Nothing is
averaged away: a fused event keeps every source with its evidence, takes the most precise date and
location and the highest-confidence coding, and lists the fields its sources disagree on.

The functions here are pure, so the store can fuse incrementally (one new mention against the fused
events already stored under its key) and ``fuse`` can do the same in memory.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from entente.normalise.fold import fold
from entente.records import Actor, EventRecord, FusedEvent, Source

#: Two reports without a common date are one event only if published within this many days.
WINDOW_DAYS = 3


@dataclass(frozen=True)
class Mention:
    """One event as one document reports it, with what fusion needs to know of the document."""

    event: EventRecord
    published: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None

    @property
    def doc(self) -> str:
        return self.event.doc

    def source(self) -> Source:
        return Source(
            doc=self.doc,
            published=self.published,
            title=self.title,
            url=self.url,
            publisher=self.publisher,
            confidence=self.event.confidence,
            evidence=self.event.evidence,
        )


def actor_key(actor: Actor) -> str:
    """An actor's identity: its knowledge-base id, else its kind, its state and its name."""
    if actor.id:
        return actor.id
    if actor.type != "person" and actor.code:
        return f"{actor.type}:{actor.code}"
    return f"{actor.type}:{actor.party or ''}:{fold(actor.name).casefold()}"


def party(actor: Actor) -> str:
    """The state or organisation an actor acts for: the level at which reports are compared."""
    return actor.party or actor_key(actor)


def fusion_key(event: EventRecord) -> str:
    """Type and parties: a meeting's parties unordered, a statement's source and target in order.

    A statement's key holds its CAMEO code too: signing an agreement (057) and praising a partner
    (051) are both SUPPORT but two acts. A meeting's code follows its mode, which ``compatible``
    compares (an unknown mode may join a known one).
    """
    if event.event_type == "CONSULT":
        parties = sorted({party(a) for a in event.participants})
        return f"CONSULT|{'+'.join(parties)}"
    source = party(event.source) if event.source else ""
    target = party(event.target) if event.target else ""
    return f"{event.event_type}:{event.cameo}|{source}>{target}"


def persons(actors: Iterable[Actor | None]) -> frozenset[str]:
    return frozenset(actor_key(a) for a in actors if a is not None and a.type == "person")


def _event_persons(event: EventRecord | FusedEvent) -> frozenset[str]:
    return persons((*event.participants, event.source, event.target))


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _near(mention: Mention, fused: FusedEvent) -> bool:
    """Reported by one of the fused event's documents, or published within the window of its
    date or of any of its sources."""
    if mention.doc in {s.doc for s in fused.sources}:
        return True
    day = _day(mention.published)
    if day is None:
        return False
    known = [_day(s.published) for s in fused.sources] + [_day(fused.date)]
    window = dt.timedelta(days=WINDOW_DAYS)
    return any(abs(day - other) <= window for other in known if other is not None)


def compatible(mention: Mention, fused: FusedEvent) -> bool:
    """Whether a report can be one more source of a fused event with the same key.

    A meeting is reported once per document, so two meetings of one document stay apart; a statement
    repeated in one document is one stance.
    """
    event = mention.event
    if event.event_type == "CONSULT" and mention.doc in {s.doc for s in fused.sources}:
        return False
    if event.mode and fused.mode and event.mode != fused.mode:
        return False
    ours, theirs = _event_persons(event), _event_persons(fused)
    if ours and theirs and not ours & theirs:
        return False
    if event.date and fused.date:
        return event.date == fused.date
    return _near(mention, fused)


def _union(actor_lists: Iterable[Iterable[Actor]]) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for actors in actor_lists:
        for actor in actors:
            seen.setdefault(actor_key(actor), actor)
    return tuple(seen.values())


def _conflicts(events: list[EventRecord]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    fields = {
        "mode": [e.mode for e in events],
        "status": [e.status for e in events],
        "date": [e.date for e in events],
        "location": [e.location for e in events],
        "source": [e.source.name if e.source else None for e in events],
        "target": [e.target.name if e.target else None for e in events],
        "cameo": [e.cameo for e in events],
    }
    found = []
    for name, values in fields.items():
        distinct = tuple(sorted({v for v in values if v is not None}))
        if len(distinct) > 1:
            found.append((name, distinct))
    return tuple(found)


@cache
def _state_names() -> frozenset[str]:
    from entente.kb import load_kb

    return frozenset(entity.name for entity in load_kb().by_type("state"))


def _placed(events: list[EventRecord]) -> EventRecord:
    """The report with the most precise location: a city beats a whole country."""
    located = [e for e in events if e.location] or events
    return max(located, key=lambda e: (e.location not in _state_names(), e.confidence))


def _best(events: list[EventRecord], precise: str | None = None) -> EventRecord:
    """The highest-confidence report, among those that state ``precise`` when any does."""
    pool = [e for e in events if getattr(e, precise)] if precise else events
    return max(pool or events, key=lambda e: e.confidence)


def _sources(mentions: list[Mention]) -> tuple[Source, ...]:
    """One source per document, holding every sentence of it that states the event."""
    by_doc: dict[str, Source] = {}
    for mention in mentions:
        source = mention.source()
        known = by_doc.get(mention.doc)
        if known is not None:
            evidence = tuple(dict.fromkeys(known.evidence + source.evidence))
            confidence = max(known.confidence, source.confidence)
            source = replace(known, evidence=evidence, confidence=confidence)
        by_doc[mention.doc] = source
    return tuple(by_doc.values())


def summarise(mentions: list[Mention], fused_id: int | None = None) -> FusedEvent:
    """The fused event of a group of compatible reports."""
    if not mentions:
        raise ValueError("a fused event needs at least one mention")
    events = [m.event for m in mentions]
    coding = _best(events, "mode")
    dated = _best(events, "date")
    placed = _placed(events)
    statuses = Counter(e.status for e in events)
    return FusedEvent(
        id=fused_id,
        event_type=coding.event_type,
        mode=coding.mode,
        status="occurred" if statuses["occurred"] else coding.status,
        source=coding.source,
        target=coding.target,
        participants=_union(e.participants for e in events),
        speaker=coding.speaker,
        date=dated.date,
        date_text=dated.date_text,
        location=placed.location,
        cameo=coding.cameo,
        goldstein=coding.goldstein,
        confidence=max(e.confidence for e in events),
        sources=_sources(mentions),
        conflicts=_conflicts(events),
    )


def fuse(mentions: Iterable[Mention]) -> list[FusedEvent]:
    """Fuse reports in memory, in the order given (the store does the same, one batch at a time)."""
    groups: dict[str, list[list[Mention]]] = {}
    summaries: dict[int, FusedEvent] = {}
    for mention in mentions:
        candidates = groups.setdefault(fusion_key(mention.event), [])
        group = next((g for g in candidates if compatible(mention, summaries[id(g)])), None)
        if group is None:
            group = []
            candidates.append(group)
        group.append(mention)
        summaries[id(group)] = summarise(group)
    return [summaries[id(g)] for gs in groups.values() for g in gs]
