"""Alias matching over accent- and case-folded text, offsets kept in the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from entente.kb import KnowledgeBase, load_kb
from entente.lang import load_json
from entente.normalise.fold import fold

WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


@dataclass(frozen=True)
class AliasHit:
    """An alias of a KB entity found in the text."""

    start: int
    end: int
    key: str
    kind: str  # name, surname, shared-surname, demonym, prefix, metonym
    alternatives: tuple[str, ...] = ()  # other entities with this alias ("Bruxelles": EU, Belgium)


def _alias_kinds(kb: KnowledgeBase) -> dict[str, list[tuple[str, str, str]]]:
    """Folded alias -> [(entity key, kind, alias as written)]."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for key, entity in kb.entities.items():
        kinds = [("name", a) for a in entity.aliases]
        kinds += [("demonym", a) for a in entity.demonyms]
        kinds += [("prefix", a) for a in entity.prefixes]
        kinds += [("metonym", a) for a in entity.metonyms]
        for kind, alias in kinds:
            if entity.type == "person" and kind == "name" and " " not in alias.strip():
                kind = "surname"
            folded = fold(alias.strip())
            if len(folded) >= 2:
                table.setdefault(folded, []).append((key, kind, alias.strip()))
    for folded, entries in table.items():
        persons = {key for key, kind, _ in entries if kind == "surname"}
        if len(persons) > 1:  # "Kim", "Wang": only coreference can tell which person is meant
            table[folded] = [
                (k, "shared-surname" if kind == "surname" else kind, w) for k, kind, w in entries
            ]
    return table


@cache
def alias_automaton(lang: str = "fr") -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for folded, entries in _alias_kinds(load_kb(lang)).items():
        automaton.add_word(folded, (folded, tuple(entries)))
    automaton.make_automaton()
    return automaton


def _bounded(folded: str, start: int, end: int, kind: str) -> bool:
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    if before in WORD_CHARS:
        return False
    if kind == "prefix":
        return after == "-"
    return after not in WORD_CHARS


def _case_ok(
    original: str, written: str, kind: str, ambiguous: frozenset[str], lang: str = "fr"
) -> bool:
    """Acronyms must be upper case; proper names must be capitalised, past a title the language
    writes in lower case ("le sultan Ibrahim"); ambiguous names are skipped."""
    if written in ambiguous:
        return False
    if written.isupper() and len(written) <= 6:
        return original == original.upper()
    if kind in ("name", "surname", "shared-surname", "metonym") and written[:1].isupper():
        title, _, rest = original.partition(" ")
        lowered = rest and fold(title) in _lowercase_titles(lang)
        return original[:1].isupper() or bool(lowered and rest[:1].isupper())
    return True


@cache
def _lowercase_titles(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_json(lang, "kb/contexts.json")["lowercase_titles"])


@cache
def _contexts(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    data = load_json(lang, "kb/contexts.json")
    return (
        tuple(
            fold(w) + ("" if w.endswith("'") else " ")
            for w in (*data["patronymics"], *data["not_after"])
        ),
        tuple(data["byline"]),
        tuple(" " + fold(w) for w in data.get("not_before", [])),
    )


_OUTLET_PREFIX = re.compile(r"^[\w .'-]{1,30}\s*[/|]\s*")


def byline_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of lines that are bylines or credits: nothing on them is an actor."""
    starts = _contexts(lang)[1]
    spans, offset = [], 0
    for line in text.split("\n"):
        bare = _OUTLET_PREFIX.sub("", line.strip())  # "OLJ / Par Rania Khoury, le 19 mai 2023"
        if bare.startswith(starts) and len(line) < 160:
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _in_context(folded: str, start: int, lang: str) -> bool:
    """ "avenue de Moscou", "fleuve Niger", "Tour de France": the name names no actor here."""
    before = folded[max(0, start - 30) : start]
    return before.endswith(_contexts(lang)[0])


@cache
def _compound(lang: str) -> re.Pattern[str]:
    heads = "|".join(
        re.escape(fold(w)) for w in load_json(lang, "kb/contexts.json")["compound_heads"]
    )
    return re.compile(rf"(?<![\w-])(?:{heads})-$")


def _in_compound(folded: str, start: int, kind: str, lang: str) -> bool:
    """ "sud-américaine", "latino-américain": the demonym is half of another word."""
    return kind == "demonym" and bool(_compound(lang).search(folded, max(0, start - 12), start))


def _in_region(folded: str, end: int, kind: str, lang: str) -> bool:
    """ "la région indo-pacifique": the prefix names a region with the word after it, no state."""
    if kind != "prefix":
        return False
    tails = load_json(lang, "kb/contexts.json")["compound_tails"]
    return any(folded.startswith("-" + fold(w), end) for w in tails)


def _in_longer_name(folded: str, end: int, lang: str) -> bool:
    """ "Conseil de sécurité nationale": an organisation's name goes on into another body's."""
    after = folded[end : end + 20]
    return any(
        after.startswith(w) and after[len(w) : len(w) + 1] in ("", " ", ",", ".")
        for w in _contexts(lang)[2]
    )


def find_aliases(text: str, lang: str = "fr") -> list[AliasHit]:
    """Every alias occurrence, longest first where they overlap."""
    kb = load_kb(lang)
    folded = fold(text)
    bylines = byline_spans(text, lang)
    hits: list[AliasHit] = []
    for end_index, (alias, entries) in alias_automaton(lang).iter(folded):
        start, end = end_index - len(alias) + 1, end_index + 1
        if _in_context(folded, start, lang) or any(s <= start < e for s, e in bylines):
            continue
        valid = [
            (key, kind)
            for key, kind, written in entries
            if _bounded(folded, start, end, kind)
            and _case_ok(text[start:end], written, kind, kb.ambiguous, lang)
            and not (kb.entities[key].is_body and _in_longer_name(folded, end, lang))
            and not _in_compound(folded, start, kind, lang)
            and not _in_region(folded, end, kind, lang)
            and not (kind in ("surname", "shared-surname") and _name_goes_on(text, end, key, lang))
        ]
        if valid:
            keys = tuple(dict.fromkeys(key for key, _ in valid))
            hits.append(AliasHit(start, end, valid[0][0], valid[0][1], keys[1:]))
    return _shortened(_disambiguate(_longest(hits), kb), folded, kb)


TITLE_REACH = 12  # "le roi Abdallah II": the title just before a name


def _shortened(hits: list[AliasHit], folded: str, kb: KnowledgeBase) -> list[AliasHit]:
    """A person's name that opens the longer name of another person named before (with its
    title) is that person, shortened: "le roi Abdallah", after "le roi Abdallah II de Jordanie",
    is the king of Jordan, though the base knows "roi Abdallah" as the Saudi king; but "Idriss
    Déby" after "Mahamat Idriss Déby" is his father."""
    chosen: list[AliasHit] = []
    persons: list[AliasHit] = []  # the persons named so far, the latest last
    for hit in hits:
        if kb.entities[hit.key].type == "person":
            name = folded[hit.start : hit.end] + " "
            earlier = (
                h
                for h in reversed(persons)
                if h.key != hit.key
                and h.end - h.start > hit.end - hit.start
                and _opens(name, folded, h)
            )
            if (longer := next(earlier, None)) is not None:
                hit = AliasHit(hit.start, hit.end, longer.key, hit.kind, hit.alternatives)
            persons.append(hit)
        chosen.append(hit)
    return chosen


