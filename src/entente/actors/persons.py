"""Persons the knowledge base and the titles missed, from the names spaCy's NER marks.

NER is a hint (TOOLCHAIN.md: a fifth of its entities are junk), so a name is kept only when it
looks like a person's name, is not a byline or a credit, and is not already an actor. A lone
surname ("M. Coulibaly") is kept only as a later mention of a person already named in full.
"""

from __future__ import annotations

import re

from entente.actors.matcher import byline_spans
from entente.actors.resolver import ActorMention, DocumentActors
from entente.actors.roles import title_roles
from entente.actors.spelling import person_by_spelling
from entente.kb import Entity, load_kb
from entente.kb.places import is_place_name
from entente.normalise.fold import fold

BYLINE = re.compile(
    r"(?:^|\n)\s*(?:Par|De|Photo|Crédit|Credit|Source|©|Avec)\b[^\n]{0,12}$|[(/]\s*$", re.IGNORECASE
)
CREDIT_AFTER = re.compile(
    r"^\s*(?:/|\(|,\s*(?:correspondant|envoyé|journaliste|avec))", re.IGNORECASE
)
HONORIFIC = re.compile(r"^(?:M\.|Mme|Mlle|MM\.|Dr|Me|Pr|Mgr)\s+")
PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "des",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ben",
        "ibn",
        "al",
        "el",
        "ould",
        "le",
        "la",
        "dos",
        "das",
        "y",
    ]
)


def _clean(name: str) -> str:
    return HONORIFIC.sub("", name.strip(" ,.;:")).strip()


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or re.search(r"\d|[«»\"]", name):
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return len(capitalised) >= 1 and all(w[:1].isupper() or w.lower() in PARTICLES for w in words)


def _known(actors: DocumentActors, name: str, extra: dict[str, Entity]) -> str | None:
    """The person already found whose names hold every word of ``name``."""
    words = {
        fold(w) for w in re.findall(r"[\w'-]+", name) if len(w) > 1 and w.lower() not in PARTICLES
    }
    for key, entity in {**actors.entities, **extra}.items():
        if entity.type == "person" and words:
            names = {
                fold(w)
                for alias in (*entity.aliases, entity.name)
                for w in re.findall(r"[\w'-]+", alias)
            }
            if words <= names:
                return key
    return None


def add_named_persons(
    actors: DocumentActors, text: str, spans: list[tuple[int, int]], lang: str = "fr"
) -> DocumentActors:
    """The document's actors with the NER's persons added (spans are offsets into ``text``)."""
    added: list[ActorMention] = []
    entities: dict[str, Entity] = {}
    bylines = byline_spans(text, lang)
    states = {k for k, e in actors.entities.items() if e.type != "person"}
    for start, end in sorted(spans):
        if any(m.start < end and start < m.end for m in actors.mentions):
            continue
        if any(s <= start < e for s, e in bylines):
            continue
        if BYLINE.search(text[max(0, start - 40) : start]) or CREDIT_AFTER.match(
            text[end : end + 20]
        ):
            continue
        name = _clean(text[start:end])
        if not _looks_like_name(name) or title_roles(name, lang) or is_place_name(name, lang):
            continue  # "le Président de la République, X", "Da Nang": a title or a place
        key = _known(actors, name, entities) or person_by_spelling(name, states, lang)
        if key is None and len(name.split()) < 2:
            continue
        if key is not None and key.startswith("person:"):
            entities.setdefault(key, load_kb(lang).entities[key])
        elif key is None:
            key = f"new:{name}"
            entities[key] = Entity(None, name, "person", None, None, aliases=(name,))
        added.append(ActorMention(start, end, key, "ner"))
    return actors.extended(added, entities)
