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
_INTO = frozenset(
    {"à", "À", "a", "A", "au", "Au", "aux", "en", "En"}
)  # "en Chine": the state is the place
_GENDERED = frozenset({"au", "Au", "aux", "en", "En"})  # "au Salvador": the state, not the city
_NAME = r"(?:(?:la|le|les|l')\s*)?[A-ZÀ-Þ][\w'’-]*(?:[ -](?:(?:el|al|de|du|la|sur|en|es)[ -])?[A-ZÀ-Þ][\w'’-]*){0,3}"
_AFTER_PREPOSITION = re.compile(  # "face à Pékin" is whom one stands up to, not where
    rf"(?<![\w'])(?<!face )(?P<prep>à|À|a|A|au|Au|aux|en|En|dans|de|d'|d’)\s*(?P<name>{_NAME})"
)

_ARTICLE = re.compile(r"^(?:la|le|les|l')\s*|^l['’]", re.IGNORECASE)  # "à la Mauritanie"


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
def _gazetteer(lang: str) -> dict[str, tuple[str, str | None]]:
    """Folded local name -> (canonical name, country), capitals of the state KB included."""
    rows = json.loads((DATA / "places.json").read_text(encoding="utf-8"))
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
    return {**_gazetteer(lang), **_states(lang)}


@cache
def _gazetteer_names(lang: str) -> frozenset[str]:
    return frozenset(name for name, _ in _gazetteer(lang).values())


def is_place_name(name: str, lang: str = "fr") -> bool:
    """Whether a name is a city or a region of the gazetteer ("Le Caire", "New York")."""
    bare = re.sub(r"^(?:la|le|les|l')\s*", "", name, flags=re.IGNORECASE)
    return fold(name) in _gazetteer(lang) or fold(bare) in _gazetteer(lang)


def find_places(text: str, lang: str = "fr") -> list[Place]:
    """Places named after a preposition ("à Genève", "au Caire", "en marge du sommet de Bali");
    an unknown name is no place, but a preposition inside it may introduce one ("en visite
    d'Etat en Chine")."""
    places = []
    position = 0
    while match := _AFTER_PREPOSITION.search(text, position):
        place = _known(match, lang)
        if place is not None:
            places.append(place)
        position = place.end if place else match.start("name") + 1
    return places


def _table(preposition: str, lang: str) -> dict[str, tuple[str, str | None]]:
    """Where a name after a preposition is looked up: "au", "en" name states first ("au
    Salvador"), "à" states and cities, the others cities only."""
    if preposition in _GENDERED:
        return _states_first(lang)
    return _places_and_states(lang) if preposition in _INTO else _gazetteer(lang)


def _known(match: re.Match[str], lang: str) -> Place | None:
    """The longest known name at a preposition: "Abou Dhabi" before "Abou"."""
    table = _table(match.group("prep"), lang)
    words = match.group("name").split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size]).rstrip(".,;")
        found = table.get(fold(candidate)) or table.get(fold(_ARTICLE.sub("", candidate)))
        if found:
            start = match.start("name")
            is_country = found[0] not in _gazetteer_names(lang)
            return Place(found[0], found[1], start, start + len(candidate), is_country)
    return None


_DATELINE_CITY = re.compile(
    r"^\s*(?:(?P<city>[A-ZÀ-Þ][A-ZÀ-Þ' -]{2,40}?)\s*(?:\([^)]{0,40}\))?\s*(?:,|-|–|—)"
    r"|(?P<named>[A-ZÀ-Þ][\w'’ -]{2,30}?),\s+(?:\w{2,3}\s+)?\d{1,2}\s+\w+\.?(?:\s+\d{4})?"
    r"\s*(?:\(|--|-|–|—))",
    re.MULTILINE,
)  # "ALGER, 12 mars (APS) -", "BAMAKO -", "Rabat, 22 déc. (MAP)", "Riyad, le 31 mars"


@lru_cache(maxsize=64)  # asked for by the resolver and by every interaction of a document
def dateline_place(text: str, lang: str = "fr", capitals_only: bool = False) -> Place | None:
    """The city an agency dateline names ("ALGER, 12 mars (APS) -", "Rabat, 22 déc. (MAP)"),
    with its offsets: where the story was filed. ``capitals_only`` keeps to the upper-case form."""
    for match in _DATELINE_CITY.finditer(text[:400]):
        group = "city" if match.group("city") else "named"
        if capitals_only and group != "city":
            continue
        city = match.group(group).strip()
        found = _gazetteer(lang).get(fold(city))
        if found:
            start = match.start(group) + match.group(group).index(city)
            return Place(found[0], found[1], start, start + len(city))
    return None


def dateline_country(text: str, lang: str = "fr") -> str | None:
    """The state of the city an upper-case dateline names: a title with no country there ("le
    ministre des Affaires étrangères") is most likely local. (A mixed-case "Dar es Salaam, 24 oct.
    (MAP)" is as often an agency's correspondent abroad: "le Souverain" there is Morocco's.)"""
    place = dateline_place(text, lang, capitals_only=True)
    return place.country if place else None
