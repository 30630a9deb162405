"""Places where meetings happen: the gazetteer of cities and resorts, with their states."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from entente.lang import load_json
from entente.normalise.fold import fold

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class _Grammar:
    """How a language names a place after a preposition (``lang/<lang>/kb/places.json``)."""

    into: frozenset[str]  # "à Pékin", "en Chine": a state or a city
    gendered: frozenset[str]  # "au Salvador": the state before the city
    after_preposition: re.Pattern[str]
    article: re.Pattern[str]  # "à la Mauritanie"
    capital: re.Pattern[str]  # "dans la capitale malienne": the capital of the state named


def _alternation(words: list[str], capitalised: bool = False) -> str:
    forms = [*words, *(word.capitalize() for word in words if capitalised)]
    return "|".join(re.escape(word) for word in sorted(set(forms), key=len, reverse=True))


def _with_capitals(words: list[str]) -> frozenset[str]:
    return frozenset(words) | {word.capitalize() for word in words}


@cache
def _grammar(lang: str) -> _Grammar:
    rules = load_json(lang, "kb/places.json")["_grammar"]
    articles = _alternation(rules["articles"])
    particles = _alternation(rules["name_particles"])
    word = r"[A-ZÀ-Þ][\w'’-]*"
    name = rf"(?:(?:{articles})\s*)?{word}(?:[ -](?:(?:{particles})[ -]){{0,2}}{word}){{0,3}}"
    prepositions = (
        f"{_alternation(rules['into'], capitalised=True)}|{_alternation(rules['cities_only'])}"
    )
    times = _alternation(rules["travel_times"])  # "gagner mercredi matin Ramallah"
    not_after = "".join(rf"(?<!{re.escape(word)} )" for word in rules["not_after"])
    return _Grammar(
        into=_with_capitals(rules["into"]),
        gendered=_with_capitals(rules["gendered"]),
        after_preposition=re.compile(
            rf"(?<![\w']){not_after}(?P<prep>{prepositions})\s*(?:(?:{times})\s+){{0,2}}"
            rf"(?P<name>{name})"
        ),
        article=re.compile(rf"^(?:{articles})\s*", re.IGNORECASE),
        capital=re.compile(
            rf"(?<![\w'])(?:{_alternation(rules['capital_phrases'])})\s+(?P<demonym>[\w-]+)",
            re.IGNORECASE,
        ),
    )


@dataclass(frozen=True)
class Place:
    """A place by its canonical English name, and the state it lies in (null where disputed)."""

    name: str
    country: str | None
    start: int = 0
    end: int = 0
    is_country: bool = False  # "en Chine": the whole state, less precise than a city


@cache
def _states(lang: str) -> dict[str, tuple[str, str | None]]:
    """Folded French state names -> (English name, code): "en visite en Chine" is in China."""
    from entente.kb import load_kb

    return {
        fold(alias): (entity.name, entity.code)
        for entity in load_kb(lang).by_type("state")
        for alias in entity.aliases
    }


@cache
def _rows() -> tuple[dict, ...]:
    """The gazetteer's places, read once."""
    return tuple(json.loads((DATA / "places.json").read_text(encoding="utf-8")))


@cache
def _gazetteer(lang: str) -> dict[str, tuple[str, str | None]]:
    """Folded local name -> (canonical name, country), capitals of the state KB included."""
    rows = _rows()
    local = load_json(lang, "kb/places.json")
    ambiguous = {fold(name) for name in local.get("_ambiguous", [])}
    table: dict[str, tuple[str, str | None]] = {}
    for row in rows:
        for name in [row["name"], *local.get(row["name"], [])]:
            key = fold(name)
            if key not in ambiguous:
                table.setdefault(key, (row["name"], row.get("country")))
    return table


@cache
def _places_and_states(lang: str) -> dict[str, tuple[str, str | None]]:
    return {**_states(lang), **_gazetteer(lang)}


@cache
def _states_first(lang: str) -> dict[str, tuple[str, str | None]]:
    """States before cities, but a state named as a city of its own is that city ("au
    Vatican", "au Luxembourg"): where leaders meet in it."""
    gazetteer = _gazetteer(lang)
    states = {
        k: v for k, v in _states(lang).items() if k not in gazetteer or gazetteer[k][1] != v[1]
    }
    return {**gazetteer, **states}


@cache
def _gazetteer_names(lang: str) -> frozenset[str]:
    return frozenset(name for name, _ in _gazetteer(lang).values())


@cache
def _regions() -> frozenset[str]:
    return frozenset(row["name"] for row in _rows() if row.get("kind") == "region")


def is_region(place: Place) -> bool:
    """Whether a place is a region ("le Donbass", "la Crimée"): where a conflict or a topic lies
    more often than where leaders meet."""
    return place.name in _regions()


