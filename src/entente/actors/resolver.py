"""Resolving every actor mention of a document to a KB entity or a new person."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from entente.actors.matcher import AliasHit, find_aliases
from entente.actors.roles import (
    Roles,
    Title,
    after_article,
    apposed_name,
    covered_roles,
    find_honorifics,
    find_titles,
    is_elect,
    is_former,
    is_indefinite,
    is_leaving,
    is_plural,
    names_office,
    pointer_roles,
    read_name,
    role_prefix,
    side_opener,
    title_roles,
)
from entente.actors.roles import (
    title_words as _title_words,
)
from entente.actors.spelling import person_by_spelling
from entente.kb import Entity, KnowledgeBase, load_kb
from entente.kb.places import dateline_country, is_place_name
from entente.lang import load_json
from entente.normalise.fold import fold
from entente.records import Actor

STATE_KINDS = frozenset({"name", "demonym", "prefix", "metonym"})
FUZZY_THRESHOLD = 88
HOST_APPOSITION = 40  # "son hôte, le président kazakh X": a host word and the name beside it
LEAVING_REACH = dt.timedelta(days=366)  # "le président sortant": a term that ends within a year
LEAD_REACH = 600  # characters after a headline that its lead spans, at most


@dataclass(frozen=True)
class ActorMention:
    """One place where the text speaks of an actor."""

    start: int
    end: int
    key: str  # a KB key ("CHN", "SCO", "person:Q...") or "new:<name>" for a person the KB lacks
    kind: str  # name, surname, demonym, prefix, metonym, title, honorific, fuzzy
    roles: tuple[str, ...] = ()  # offices the text says the person holds


@dataclass(frozen=True)
class DocumentActors:
    """The mentions of a document and the entities they resolve to."""

    mentions: tuple[ActorMention, ...]
    entities: dict[str, Entity] = field(default_factory=dict)
    lang: str = "fr"

    def entity(self, key: str) -> Entity:
        """An entity of the document, or of the KB when an event brings it in (a visit's host)."""
        return self.entities.get(key) or load_kb(self.lang).entities[key]

    def in_span(self, start: int, end: int) -> list[ActorMention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def stated_roles(self, key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r for m in self.mentions if m.key == key for r in m.roles))

    def office(self, key: str, date: dt.date | None) -> tuple[str | None, str | None]:
        """(role, whom the person acts for) at the document's date, else as the text states it."""
        entity = self.entity(key)
        if entity.type != "person":
            return None, entity.code
        held = entity.office_on(date) if date else None
        stated = self.stated_roles(key)
        office = held or (entity.office_named(stated[0]) if stated else None)
        if office is not None:
            return office.role, self._whole(office.org or office.country or entity.country)
        return (stated[0] if stated else None), self._whole(entity.code or entity.country)

    def _whole(self, code: str | None) -> str | None:
        """The code an organisation acts under: an organ's is its whole's (the president of the
        European Commission acts for the EU)."""
        entity = (
            (self.entities.get(code) or load_kb(self.lang).entities.get(code)) if code else None
        )
        return entity.code if entity and entity.is_body else code

    def country(self, key: str, date: dt.date | None = None) -> str | None:
        """The state a person acts for, or the organisation or group (its code) they speak for."""
        entity = self.entities.get(key) or load_kb(self.lang).entities.get(key)
        if entity is None:
            return None
        return self.office(key, date)[1] if entity.type == "person" else entity.code

    def actor(self, key: str, date: dt.date | None) -> Actor:
        entity = self.entity(key)
        if entity.type != "person":
            return entity.actor()
        role, acting_for = self.office(key, date)
        if acting_for and self._is_org(acting_for):
            return Actor(entity.name, "person", None, acting_for, role, entity.id)
        return Actor(entity.name, "person", acting_for, acting_for, role, entity.id)

    def _is_org(self, code: str) -> bool:
        entity = self.entities.get(code) or load_kb(self.lang).entities.get(code)
        return entity is not None and entity.is_body

    def actors(self, date: dt.date | None) -> tuple[Actor, ...]:
        keys = dict.fromkeys(m.key for m in self.mentions)
        return tuple(self.actor(key, date) for key in keys)

    def extended(self, mentions: list[ActorMention], entities: dict[str, Entity]) -> DocumentActors:
        """A copy with more mentions, e.g. persons found by the NER after the parse."""
        if not mentions:
            return self
        merged = tuple(sorted(self.mentions + tuple(mentions), key=lambda m: (m.start, m.end)))
        return DocumentActors(merged, {**self.entities, **entities}, self.lang)

    def tenure_constraints(
        self, dated: Sequence[tuple[int, int]] = ()
    ) -> list[tuple[tuple[dt.date | None, dt.date | None], ...]]:
        """For each office a named KB person is said to hold, the intervals it was held; only
        offices whose every term is known to the day, since a term the KB gives to the month may
        open a little late and rule out the right year; and not an office stated within the
        ``dated`` spans, the sentences that name a year of their own ("établi en septembre 2013
        lors de la visite du Premier ministre X": he held it then, not on the day of
        publication)."""
        constraints = []
        for key, entity in self.entities.items():
            stated = (
                r
                for m in self.mentions
                if m.key == key and not any(a <= m.start < b for a, b in dated)
                for r in m.roles
            )
            for role in dict.fromkeys(stated):
                terms = [o for o in entity.offices if o.role == role]
                spans = tuple((o.start, o.end) for o in terms)
                if spans and all(o.exact for o in terms):
                    constraints.append(spans)
        return constraints


@lru_cache(maxsize=8192)
def _surname_tokens(entity: Entity, lang: str) -> frozenset[str]:
    """The words one of a person's names may be written alone: not a patronymic particle, nor
    the father's name after it ("Salman" in "Mohammed ben Salman" is the king); a word of two
    letters only where it opens a longer name ("M. Li" is Li Qiang, surname first)."""
    particles = _patronymics(lang)
    tokens = set()
    for alias in entity.aliases:
        words = [fold(w) for w in re.findall(r"[\w'-]+", alias)]
        for before, word in zip(["", *words], words, strict=False):
            short = len(word) == 2 and not before and len(words) > 1
            if (len(word) > 2 or short) and word not in particles and before not in particles:
                tokens.add(word)
    return frozenset(tokens)


@cache
def _patronymics(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_json(lang, "kb/contexts.json")["patronymics"])


class _Resolution:
    """Working state while one document is resolved; discarded afterwards."""

    def __init__(self, text: str, kb: KnowledgeBase, lang: str, on: dt.date | None) -> None:
        self.text, self.kb, self.lang, self.on = text, kb, lang, on
        self.home = dateline_country(text, lang)  # where the dateline says the story was filed
        self.mentions: list[ActorMention] = []
        self.entities: dict[str, Entity] = {}

    def add(self, start: int, end: int, key: str, kind: str, roles: tuple[str, ...] = ()) -> None:
        self.mentions.append(ActorMention(start, end, key, kind, roles))
        if key in self.kb.entities:
            self.entities.setdefault(key, self.kb.entities[key])

    def covered(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.mentions)

    def persons(self) -> dict[str, Entity]:
        return {k: e for k, e in self.entities.items() if e.type == "person"}

    def states(self) -> set[str]:
        """The states, organisations and groups found so far."""
        return {k for k, e in self.entities.items() if e.type != "person"}

    def person_named(self, name: str) -> str | None:
        """The person already found whose names contain every word of ``name``."""
        words = {fold(w) for w in re.findall(r"[\w'-]+", name) if len(w) > 1}
        for key, entity in self.persons().items():
            if words and words <= _surname_tokens(entity, self.lang):
                return key
        return None


def _state_of(hits: list[AliasHit], kb: KnowledgeBase) -> str | None:
    for hit in hits:
        entity = kb.entities[hit.key]
        if entity.type == "state" and hit.kind in STATE_KINDS:
            return hit.key
    return None


def _org_of(hits: list[AliasHit], kb: KnowledgeBase) -> str | None:
    """ "le secrétaire général des Nations unies": a person who acts for an organisation."""
    return next((h.key for h in hits if kb.entities[h.key].is_body), None)


def _blank(text: str, start: int, end: int, hits: list[AliasHit]) -> str:
    chars = list(text[start:end])
    for hit in hits:
        for i in range(max(hit.start, start), min(hit.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _title(res: _Resolution, title: Title, hits: list[AliasHit]) -> None:
    inside = [h for h in hits if title.start <= h.start and h.end <= title.end]
    states = [h for h in inside if res.kb.entities[h.key].type == "state"]
    blanked = _blank(res.text, title.start, title.end, states)
    roles = title_roles(blanked, res.lang)
    if not roles and title.name_start is None:
        title, roles = _ended(res, title, inside, blanked)
    if title.name_start is None and (name := _apposed_name(res, title, hits, roles)):
        title = replace(title, name_start=name[0], name_end=name[1])  # "Ahmed Attaf, ministre ..."
        if not roles:  # "Jared Kushner, haut conseiller du président américain": whom he serves
            country = _state_of(inside, res.kb) or _org_of(inside, res.kb)
            if country:
                _named_person(res, title, (), country, hits)
            return
    if not roles:  # "le ministre britannique des Finances, Stephen Barclay": no office we track,
        apposed = (
            title.name_start is not None and res.text[title.end : title.name_start].strip() == ","
        )
        if apposed and (named := _state_of(inside, res.kb)):
            _named_person(res, title, (), named, hits)  # but a person of that state
        return
    pointing = pointer_roles(res.lang)  # they point, they name no office
    role_names = tuple(role for role, _ in roles if role not in pointing)
    if title.name_start is None and names_office(res.text, title.start, res.lang):
        return  # "le poste de Premier ministre" is the office, held by no one it names
    named = _state_of(inside, res.kb) or _side_of(res, title, hits)
    if title.name_start is None and is_indefinite(res.text, title.start, res.lang):
        if body := named or _org_of(inside, res.kb):  # "un diplomate estonien": someone unnamed,
            res.add(title.start, title.end, body, "title", ())  # but of Estonia
        return
    if is_former(res.text, title.start, res.lang):  # "l'ancien vice-président équatorien Glas"
        if title.name_start is None:  # not the holder the KB knows for the date: a past one
            if held := _former_holder(res, title, role_names, named or _org_of(inside, res.kb)):
                res.add(title.start, title.end, held, "title")
            return
        role_names = ()  # a name, but no office held at the document's date
    elif title.name_start is not None and is_leaving(res.text[title.start : title.end], res.lang):
        role_names = ()
    restricted = {c for _, countries in roles for c in countries}
    if named and restricted and named not in restricted:
        return  # "secrétaire d'Etat" is the American foreign minister, not a French junior minister
    country = named or (next(iter(restricted)) if len(restricted) == 1 else None)
    country = country or _org_of(inside, res.kb)
    if country is None and role_names and not _persons_before(res, title, role_names):
        country = res.home  # "le ministre des Affaires étrangères" of a dispatch filed at home
    if title.name_start is not None and title.name_end is not None:
        _named_person(res, title, role_names, country, hits, assumed=not named and bool(restricted))
    else:
        pointers = tuple(role for role, _ in roles if role in pointing)
        _described_person(res, title, role_names, country, pointers)


def _side_of(res: _Resolution, title: Title, hits: list[AliasHit]) -> str | None:
    """The state a sentence opens on as the side it tells of ("Côté ukrainien, le chef de la
    délégation ..."): a title after it with no state of its own is of that side."""
    opener = side_opener(res.lang).match(res.text, _sentence_start(res.text, title.start))
    if opener is None or opener.end() > title.start:
        return None
    return _state_of([h for h in hits if opener.start() <= h.start < opener.end()], res.kb)


def _former_holder(
    res: _Resolution, title: Title, roles: tuple[str, ...], body: str | None
) -> str | None:
    """ "l'ancien secrétaire général des Nations unies": the person named last before the title
    whose term in one of its offices (for its state or organisation, if it names one) has ended."""
    held = [
        m.key
        for m in _persons_before(res, title, roles)
        if any(
            o.role in roles and o.end is not None and body in (None, o.org, o.country)
            for o in res.entities[m.key].offices
        )
    ]
    return held[-1] if held else None


def _ended(
    res: _Resolution, title: Title, inside: list[AliasHit], blanked: str
) -> tuple[Title, tuple[tuple[str, tuple[str, ...]], ...]]:
    """A title the scan read on into its verb ("Le président turc joue une partition"), cut
    where its roles end; not one whose words beyond name an actor ("ministre ... de la Russie")."""
    cut, roles = role_prefix(res.text[title.start : title.end], blanked, res.lang)
    if not roles or any(h.start >= title.start + cut for h in inside):
        return title, ()
    return replace(title, end=title.start + cut), roles


def _persons_before(res: _Resolution, title: Title, roles: tuple[str, ...]) -> list[ActorMention]:
    """The mentions of persons named before a title, of those who hold one of its offices if it
    names any: "Le chef du gouvernement" of a story about Japan's prime minister is he, wherever
    the dispatch was filed. In the order the text names them, whatever pass found them."""
    persons = res.persons()
    return [
        m
        for m in sorted(res.mentions, key=lambda m: m.start)
        if m.end <= title.start
        and m.key in persons
        and (not roles or set(roles) & _offices(res, m.key))
    ]


def _apposed_name(
    res: _Resolution, title: Title, hits: list[AliasHit], roles: Roles = ()
) -> tuple[int, int] | None:
    """The person a title after a name describes, unless that "name" is a place or a state, or
    a person of another state than the title's, named or implied by its office ("avec Félix
    Tshisekedi, le président français a participé", "avec le président X, le secrétaire d'État
    lui a dit": the title opens the next clause)."""
    span = apposed_name(res.text, title.start, res.lang)
    if span is None:
        return None
    start, end = span
    named = [h for h in hits if h.start < end and start < h.end]
    if is_place_name(res.text[start:end], res.lang) or any(
        res.kb.entities[h.key].type != "person" for h in named
    ):
        return None
    state = _state_of([h for h in hits if title.start <= h.start and h.end <= title.end], res.kb)
    states = {state} if state else {c for _, countries in roles for c in countries}
    if states and any(res.kb.entities[h.key].country not in (None, *states) for h in named):
        return None  # "secrétaire d'Etat" names no state, but is the USA's office
    return span


def _named_person(
    res: _Resolution,
    title: Title,
    roles: tuple[str, ...],
    country: str | None,
    hits: list[AliasHit],
    assumed: bool = False,
) -> None:
    """The person a title names. ``assumed``: the title names no state and one state holds the
    office it names ("la secrétaire d'Etat X": the American foreign minister); a person the
    knowledge base does not know, who would hold it, holds another office of that name
    ("la secrétaire d'Etat Livia Leu", Swiss): of no state we know."""
    start, end = title.name_start or 0, title.name_end or 0
    found = [*hits, *(m for m in res.mentions if m.kind == "fuzzy")]  # "Recep Tayyip Erdo?an"
    person = next(
        (h for h in found if h.start >= start and h.end <= end and h.key.startswith("person:")),
        None,
    )
    if person is not None:
        res.add(start, end, person.key, "name", () if _foreign(res, person.key, country) else roles)
        return
    if any(h.start < end and start < h.end for h in hits):
        return  # the "name" is a state or an organisation: "le président de la Commission, ..."
    name = res.text[start:end]
    key = res.person_named(name) or _spelled(res, name, country) or f"new:{name}"
    if key.startswith("new:") and assumed:
        country, roles = None, ()
    if key.startswith("new:"):
        is_org = (
            country is not None
            and res.kb.entities.get(country, None) is not None
            and res.kb.entities[country].is_body
        )
        entity = Entity(None, name, "person", None if is_org else country, country, (name,))
        res.entities.setdefault(key, entity)
    res.add(start, end, key, "title", roles)


def _foreign(res: _Resolution, key: str, country: str | None) -> bool:
    """Whether a KB person is of another state than the one a title before the name names ("Le roi de
    Jordanie à Rome, Meloni promet ..."): the name opens another clause, the office is not his."""
    entity, state = res.kb.entities.get(key), res.kb.entities.get(country or "")
    if entity is None or state is None or state.type != "state":
        return False
    return entity.country not in (None, country)


def _spelled(res: _Resolution, name: str, country: str | None) -> str | None:
    """The KB person a name spells in another transliteration, acting for the title's state
    (or, when the title names none, for a state the story names)."""
    states = {country} if country else {*res.states(), res.home}
    return person_by_spelling(name, states - {None}, res.lang)


def _offices(res: _Resolution, key: str) -> set[str]:
    """Every office a person holds: in the KB, or as the document's titles say."""
    kb = {o.role for o in res.entities[key].offices}
    return kb | {r for m in res.mentions if m.key == key for r in m.roles}


def _of_kind(offices: set[str], kinds: tuple[str, ...]) -> bool:
    """Whether one of these offices is of a kind a title names ("minister" covers "minister of
    foreign affairs")."""
    return any(o == k or o.startswith(f"{k} ") for o in offices for k in kinds)


def _described_person(
    res: _Resolution,
    title: Title,
    roles: tuple[str, ...],
    country: str | None,
    pointers: tuple[str, ...] = (),
) -> None:
    """ "le chef de la diplomatie russe": the person of that country the document names.

    Without a country ("le ministre"), the title refers back to a person named before it (see
    ``_named_before``); a plural one names no one person: "les deux ministres" no one, "les
    dirigeants de l'Égypte" their state.
    """
    if is_plural(res.text[title.start : title.end], res.lang):
        if country is not None:
            res.add(title.start, title.end, country, "title", ())
        return
    kinds = covered_roles(roles, res.lang)
    if country is None:
        chosen = _named_before(res, title, roles, kinds, pointers)
        if chosen := chosen or _named_in_lead(res, title, kinds):
            res.add(title.start, title.end, chosen, "title", roles)
        return
    candidates = [
        k
        for k, e in res.persons().items()
        if (e.country == country or _serves(e, _code(res, country), kinds))
        and (not roles or not e.offices or _of_kind({o.role for o in e.offices}, kinds))
    ]  # "le ministre qatari" is not the emir, whatever else the text says of Qatar
    preferred = [k for k in candidates if set(kinds) & {o.role for o in res.entities[k].offices}]
    elect = is_elect(res.text[title.start : title.end], res.lang)  # "le président élu des
    preferred = [k for k in preferred if _in_office(res, k) != elect] or preferred  # Etats-Unis"
    chosen = (preferred or candidates or [None])[0]
    if chosen is not None:
        res.add(title.start, title.end, chosen, "title", roles)
    elif country is not None:
        res.add(title.start, title.end, country, "title", ())


def _named_before(
    res: _Resolution,
    title: Title,
    roles: tuple[str, ...],
    kinds: tuple[str, ...],
    pointers: tuple[str, ...],
) -> str | None:
    """The person a title with no country refers back to, among those named before it who hold
    its offices ("le Souverain") or are of the kind it points at ("le ministre": a minister, not
    the president named since), in office on the publication date where the base knows: the most
    named; of equals, the first for an office, the latest for a pointer. "son homologue" is of
    another state than the person whose counterpart it is, and holds one of that person's offices
    where someone named before does."""
    before = _persons_before(res, title, kinds)
    if not roles:
        before = [m for m in before if _of_kind(_offices(res, m.key), pointers)] or before
    if COUNTERPART in pointers and (owner := _possessor(res, title, before)):
        side, offices = res.entities[owner].country, _offices(res, owner)
        before = [m for m in before if res.entities[m.key].country != side]
        before = [m for m in before if _offices(res, m.key) & offices] or before
    words = res.text[title.start : title.end]
    if is_elect(words, res.lang):  # "le président élu": not yet
        before = [m for m in before if not _in_office(res, m.key)] or before
    else:
        before = [m for m in before if _in_office(res, m.key)] or before
    if is_leaving(words, res.lang):  # "le président sortant": his term ends next
        before = [m for m in before if _leaving(res, m.key)] or before
    counts = Counter(m.key for m in before)
    best = max(before, key=lambda m: (counts[m.key], -m.start if roles else m.start), default=None)
    return best.key if best else None


def _named_in_lead(res: _Resolution, title: Title, kinds: tuple[str, ...]) -> str | None:
    """The person a headline's title with no country stands for ("SM le Roi s'entretient au
    téléphone avec ..."): the first the lead names who holds its office ("Sa Majesté le Roi
    Mohammed VI a eu ce jeudi un entretien ...")."""
    headline = res.text.find("\n")
    if not kinds or headline < title.end:
        return None
    persons = res.persons()
    lead = (
        m
        for m in sorted(res.mentions, key=lambda m: m.start)
        if headline < m.start < headline + LEAD_REACH
        and m.key in persons
        and set(kinds) & _offices(res, m.key)
    )
    return next((m.key for m in lead), None)


def _in_office(res: _Resolution, key: str) -> bool:
    """Whether a person may hold an office on the publication date: unknown when the date or the
    person's terms are ("son homologue" is no "ancien président" of the KB)."""
    entity = res.entities[key]
    return res.on is None or not entity.offices or entity.office_on(res.on) is not None


def _leaving(res: _Resolution, key: str) -> bool:
    """Whether a person's office on the publication date ends within LEAVING_REACH after it."""
    office = res.entities[key].office_on(res.on) if res.on else None
    return bool(office and office.end and office.end - res.on <= LEAVING_REACH)


def _possessor(res: _Resolution, title: Title, before: list[ActorMention]) -> str | None:
    """The person whose counterpart is told ("Macky Sall a accueilli son homologue"): the last
    person named before, if in the same sentence."""
    if not before or _SENTENCE_BREAK.search(res.text, before[-1].end, title.start):
        return None
    return before[-1].key


def _code(res: _Resolution, key: str) -> str:
    """The code a body acts under: the European Council's is the EU's."""
    entity = res.kb.entities.get(key)
    return entity.code if entity and entity.code else key


def _serves(person: Entity, body: str, kinds: tuple[str, ...]) -> bool:
    """Whether a person holds, at some time, an office of that kind for a body other than their
    own country: "le président du Conseil européen" of a story naming Charles Michel."""
    return bool(kinds) and any(
        body in (o.org, o.country) and _of_kind({o.role}, kinds) for o in person.offices
    )


@cache
def _person_aliases(lang: str) -> dict[str, str]:
    """Folded alias -> person key, for fuzzy matching."""
    kb = load_kb(lang)
    return {fold(a): key for key, e in kb.entities.items() if e.type == "person" for a in e.aliases}


def _fuzzy_names(res: _Resolution, damaged: tuple[int, ...]) -> None:
    """Names with a lost character ("Sergue? Lavrov"): the closest person alias, if close enough."""
    people = _person_aliases(res.lang) if damaged else {}
    for offset in damaged:
        span = _damaged_span(res.text, offset)
        if span is None:
            continue
        candidate = fold(res.text[span[0] : span[1]]).replace("?", "")
        best = process.extractOne(
            candidate, list(people), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD
        )
        if best:
            res.mentions[:] = [
                m for m in res.mentions if not (m.start < span[1] and span[0] < m.end)
            ]
            res.add(span[0], span[1], people[best[0]], "fuzzy")


def _damaged_span(text: str, offset: int) -> tuple[int, int] | None:
    """The capitalised name around a damaged character: its word and the next capitalised one."""
    start = offset
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-'"):
        start -= 1
    if not text[start : start + 1].isupper():
        return None
    return read_name(text, start)


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
SENTENCE_WINDOW = 400  # characters back to look for the start of a title's sentence


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding a position begins, as far as its punctuation tells."""
    window = max(0, position - SENTENCE_WINDOW)
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, window, position)]
    return ends[-1] if ends else window


COUNTERPART = "counterpart"  # the pointer of "son homologue"
_NEXT_NAME = re.compile(r"[ -][A-ZÀ-Þ][a-zà-ÿ]")
_PREVIOUS_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+[ -]$")


def _inside_other_name(text: str, start: int, end: int) -> bool:
    """A lone surname or city alias that a capitalised word follows or precedes belongs to another
    name, unless that word is a title ("le Président Abbas") or starts the sentence."""
    if _NEXT_NAME.match(text, end):
        return True
    before = _PREVIOUS_NAME.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group().strip(" -")
    at_start = before.start() == 0 or text[before.start() - 2 : before.start()].strip() in (".", "")
    return not at_start and fold(word) not in _title_words()


def _paired(hit: AliasHit, surnames: list[AliasHit], text: str) -> bool:
    """Two surnames joined by a hyphen name a pair, not one person: "le sommet Biden-Poutine"."""
    return any(
        (other.end == hit.start - 1 or other.start == hit.end + 1)
        and text[min(other.end, hit.end) : max(other.start, hit.start)] == "-"
        for other in surnames
        if other.key != hit.key
    )


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w-]{2,}")


def _lone_name_words(res: _Resolution) -> None:
    """ "Kim a accepté l'invitation de Moon": one word of the name of a person the text names
    stands for that person, when it belongs to no other person named there and to no title."""
    owners: dict[str, set[str]] = {}
    for key, entity in res.persons().items():
        for token in _surname_tokens(entity, res.lang):
            owners.setdefault(token, set()).add(key)
    for match in _CAPITALISED.finditer(res.text):
        start, end = match.span()
        keys = owners.get(fold(match.group()), set())
        if (
            len(keys) == 1
            and fold(match.group()) not in _title_words()
            and not res.covered(start, end)
            and not _inside_other_name(res.text, start, end)
        ):
            res.add(start, end, next(iter(keys)), "surname")


def _nominal_demonyms(res: _Resolution, hits: list[AliasHit]) -> None:
    """ "l'Ukrainien dînait à l'Élysée", "c'est au Kremlin que le Hongrois avait été accueilli":
    a capitalised demonym after an article is the person of that state the text last named."""
    for hit in hits:
        written = res.text[hit.start : hit.end]
        if (
            hit.kind != "demonym"
            or not written[:1].isupper()
            or not after_article(res.text, hit.start, res.lang)
            or _NEXT_NAME.match(res.text, hit.end)  # "le Français Emmanuel Macron": a name follows
        ):
            continue
        persons = [
            m
            for m in res.mentions
            if m.start < hit.start
            and m.key in res.entities
            and res.entities[m.key].type == "person"
            and res.entities[m.key].country == hit.key
        ]
        if persons:
            latest = max(persons, key=lambda m: m.start)
            res.mentions[:] = [
                m for m in res.mentions if not (m.start == hit.start and m.end == hit.end)
            ]
            res.add(hit.start, hit.end, latest.key, "title", latest.roles)


def resolve_actors(
    text: str, damaged: tuple[int, ...] = (), lang: str = "fr", on: dt.date | None = None
) -> DocumentActors:
    """Find and resolve every actor mention of a normalised text; ``on``, the publication date
    when known, lets a title point at whoever held the office then."""
    kb = load_kb(lang)
    res = _Resolution(text, kb, lang, on)
    hits = find_aliases(text, lang)
    for hit in hits:
        if hit.kind == "metonym" and _inside_other_name(text, hit.start, hit.end):
            continue  # "Denzel Washington", "le Washington Post": a name that holds a capital's
        if "surname" not in hit.kind:
            res.add(hit.start, hit.end, hit.key, hit.kind)
    _fuzzy_names(res, damaged)
    titles = find_titles(text, lang)
    for title in titles:
        if title.name_start is not None:
            _title(res, title, hits)
    surnames = [h for h in hits if "surname" in h.kind]
    for hit in surnames:
        if not res.covered(hit.start, hit.end):
            if _inside_other_name(text, hit.start, hit.end) and not _paired(hit, surnames, text):
                continue  # "Abbas Kamel" is not Mahmoud Abbas
            key = res.person_named(text[hit.start : hit.end])
            if key or hit.kind == "surname":
                res.add(hit.start, hit.end, key or hit.key, "surname")
    _lone_name_words(res)
    _nominal_demonyms(res, hits)
    for start, end in find_honorifics(text, lang):
        key = res.person_named(text[start:end])
        if key and not res.covered(start, end):
            res.add(start, end, key, "honorific")
    for title in titles:
        if title.name_start is None:
            _title(res, title, hits)
    _hosts(res)
    return DocumentActors(_merge(res.mentions), dict(res.entities), lang)


@cache
def _host_words(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_json(lang, "titles.json")["hosts"])
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w-])", re.IGNORECASE)


def _hosts(res: _Resolution) -> None:
    """ "Le président Faye a remercié son hôte": the counterpart of the person its sentence names
    before it, the one of another state the text has named most so far. Without such a subject
    ("Souhaitant la bienvenue à son hôte, le dirigeant vietnamien") it stands for no one."""
    persons = res.persons()
    for match in _host_words(res.lang).finditer(res.text):
        opens = max(res.text.rfind(".", 0, match.start()), res.text.rfind("\n", 0, match.start()))
        before = [m for m in res.mentions if m.key in persons and m.end <= match.start()]
        subjects = [m for m in before if m.start > opens]
        home = persons[subjects[-1].key].country if subjects else None
        others = [m.key for m in before if persons[m.key].country not in (None, home)]
        after = _apposed_to_host(res, match.end())
        if after is not None:  # "son hôte italienne": that state's; "son hôte, Giorgia Meloni":
            told = res.entities[after.key]  # the name itself, no one else
            named = after.kind == "demonym" or told.type == "state"
            others = [k for k in others if named and persons[k].country == told.country]
        if home is not None and others:
            res.add(match.start(), match.end(), max(others, key=others.count), "title")


def _apposed_to_host(res: _Resolution, end: int) -> ActorMention | None:
    """The mention set beside a host word: "son hôte italienne", "son hôte, Giorgia Meloni",
    "son hôte, le président kazakh X" (a comma and a few words), not "son hôte et le président"."""
    after = min(
        (m for m in res.mentions if end <= m.start <= end + HOST_APPOSITION),
        key=lambda m: m.start,
        default=None,
    )
    if after is None:
        return None
    gap = res.text[end : after.start]
    return after if len(gap) <= 2 or _APPOSITION.fullmatch(gap) else None


_APPOSITION = re.compile(r",\s*(?:[^\W\d_][\w'’-]*\s+){0,3}")


def _merge(mentions: list[ActorMention]) -> tuple[ActorMention, ...]:
    """One mention per span and actor, with every role the text gives it there."""
    merged: dict[tuple[int, int, str], ActorMention] = {}
    for m in mentions:
        key = (m.start, m.end, m.key)
        if key in merged:
            roles = tuple(dict.fromkeys(merged[key].roles + m.roles))
            merged[key] = ActorMention(m.start, m.end, m.key, merged[key].kind, roles)
        else:
            merged[key] = m
    return tuple(sorted(merged.values(), key=lambda m: (m.start, m.end)))
