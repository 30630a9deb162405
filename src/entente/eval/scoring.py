"""Scoring extractions against a gold file, by the rules at the end of EVENTS.md."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from entente.normalise.fold import fold
from entente.records import Actor, EventRecord, Extraction


@dataclass
class Counts:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1


@dataclass
class Scores:
    """Every metric EVENTS.md names, plus the misses and false positives for ``--explain``."""

    documents: int = 0
    interactions: Counts = field(default_factory=Counts)
    mode: Ratio = field(default_factory=Ratio)
    date: Ratio = field(default_factory=Ratio)
    location: Ratio = field(default_factory=Ratio)
    status: Ratio = field(default_factory=Ratio)
    invented_dates: int = 0
    dyads: Counts = field(default_factory=Counts)
    persons: Counts = field(default_factory=Counts)
    published: Ratio = field(default_factory=Ratio)
    invented_published: int = 0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        def counts(c: Counts) -> dict[str, float]:
            return {
                "precision": round(c.precision, 3),
                "recall": round(c.recall, 3),
                "f1": round(c.f1, 3),
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }

        def ratio(r: Ratio) -> dict[str, Any]:
            return {"accuracy": None if r.value is None else round(r.value, 3), "n": r.total}

        return {
            "documents": self.documents,
            "interactions": counts(self.interactions),
            "interaction_mode": ratio(self.mode),
            "interaction_date": ratio(self.date),
            "invented_dates": self.invented_dates,
            "interaction_location": ratio(self.location),
            "interaction_status": ratio(self.status),
            "dyads": counts(self.dyads),
            "persons": counts(self.persons),
            "published": ratio(self.published),
            "invented_published": self.invented_published,
        }


Affinity = Callable[[int, int], int]  # (system event, gold item) -> fields they share


def _key(name: str | None) -> str:
    return fold(name or "").replace("-", " ").strip()


def load_gold(path: Path) -> dict[str, Any]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {doc: value for doc, value in data.items() if not doc.startswith("_")}


def _matches(system: EventRecord, gold: dict[str, Any]) -> bool:
    gold_countries = {p.get("country") for p in gold["participants"]}
    countries = {a.party for a in system.participants}
    if countries != gold_countries:
        return False
    gold_people = {_key(p["name"]) for p in gold["participants"] if p.get("name")}
    people = {_key(a.name) for a in system.participants if a.type == "person"}
    return not (gold_people and people) or bool(gold_people & people)


def _affinity(event: EventRecord, gold: dict) -> int:
    """How many of its fields (day, status, mode, place) a system event shares with a gold
    interaction it matches: of two events of one pair, the one that tells the same meeting."""
    return (
        (event.date == gold.get("date"))
        + (event.status == gold.get("status", "occurred"))
        + (event.mode == gold.get("mode"))
        + (_key(event.location) == _key(gold.get("location")))
    )


def _pairing(system: list[EventRecord], gold: list[dict]) -> dict[int, int]:
    """The one-to-one matching of gold interactions to system events: as many required ones as
    can be matched (augmenting paths, so an optional item or an earlier one never takes the only
    event a required item fits), then the optional ones among the events left."""
    fits = [
        sorted(
            (j for j, e in enumerate(system) if _matches(e, item)),
            key=lambda j: -_affinity(system[j], item),
        )
        for item in gold
    ]
    owner: dict[int, int] = {}  # system event -> gold item

    def claim(item: int, seen: set[int]) -> bool:
        for event in fits[item]:
            if event not in seen:
                seen.add(event)
                if event not in owner or claim(owner[event], seen):
                    owner[event] = item
                    return True
        return False

    for item, entry in enumerate(gold):
        if not entry.get("optional"):
            claim(item, set())
    required = [i for i, entry in enumerate(gold) if not entry.get("optional")]
    _improve(owner, fits, required, lambda j, item: _affinity(system[j], gold[item]))
    for item, entry in enumerate(gold):
        if entry.get("optional") and (free := [j for j in fits[item] if j not in owner]):
            owner[free[0]] = item
    return {item: event for event, item in owner.items()}


def _improve(
    owner: dict[int, int], fits: list[list[int]], items: list[int], affinity: Affinity
) -> None:
    """Of matchings as large, the one whose pairs share most fields (the augmenting paths find
    how many items can be matched, not which event tells which meeting): each step raises the
    fields shared, so it ends."""
    while _give(owner, fits, items, affinity) or _trade(owner, fits, affinity):
        pass


def _trade(owner: dict[int, int], fits: list[list[int]], affinity: Affinity) -> bool:
    """Trade two items' events, or move an item to a free event, if the pairs then share more."""
    for a, item_a in list(owner.items()):
        for b in fits[item_a]:
            item_b = owner.get(b)
            if item_b == item_a or (item_b is not None and a not in fits[item_b]):
                continue
            now = affinity(a, item_a) + (affinity(b, item_b) if item_b is not None else 0)
            then = affinity(b, item_a) + (affinity(a, item_b) if item_b is not None else 0)
            if then > now:
                owner[b] = item_a
                if item_b is None:
                    del owner[a]
                else:
                    owner[a] = item_b
                return True
    return False


