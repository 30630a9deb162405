"""Loading and validating the knowledge base files."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from entente.lang import load_json
from entente.records import Actor
from entente.time.calendar import period_end, period_start

DATA = Path(__file__).parent / "data"


class KnowledgeBaseError(ValueError):
    """A knowledge base file breaks its schema; the message names the file and the entry."""


@dataclass(frozen=True)
class Office:
    """An office held from ``start`` to ``end`` (``None``: open or unknown end)."""

    role: str
    country: str | None
    org: str | None
    start: dt.date | None
    end: dt.date | None
    exact: bool = True  # both bounds known to the day (or open): only such terms settle a year

    def holds_on(self, date: dt.date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


BODIES = frozenset({"organization", "group"})


@dataclass(frozen=True)
class Entity:
    """A state, organisation or person with every alias a language uses for it."""

    id: str | None
    name: str
    type: str
    country: str | None
    code: str | None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    capital: str | None = None
    gender: str | None = None  # a person's, "female" or "male", where known: whom "elle" may be
    members: tuple[str, ...] = ()  # an organisation's member states, where they have not changed
    seat: str | None = None  # the city an organisation sits in: a state's leader goes there to it

    @property
    def is_body(self) -> bool:
        """An organisation or a group: a party of its own that its officials act for, no state."""
        return self.type in BODIES

    def actor(self, role: str | None = None) -> Actor:
        return Actor(self.name, self.type, self.country, self.code, role, self.id)

    def office_on(self, date: dt.date) -> Office | None:
        """The office held on a date; a head-of-state or government office outranks a ministry."""
        held = [office for office in self.offices if office.holds_on(date)]
        return min(held, key=lambda office: _rank(office.role)) if held else None

    def office_named(self, role: str) -> Office | None:
        """The latest term of an office the text says the person holds; a bare title names the
        office it begins ("sa présidente, Ursula von der Leyen": of the European Commission)."""
        terms = [office for office in self.offices if office.role == role] or [
            office for office in self.offices if office.role.startswith(f"{role} of ")
        ]
        return terms[-1] if terms else None


@dataclass(frozen=True)
class KnowledgeBase:
    """Every entity, by key (a state or organisation code, or a person id)."""

    entities: dict[str, Entity]
    ambiguous: frozenset[str] = field(default_factory=frozenset)
    capitals: dict[str, str] = field(default_factory=dict)

    def state(self, code: str | None) -> Entity | None:
        entity = self.entities.get(code or "")
        return entity if entity and entity.type == "state" else None

    def by_type(self, kind: str) -> list[Entity]:
        return [entity for entity in self.entities.values() if entity.type == kind]


def _date(value: str | None, where: str, *, end: bool = False) -> dt.date | None:
    """Dates may be YYYY-MM-DD, YYYY-MM or YYYY; a partial end date covers its whole month or year."""
    if not value:
        return None
    try:
        return period_end(value) if end else period_start(value)
    except ValueError as error:
        raise KnowledgeBaseError(f"{where}: bad date {value!r}") from error


def _offices(person: dict[str, Any], where: str) -> tuple[Office, ...]:
    return tuple(
        Office(
            role=office["role"],
            country=office.get("country"),
            org=office.get("org"),
            start=_date(office.get("start"), where),
            end=_date(office.get("end"), where, end=True),
            exact=all(len(office.get(k) or "YYYY-MM-DD") == 10 for k in ("start", "end")),
        )
        for office in person.get("offices", [])
    )


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise KnowledgeBaseError(f"{path}: {error}") from error


def _states(lang: str) -> dict[str, Entity]:
    words = load_json(lang, "kb/states.json")
    states = {}
    for row in _read(DATA / "states.json"):
        code, local = row["code"], words.get(row["code"], {})
        states[code] = Entity(
            id=row.get("wikidata"),
            name=row["name"],
            type="state",
            country=code,
            code=code,
            aliases=(*tuple(local.get("names", [])), row["name"]),
            demonyms=tuple(local.get("demonyms", [])),
            prefixes=tuple(local.get("prefixes", [])),
            metonyms=tuple(local.get("metonyms", [])),
            capital=row.get("capital"),
        )
    return states


def _bodies(lang: str, kind: str) -> dict[str, Entity]:
    """Organisations or groups (``kind``), read from the file of that kind's plural name."""
    words = load_json(lang, f"kb/{kind}s.json")
    orgs = {}
    for row in _read(DATA / f"{kind}s.json"):
        code, local = row["code"], words.get(row["code"], {})
        orgs[code] = Entity(
            id=row.get("wikidata"),
            name=row["name"],
            type=kind,
            country=None,
            code=row.get("part_of", code),  # an organ acts for its whole: the Commission for the EU
            aliases=(*tuple(local.get("names", [])), row["name"]),
            demonyms=tuple(local.get("demonyms", [])),
            metonyms=tuple(local.get("metonyms", [])),
            members=tuple(row.get("members", [])),
            seat=row.get("seat"),
        )
    return orgs


def _persons(lang: str) -> dict[str, Entity]:
    words = load_json(lang, "kb/persons.json")
    persons = {}
    for row in _read(DATA / "persons.json"):
        key, where = row["id"], f"persons.json: {row.get('name')}"
        persons[f"person:{key}"] = Entity(
            id=key if key.startswith("Q") else None,
            name=row["name"],
            type="person",
            country=row.get("country"),
            code=row.get("country"),
            aliases=tuple(row.get("aliases", [])) + tuple(words.get(key, [])) + (row["name"],),
            offices=_offices(row, where),
            gender=_gender(row, where),
        )
    return persons


GENDERS = frozenset({"female", "male"})


def _gender(person: dict[str, Any], where: str) -> str | None:
    gender = person.get("gender")
    if gender is not None and gender not in GENDERS:
        raise KnowledgeBaseError(f"{where}: gender {gender!r} is not one of {sorted(GENDERS)}")
    return gender


@cache
def _precedence() -> dict[str, int]:
    roles = _read(DATA / "roles.json")["precedence"]
    return {role: rank for rank, role in enumerate(roles)}


def _rank(role: str) -> int:
    return _precedence().get(role, len(_precedence()))


@cache
def load_kb(lang: str = "fr") -> KnowledgeBase:
    """The whole knowledge base for one language, loaded once per process."""
    states, bodies = _states(lang), {**_bodies(lang, "organization"), **_bodies(lang, "group")}
    if clash := states.keys() & bodies.keys():  # one would hide the other
        raise ValueError(f"knowledge base: codes of both a state and a body: {clash}")
    entities = {**states, **bodies, **_persons(lang)}
    ambiguous = load_json(lang, "kb/states.json").get("_ambiguous", [])
    capitals = {
        entity.capital: code
        for code, entity in entities.items()
        if entity.type == "state" and entity.capital
    }
    return KnowledgeBase(entities, frozenset(ambiguous), capitals)
