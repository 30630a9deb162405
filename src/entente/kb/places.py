"""Places where meetings happen: the gazetteer of cities and resorts, with their states."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from entente.lang import load_json
from entente.normalise.fold import fold

DATA = Path(__file__).parent / "data"
_INTO = frozenset(
    {"à", "À", "a", "A", "au", "Au", "aux", "en", "En"}
)  # "en Chine": the state is the place
_NAME = r"(?:(?:la|le|les|l')\s*)?[A-ZÀ-Þ][\w'’-]*(?:[ -](?:(?:el|al|de|du|la|sur|en|es)[ -])?[A-ZÀ-Þ][\w'’-]*){0,3}"
_AFTER_PREPOSITION = re.compile(
    rf"(?<![\w'])(?P<prep>à|À|a|A|au|Au|aux|en|En|dans|de|d'|d’)\s*(?P<name>{_NAME})"
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
def _gazetteer_names(lang: str) -> frozenset[str]:
    return frozenset(name for name, _ in _gazetteer(lang).values())


def is_place_name(name: str, lang: str = "fr") -> bool:
    """Whether a name is a city or a region of the gazetteer ("Le Caire", "New York")."""
    bare = re.sub(r"^(?:la|le|les|l')\s*", "", name, flags=re.IGNORECASE)
    return fold(name) in _gazetteer(lang) or fold(bare) in _gazetteer(lang)


def find_places(text: str, lang: str = "fr") -> list[Place]:
    """Places named after a preposition ("à Genève", "au Caire", "en marge du sommet de Bali")."""
    places = []
    for match in _AFTER_PREPOSITION.finditer(text):
        table = (
            _gazetteer(lang)
            if match.group("prep") not in _INTO
            else {**_states(lang), **_gazetteer(lang)}
        )
        name = match.group("name")
        words = name.split()
        for size in range(
            len(words), 0, -1
        ):  # the longest known name wins: "Abou Dhabi" before "Abou"
            candidate = " ".join(words[:size]).rstrip(".,;")
            found = table.get(fold(candidate)) or table.get(fold(_ARTICLE.sub("", candidate)))
            if found:
                start = match.start("name")
                is_country = found[0] not in _gazetteer_names(lang)
                places.append(Place(found[0], found[1], start, start + len(candidate), is_country))
                break
    return places


_DATELINE_CITY = re.compile(
    r"^\s*(?P<city>[A-ZÀ-Þ][A-ZÀ-Þ' -]{2,40}?)\s*(?:\([^)]{0,40}\))?\s*(?:,|-|–|—)", re.MULTILINE
)


def dateline_country(text: str, lang: str = "fr") -> str | None:
    """The state of the city an agency dateline names ("ALGER, 12 mars (APS) -" is in Algeria):
    a title with no country there ("le ministre des Affaires étrangères") is most likely local."""
    for match in _DATELINE_CITY.finditer(text[:400]):
        found = _gazetteer(lang).get(fold(match.group("city").strip()))
        if found:
            return found[1]
    return None