def is_place_name(name: str, lang: str = "fr") -> bool:
    """Whether a name is a city or a region of the gazetteer ("Le Caire", "New York")."""
    bare = _grammar(lang).article.sub("", name)
    return fold(name) in _gazetteer(lang) or fold(bare) in _gazetteer(lang)


def find_places(text: str, lang: str = "fr") -> list[Place]:
    """Places named after a preposition ("à Genève", "au Caire", "en marge du sommet de Bali");
    an unknown name is no place, but a preposition inside it may introduce one ("en visite
    d'Etat en Chine"); and capitals named by their state ("dans la capitale malienne")."""
    places = []
    position = 0
    while match := _grammar(lang).after_preposition.search(text, position):
        place = _known(match, lang)
        if place is not None:
            places.append(place)
        position = place.end if place else match.start("name") + 1
    return sorted([*places, *_capitals(text, lang)], key=lambda p: p.start)


def _capitals(text: str, lang: str) -> list[Place]:
    """ "arrivés dans la capitale malienne": the capital of the state the adjective names."""
    places = []
    for match in _grammar(lang).capital.finditer(text):
        found = _capital_of(lang).get(fold(match.group("demonym")))
        if found is not None:
            places.append(Place(found[0], found[1], match.start(), match.end()))
    return places


@cache
def _capital_of(lang: str) -> dict[str, tuple[str, str]]:
    """Folded demonym -> (the state's capital, the state's code)."""
    from entente.kb import load_kb

    return {
        fold(demonym): (entity.capital, entity.code)
        for entity in load_kb(lang).by_type("state")
        if entity.capital and entity.code
        for demonym in entity.demonyms
    }


def _table(preposition: str, lang: str) -> dict[str, tuple[str, str | None]]:
    """Where a name after a preposition is looked up: "au", "en" name states first ("au
    Salvador"), "à" states and cities, the others cities only."""
    grammar = _grammar(lang)
    if preposition in grammar.gendered:
        return _states_first(lang)
    return _places_and_states(lang) if preposition in grammar.into else _gazetteer(lang)


def _known(match: re.Match[str], lang: str) -> Place | None:
    """The longest known name at a preposition: "Abou Dhabi" before "Abou"."""
    table = _table(match.group("prep"), lang)
    words = match.group("name").split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size]).rstrip(".,;")
        found = table.get(fold(candidate)) or table.get(
            fold(_grammar(lang).article.sub("", candidate))
        )
        if found:
            start = match.start("name")
            is_country = found[0] not in _gazetteer_names(lang)
            return Place(found[0], found[1], start, start + len(candidate), is_country)
    return None


_DATELINE_CITY = re.compile(
    r"^\s*(?:(?P<city>[A-ZÀ-Þ][A-ZÀ-Þ' -]{2,40}?)\s*(?:\((?P<state>[^)]{0,40})\))?\s*(?:,|-|–|—)"
    r"|(?P<named>[A-ZÀ-Þ][\w'’ -]{2,30}?),\s+(?:\w{2,3}\s+)?"
    r"(?:\d{1,2}\s+\w+\.?(?:\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4})"
    r"\s*(?:\(|--|-|–|—))",
    re.MULTILINE,
)  # "ALGER, 12 mars (APS) -", "BAMAKO -", "Rabat, 22 déc. (MAP)", "Moscou, 15/03/2016 (MAP)"


@lru_cache(maxsize=64)  # asked for by the resolver and by every interaction of a document
def dateline_place(text: str, lang: str = "fr", capitals_only: bool = False) -> Place | None:
    """The city an agency dateline names ("ALGER, 12 mars (APS) -", "Rabat, 22 déc. (MAP)",
    "NGARA (Tanzanie), 20 juil"), with its offsets: where the story was filed.
    ``capitals_only`` keeps to the upper-case form."""
    for match in _DATELINE_CITY.finditer(text[:400]):
        group = "city" if match.group("city") else "named"
        if capitals_only and group != "city":
            continue
        city = match.group(group).strip()
        found = _gazetteer(lang).get(fold(city)) or _in_state(city, match.group("state"), lang)
        if found:
            start = match.start(group) + match.group(group).index(city)
            return Place(found[0], found[1], start, start + len(city))
    return None


def _in_state(city: str, state: str | None, lang: str) -> tuple[str, str | None] | None:
    """A town the gazetteer lacks, placed by the state its dateline names ("NGARA (Tanzanie)")."""
    known = _states(lang).get(fold(state)) if state else None
    return (city.title(), known[1]) if known else None


def dateline_country(text: str, lang: str = "fr") -> str | None:
    """The state of the city an upper-case dateline names: a title with no country there ("le
    ministre des Affaires étrangères") is most likely local. (A mixed-case "Dar es Salaam, 24 oct.
    (MAP)" is as often an agency's correspondent abroad: "le Souverain" there is Morocco's.)"""
    place = dateline_place(text, lang, capitals_only=True)
    return place.country if place else None
