"""CONSULT: calls, meetings, visits and talks, one event per interaction per document.

Each sentence yields at most one interaction mention, read from its strongest trigger; mentions of
the same interaction (same parties, same status, no disjoint persons) then merge into one event that
keeps every evidence sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from entente.actors import ActorMention
from entente.events.context import Analysis
from entente.events.lexicon import Lexicon, Trigger, folded
from entente.nlp import Sentence
from entente.time.event_dates import date_in

WINDOW_BEFORE, WINDOW_AFTER = 60, 40
LOCATION_PREPOSITIONS = re.compile(
    r"(?:\b[aà]|\bau|\ben|\baux|\bdans)\s+(?:l[ae']\s*)?$", re.IGNORECASE
)
STRONG = 0.7
LEAD_SENTENCES = 3


@dataclass(frozen=True)
class ConsultMention:
    """One sentence's account of an interaction."""

    sentence: Sentence
    index: int
    parties: tuple[str, ...]  # actor keys in order of appearance; persons where named
    mode: str | None
    status: str
    location: str | None
    location_country: str | None
    source: str | None  # the visitor or the caller, when the text says so
    date: str | None
    date_text: str | None
    weight: float
    anaphoric: bool = False


def _best_trigger(text: str, lex: Lexicon) -> tuple[Trigger, re.Match[str]] | None:
    blocked = [(m.start(), m.end()) for m in lex.blockers.finditer(text)]
    found = []
    for trigger in lex.consult:
        for match in trigger.pattern.finditer(text):
            if not any(s - 40 <= match.start() <= e for s, e in blocked):
                found.append((trigger, match))
    if not found:
        return None
    return max(found, key=lambda tm: (tm[0].weight, -tm[1].start()))


def _window(text: str, match: re.Match[str]) -> str:
    return text[max(0, match.start() - WINDOW_BEFORE) : match.end() + WINDOW_AFTER]


def _status(text: str, match: re.Match[str], lex: Lexicon) -> str | None:
    """``None`` when the interaction is negated, hypothetical, cancelled or generic history."""
    window = _window(text, match)
    if any(p.search(window) for p in (lex.negation, lex.hypothetical, lex.cancelled, lex.generic)):
        return None
    return "planned" if lex.planned.search(window) else "occurred"


def _mode(text: str, trigger: Trigger, match: re.Match[str], lex: Lexicon) -> str | None:
    if trigger.mode in ("phone", "video"):
        return trigger.mode
    cues = [
        (m.start(), mode)
        for mode, p in lex.mode_cues.items()
        if mode in ("phone", "video")
        for m in p.finditer(_window(text, match))
    ]
    if cues:
        return min(cues)[1]
    if trigger.mode == "visit" or lex.mode_cues["visit"].search(text):
        return "visit"
    return "third-party" if lex.mode_cues["third-party"].search(text) else None