def _give(
    owner: dict[int, int], fits: list[list[int]], items: list[int], affinity: Affinity
) -> bool:
    """Give an event to an item left out that shares more of its fields than its owner."""
    for item in set(items) - set(owner.values()):
        for event in fits[item]:
            if event in owner and affinity(event, item) > affinity(event, owner[event]):
                owner[event] = item
                return True
    return False


def _score_interactions(
    scores: Scores, doc: str, events: list[EventRecord], gold: list[dict]
) -> None:
    system = [e for e in events if e.event_type == "CONSULT"]
    pairs = _pairing(system, gold)
    for index, item in enumerate(gold):
        found = pairs.get(index)
        if found is None:
            if not item.get("optional"):
                scores.interactions.fn += 1
                scores.notes.append(f"{doc}: missed interaction: {item.get('evidence')}")
            continue
        if item.get("optional"):
            continue
        scores.interactions.tp += 1
        _score_fields(scores, doc, system[found], item)
    matched = set(pairs.values())
    for event in (e for i, e in enumerate(system) if i not in matched):
        scores.interactions.fp += 1
        scores.notes.append(
            f"{doc}: false interaction ({event.mode}): {event.evidence[0].sentence}"
        )


def _score_fields(scores: Scores, doc: str, event: EventRecord, gold: dict) -> None:
    scores.mode.add(event.mode == gold.get("mode"))
    scores.status.add(event.status == gold.get("status", "occurred"))
    scores.location.add(_key(event.location) == _key(gold.get("location")))
    if gold.get("date"):
        scores.date.add(event.date == gold["date"])
        if event.date != gold["date"]:
            scores.notes.append(f"{doc}: date {event.date} where gold says {gold['date']}")
    elif event.date:
        scores.invented_dates += 1
        scores.notes.append(f"{doc}: invented date {event.date} ({event.date_text})")
    if event.mode != gold.get("mode"):
        scores.notes.append(f"{doc}: mode {event.mode} where gold says {gold.get('mode')}")
    if _key(event.location) != _key(gold.get("location")):
        scores.notes.append(
            f"{doc}: location {event.location} where gold says {gold.get('location')}"
        )


def _party(actor: Actor) -> str:
    return actor.code or actor.country or ""


def _triples(events: list[EventRecord]) -> set[tuple[str, str, str]]:
    """(source, type, target) per event; a CONSULT gives every unordered pair of its
    participants, as a meeting of three is three pairs that met."""
    triples = set()
    for e in events:
        if e.event_type == "CONSULT" and len(e.participants) > 2:
            parties = sorted({_party(a) for a in e.participants})
            triples |= {(a, "CONSULT", b) for a, b in itertools.combinations(parties, 2)}
        elif e.source is not None and e.target is not None:
            a, b = _party(e.source), _party(e.target)
            if e.event_type == "CONSULT":
                a, b = sorted((a, b))
            triples.add((a, e.event_type, b))
    return triples


def _gold_triples(items: list[list[str]]) -> set[tuple[str, str, str]]:
    return {(min(s, t), k, max(s, t)) if k == "CONSULT" else (s, k, t) for s, k, t in items}


def _score_dyads(scores: Scores, doc: str, events: list[EventRecord], gold: dict) -> None:
    required = _gold_triples(gold.get("required", []))
    optional = _gold_triples(gold.get("optional", []))
    system = _triples(events) - optional
    scores.dyads.tp += len(system & required)
    for triple in sorted(system - required):
        scores.dyads.fp += 1
        scores.notes.append(f"{doc}: false dyad {triple}")
    for triple in sorted(required - system):
        scores.dyads.fn += 1
        scores.notes.append(f"{doc}: missed dyad {triple}")


def _score_persons(scores: Scores, doc: str, extraction: Extraction, gold: list[str]) -> None:
    system = {_key(a.name) for a in extraction.document.actors if a.type == "person"}
    expected = {_key(name) for name in gold}
    scores.persons.tp += len(system & expected)
    scores.persons.fp += len(system - expected)
    scores.persons.fn += len(expected - system)
    for name in sorted(system - expected):
        scores.notes.append(f"{doc}: false person {name}")
    for name in sorted(expected - system):
        scores.notes.append(f"{doc}: missed person {name}")


def _score_published(scores: Scores, doc: str, extraction: Extraction, gold: dict) -> None:
    published = extraction.document.published
    scores.published.add(published == gold.get("date"))
    if published and not gold.get("date"):
        scores.invented_published += 1
    if published != gold.get("date"):
        scores.notes.append(f"{doc}: published {published} where gold says {gold.get('date')}")


def score(gold: dict[str, Any], extractions: Iterable[Extraction]) -> Scores:
    """Score the extractions of the documents the gold file covers (others are ignored)."""
    scores = Scores()
    seen = set()
    for extraction in extractions:
        doc = extraction.document.doc
        if doc not in gold:
            continue
        seen.add(doc)
        entry, events = gold[doc], list(extraction.events)
        scores.documents += 1
        _score_interactions(scores, doc, events, entry.get("interactions", []))
        _score_dyads(scores, doc, events, entry.get("dyads", {}))
        _score_persons(scores, doc, extraction, entry.get("persons", []))
        _score_published(scores, doc, extraction, entry.get("published", {}))
    for doc in sorted(set(gold) - seen):
        scores.notes.append(f"{doc}: in the gold file but not among the inputs")
    return scores
