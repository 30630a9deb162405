"""Matching a name to the knowledge base whatever its transliteration.

French news spells Arabic and Slavic names its own way ("Mohammed ben Abderrahmane Al Thani",
"Vladimir Medinski", "Alexandre Fomine"), and no alias list can hold every variant. A name's key keeps
what transliterations agree on: its consonants in order, with each run of vowels written "V", once the
language's rewrites ("tch" = "ch", "ou" = "u") and particles ("ben", "al") are applied; see
``lang/<code>/spelling.json``. Vowel positions are kept so that "Mahmoud" and "Mohamed" stay apart.

A name matches only a person whose alias has the same key word for word, only when no other
person of the knowledge base shares that key, and only when the person's state is one the document
speaks of: "Adnene Mansar" in a Tunisian story is not Adnan Mansour of Lebanon. A wrong identity is
worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from entente.kb import load_kb
from entente.lang import load_json
from entente.normalise.fold import fold

_WORDS = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 2  # a lone surname is too weak to name a person by its sound alone


@cache
def _rules(lang: str) -> tuple[frozenset[str], tuple[tuple[re.Pattern[str], str], ...], str]:
    data = load_json(lang, "spelling.json")
    rewrites = tuple((re.compile(a), b) for a, b in data["rewrites"])
    return frozenset(data["particles"]), rewrites, data["vowels"]


@cache
def _joins_next(lang: str) -> re.Pattern[str]:
    return re.compile(load_json(lang, "spelling.json")["joins_next"])


def _words(name: str, lang: str) -> list[str]:
    particles, _, _ = _rules(lang)
    words: list[str] = []
    for word in _WORDS.findall(fold(name).lower()):
        if word in particles:
            continue
        if words and _joins_next(lang).match(words[-1]):
            words[-1] += word
        else:
            words.append(word)
    return words


def _word_key(word: str, rewrites, vowels: str) -> str:
    for pattern, replacement in rewrites:
        word = pattern.sub(replacement, word)
    if len(word) > 2 and word.endswith("e") and word[-2] not in vowels:
        word = word[:-1]  # "Fomine", "Abderrahmane": the French silent e
    shape = re.sub(f"[{vowels}]+", "V", word)
    return re.sub(r"(.)\1+", r"\1", shape)


def spelling_key(name: str, lang: str = "fr") -> tuple[str, ...]:
    """The transliteration-proof key of a name: one short shape per word, particles left out."""
    _, rewrites, vowels = _rules(lang)
    return tuple(_word_key(w, rewrites, vowels) for w in _words(name, lang))


@cache
def _index(lang: str) -> dict[tuple[str, ...], str | None]:
    """Key -> the one KB person whose alias has it (None when two persons share it)."""
    found: dict[tuple[str, ...], str | None] = {}
    for key, entity in load_kb(lang).entities.items():
        if entity.type != "person":
            continue
        for alias in {*entity.aliases, entity.name}:
            shape = spelling_key(alias, lang)
            if len(shape) >= _MIN_WORDS:
                found[shape] = key if found.get(shape, key) == key else None
    return found


def person_by_spelling(name: str, states: Collection[str], lang: str = "fr") -> str | None:
    """The KB key of the person a full name spells, in whatever transliteration, when that
    person acts for one of ``states`` (codes of states or organisations); else None."""
    shape = spelling_key(name, lang)
    key = _index(lang).get(shape) if len(shape) >= _MIN_WORDS else None
    if key is None:
        return None
    person = load_kb(lang).entities[key]
    return key if {person.country, person.code} & set(states) else None