def _split_places(
    analysis: Analysis, sentence: Sentence
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Capitals after "à" are where a meeting happens, not a party to it."""
    parties, places = [], []
    text = analysis.doc.text
    for mention in analysis.mentions_in(sentence):
        before = text[max(sentence.start, mention.start - 8) : mention.start]
        is_place = mention.kind == "metonym" and LOCATION_PREPOSITIONS.search(before)
        (places if is_place else parties).append(mention)
    return parties, places


def _parties(analysis: Analysis, mentions: list[ActorMention]) -> tuple[str, ...]:
    """One key per country: the person where one is named, else the state or organisation.

    When persons of two countries or more are named, they are the parties: the states and
    organisations around them are topics ("a félicité la partie russe pour le sommet des BRICS").
    """
    people = [m for m in mentions if analysis.actors.entities[m.key].type == "person"]
    if len({analysis.country(m.key) for m in people} - {None}) >= 2:
        mentions = people
    chosen: dict[str, str] = {}
    for mention in mentions:
        country = analysis.country(mention.key)
        if country is None:
            continue
        is_person = analysis.actors.entities[mention.key].type == "person"
        if country not in chosen or (
            is_person and not chosen[country].startswith(("person:", "new:"))
        ):
            chosen[country] = mention.key
    return tuple(chosen.values())


def _has_persons(analysis: Analysis, parties: tuple[str, ...]) -> bool:
    return sum(analysis.actors.entities[k].type == "person" for k in parties) >= 2


def _location(analysis: Analysis, places: list[ActorMention]) -> tuple[str | None, str | None]:
    for place in places:
        entity = analysis.actors.entities[place.key]
        if entity.capital and folded(analysis.doc.text[place.start : place.end]) in {
            folded(m) for m in entity.metonyms
        }:
            return entity.capital, entity.code
    return None, None


def _source(
    analysis: Analysis,
    parties: tuple[str, ...],
    trigger: Trigger,
    text: str,
    location_country: str | None,
    lex: Lexicon,
) -> str | None:
    """The visitor, or the caller, when the text makes it plain."""
    if location_country:
        guests = [k for k in parties if analysis.country(k) != location_country]
        if len(guests) == 1 and len(parties) == 2:
            return guests[0]
    caller = lex.caller.search(folded(text))
    if caller and len(parties) == 2:
        after = [
            k for k in parties if text.find(analysis.actor(k).name.split()[-1], caller.end()) >= 0
        ]
        return after[0] if len(after) == 1 else None
    if trigger.host_is_subject and len(parties) == 2:
        return parties[1]
    return parties[0] if parties else None


def consult_mention(analysis: Analysis, index: int, lex: Lexicon) -> ConsultMention | None:
    sentence = analysis.sentences[index]
    text = folded(sentence.text)
    best = _best_trigger(text, lex)
    if best is None:
        return None
    trigger, match = best
    status = _status(text, match, lex)
    if status is None:
        return None
    party_mentions, places = _split_places(analysis, sentence)
    parties = _parties(analysis, party_mentions)
    definite = bool(lex.definite.search(text))
    anaphoric = definite or bool(lex.groups.search(text))
    countries = {analysis.country(k) for k in parties} - {None}
    if len(countries) < 2 and not anaphoric:
        return None
    if trigger.needs_destination and not _destination(analysis, sentence, places, parties):
        return None
    if (
        trigger.weight < STRONG
        and len(countries) >= 2
        and not _has_persons(analysis, parties)
        and not anaphoric
    ):
        return None
    mode = _mode(text, trigger, match, lex)
    location, location_country = _location(analysis, places)
    mode = _refine_mode(mode, countries, location_country)
    date, date_text = date_in(
        _without_dateline(analysis, sentence), analysis.published, analysis.doc.language
    )
    source = _source(analysis, parties, trigger, sentence.text, location_country, lex)
    return ConsultMention(
        sentence,
        index,
        parties,
        mode,
        status,
        location,
        location_country,
        source,
        date,
        date_text,
        trigger.weight,
        anaphoric=len(countries) < 2 or (definite and not _has_persons(analysis, parties)),
    )


def _destination(
    analysis: Analysis, sentence: Sentence, places: list[ActorMention], parties: tuple[str, ...]
) -> bool:
    """ "s'est rendu à Ceuta" is no visit to Morocco: a trip is a visit when it goes to a party."""
    countries = {analysis.country(k) for k in parties}
    text = analysis.doc.text
    for mention in analysis.mentions_in(sentence):
        before = text[max(sentence.start, mention.start - 8) : mention.start]
        if LOCATION_PREPOSITIONS.search(before) and analysis.country(mention.key) in countries:
            return True
    return any(analysis.country(p.key) in countries for p in places)


def _without_dateline(analysis: Analysis, sentence: Sentence) -> str:
    """The sentence with a leading dateline blanked out: it dates the article, not the event."""
    line = analysis.dateline
    if line and sentence.text.startswith(line):
        return " " * len(line) + sentence.text[len(line) :]
    return sentence.text


def _refine_mode(
    mode: str | None, countries: set[str | None], location_country: str | None
) -> str | None:
    if mode in ("phone", "video"):
        return mode
    if len(countries) > 2:
        return "multilateral"
    if location_country and location_country in countries:
        return "visit"
    if location_country:
        return "third-party"
    return mode


def _compatible(a: ConsultMention, b: ConsultMention, analysis: Analysis) -> bool:
    if b.anaphoric:
        return True  # "la rencontre", "les entretiens": the interaction already reported
    if a.status != b.status:
        return False
    ca = {analysis.country(k) for k in a.parties}
    cb = {analysis.country(k) for k in b.parties}
    if ca != cb:
        return False
    pa = {k for k in a.parties if k.startswith(("person:", "new:"))}
    pb = {k for k in b.parties if k.startswith(("person:", "new:"))}
    return not (pa and pb and not pa & pb)


def merge_mentions(
    mentions: list[ConsultMention], analysis: Analysis
) -> list[list[ConsultMention]]:
    """Group mentions of one interaction; an anaphoric mention joins the latest compatible group."""
    groups: list[list[ConsultMention]] = []
    for mention in mentions:
        target = next((g for g in reversed(groups) if _compatible(g[0], mention, analysis)), None)
        if target is not None:
            target.append(mention)
        elif not mention.anaphoric:
            groups.append([mention])
    return groups


def lead_date(analysis: Analysis) -> tuple[str | None, str | None]:
    """The date of a news lead: the first sentences' date is the date of what they report."""
    for sentence in analysis.sentences[:LEAD_SENTENCES]:
        date, text = date_in(
            _without_dateline(analysis, sentence), analysis.published, analysis.doc.language
        )
        if text:
            return date, text
    return None, None


def with_salient_pair(mention: ConsultMention, analysis: Analysis) -> ConsultMention | None:
    """An anaphoric mention alone ("lors de la rencontre") takes the two persons the document is about."""
    counts: dict[str, int] = {}
    for m in analysis.actors.mentions:
        if analysis.actors.entities[m.key].type == "person":
            counts[m.key] = counts.get(m.key, 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    pair: list[str] = []
    for key in ranked:
        if analysis.country(key) not in {analysis.country(k) for k in pair}:
            pair.append(key)
    if len(pair) != 2:
        return None
    return replace(mention, parties=tuple(pair), source=pair[0], anaphoric=False)