def _opens(name: str, folded: str, hit: AliasHit) -> bool:
    """Whether a folded name (and a space) opens the name of ``hit``, or its title before it
    and the name: it runs into the hit, not only through the words before it."""
    window = max(0, hit.start - TITLE_REACH)
    at = (folded[window : hit.end] + " ").find(name)
    return at >= 0 and window + at <= hit.start < window + at + len(name) - 1


_FOLLOWING_WORD = re.compile(r"[ \t]+([A-ZÀ-Þ][a-zß-ÿ][\w'’-]*)")


def _name_goes_on(text: str, end: int, key: str, lang: str) -> bool:
    """ "Abbas Kamel": a surname the KB knows, followed by a capitalised word that is no part of
    that person's names, is part of the longer name of someone else ("Kishida Fumio" is the
    surname first, and the person's)."""
    following = _FOLLOWING_WORD.match(text, end)
    return following is not None and fold(following.group(1)) not in _name_words(key, lang)


@cache
def _name_words(key: str, lang: str) -> frozenset[str]:
    entity = load_kb(lang).entities[key]
    return frozenset(fold(word) for name in (entity.name, *entity.aliases) for word in name.split())


def _disambiguate(hits: list[AliasHit], kb: KnowledgeBase) -> list[AliasHit]:
    """An alias shared by several entities goes to the state of the person it qualifies ("le
    président congolais Denis Sassou Nguesso" is of Brazzaville), else to the one the rest of the
    document names most: "Bruxelles" is Belgium beside "la Belgique", the EU beside "l'Union
    européenne"."""
    counts: dict[str, int] = {}
    for hit in hits:
        if not hit.alternatives:
            counts[hit.key] = counts.get(hit.key, 0) + 1
    chosen = []
    for i, hit in enumerate(hits):
        after = hits[i + 1] if i + 1 < len(hits) else None
        if hit.alternatives:
            keys = (hit.key, *hit.alternatives)
            best = _qualified(hit, after, keys, kb) or max(keys, key=lambda k: counts.get(k, 0))
            hit = AliasHit(hit.start, hit.end, best, hit.kind, hit.alternatives)
        chosen.append(hit)
    return chosen


def _qualified(
    hit: AliasHit, after: AliasHit | None, keys: tuple[str, ...], kb: KnowledgeBase
) -> str | None:
    """The state, among ``keys``, of the person named right after a demonym."""
    if hit.kind != "demonym" or after is None or after.start - hit.end > 1:
        return None
    country = kb.entities[after.key].country
    return country if kb.entities[after.key].type == "person" and country in keys else None


def _longest(hits: list[AliasHit]) -> list[AliasHit]:
    chosen: list[AliasHit] = []
    taken: set[int] = set()
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not taken.intersection(range(hit.start, hit.end)):
            chosen.append(hit)
            taken.update(range(hit.start, hit.end))
    return sorted(chosen, key=lambda h: h.start)
