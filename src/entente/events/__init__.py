"""The events stage: interactions and statements, each tied to the sentences that state it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from entente.events.codes import CONSULT_CODES
from entente.events.consult import (
    REMOTE,
    ConsultMention,
    at_body_summit,
    at_home,
    attendance,
    calls_off,
    consult_mention,
    fullest,
    lead_date,
    lead_tells,
    merge_mentions,
    named_person,
    one_city,
    story_place,
    with_companions,
)
from entente.events.context import Analysis
from entente.events.lexicon import Lexicon, folded, load_lexicon
from entente.events.statements import PartiesAt, statement_events
from entente.kb.places import Place, dateline_place
from entente.records import Actor, EventRecord, Evidence
from entente.time.calendar import period_end
from entente.time.event_dates import ahead_of, names_span, on_or_before, writes_year

__all__ = ["Analysis", "extract_events"]


def _evidence(mentions: list[ConsultMention]) -> tuple[Evidence, ...]:
    seen = dict.fromkeys((m.sentence.text, m.sentence.start, m.sentence.end) for m in mentions)
    return tuple(Evidence(*item) for item in seen)


def _first(values: list):
    return next((v for v in values if v is not None), None)


def _after(date: str | None, published: dt.date | None) -> bool:
    return date is not None and published is not None and dt.date.fromisoformat(date) > published


def _went_on(group: list[ConsultMention], analysis: Analysis) -> bool:
    """Whether the sentence after an interaction's last account, in its paragraph, says it went
    on to later days ("avaient entamé samedi leurs pourparlers ... . Les échanges se sont
    poursuivis dimanche et lundi"): talks over days, which no one day dates."""
    after = group[-1].index + 1
    if after >= len(analysis.sentences) or not analysis.one_paragraph(after - 1, after):
        return False
    lex = load_lexicon(analysis.doc.language)
    return lex.went_on.search(folded(analysis.sentences[after].text)) is not None


def _consult_event(
    group: list[ConsultMention], analysis: Analysis, cities: dict[str, set[str]]
) -> EventRecord:
    told = [m for m in group if not m.anaphoric] or group
    head = fullest(told)
    mode = (
        head.mode
        or _first([m.mode for m in told if m.mode != "visit"])
        or _first([m.mode for m in told])
        or _first([m.mode for m in group if m.mode in REMOTE])
    )  # "le nouvel entretien téléphonique": a later mention may say how they met
    date_mention = _dated(group)
    date, date_text = (date_mention.date, date_mention.date_text) if date_mention else (None, None)
    in_lead = lead_tells(analysis, [m.index for m in group])
    if date_text is None and in_lead and head.status == "occurred" and not _spread(group, analysis):
        date, date_text = lead_date(analysis, group[0].index)  # the lead's date is its events'
    status = head.status
    if status == "occurred" and _went_on(group, analysis):
        date, date_text = None, None  # talks over days have no one day
    if status == "occurred":
        date = on_or_before(date, date_text, analysis.published)
        if _after(date, analysis.published):
            status = "planned"  # "doit s'adresser ..., avant de se rendre jeudi": yet to come
    if status == "planned":
        date = ahead_of(date, date_text, analysis.published)
    participants = tuple(analysis.actor(k) for k in head.parties)
    source_key = head.source or head.parties[0]
    target_key = next((k for k in head.parties if k != source_key), None)  # None: one body meets
    location = None if mode in REMOTE else _place(told, group, cities, analysis)
    countries = {analysis.country(k) for k in head.parties}
    if location is None and (
        place := _place_before(told, mode, countries, analysis)
        or _story_location(mode, countries, analysis)
    ):
        mode = mode or ("visit" if at_home(analysis, place, countries) else "third-party")
        location = place.name
        if mode == "visit" and analysis.country(source_key) == place.country:
            source_key, target_key = target_key, source_key  # the visitor first
    cameo, goldstein = CONSULT_CODES[mode]
    confidence = min(0.99, max(m.weight for m in group) * (0.85 + 0.05 * len(group)))
    return EventRecord(
        doc=analysis.doc.id,
        event_type="CONSULT",
        mode=mode,
        status=status,
        source=analysis.actor(source_key),
        target=analysis.actor(target_key) if target_key else None,
        participants=participants,
        speaker=None,
        date=date,
        date_text=date_text,
        location=location,  # in person only
        cameo=cameo,
        goldstein=goldstein,
        evidence=_evidence(group),
        confidence=round(confidence, 2),
    )


def _spread(group: list[ConsultMention], analysis: Analysis) -> bool:
    """Whether an account tells its meeting over days no number bounds ("Ces derniers jours, X
    s'était entretenu avec A"): on no one day, neither the lead's nor a sibling's."""
    return any(names_span(m.sentence.text, analysis.doc.language) for m in group)


def _dated(group: list[ConsultMention]) -> ConsultMention | None:
    """The account that dates the interaction: the first that gives a date, or, when a stay's
    accounts give two days ("arrivé dimanche soir", "s'est entretenu lundi avec"), the one that
    names the most persons, the meeting rather than the arrival."""
    dated = [m for m in group if m.date_text]
    if len({m.date for m in dated}) > 1:
        return fullest(dated)
    return dated[0] if dated else None


def _place(
    told: list[ConsultMention],
    group: list[ConsultMention],
    cities: dict[str, set[str]],
    analysis: Analysis,
) -> str | None:
    """Where the first account that says so places the meeting; a state only until another
    account names a city of it ("en visite au Japon", then "se sont entretenus jeudi à Tokyo"),
    or, failing that, until the document places its meetings in that state in one city only
    ("une visite de deux jours en Iran", the other meeting "à Téhéran"), or the story does
    ("Costa à Luanda" above "en visite officielle en Angola")."""
    first = next((m.place for m in told if m.place), None)
    if first is None or not first.is_country:
        return first and first.name
    named = (m.place for m in group if m.place and not m.place.is_country)
    if city := next((p.name for p in named if p.country == first.country), None):
        return city
    only = cities.get(first.country or "", set())
    if len(only) == 1:
        return next(iter(only))
    story = story_place(analysis, {first.country}) if first.country else None
    return (story or first).name


def _cities(mentions: list[ConsultMention]) -> dict[str, set[str]]:
    """The cities a document's accounts place meetings in, by state."""
    cities: dict[str, set[str]] = {}
    for m in mentions:
        if m.place and not m.place.is_country and m.place.country:
            cities.setdefault(m.place.country, set()).add(m.place.name)
    return cities


def _place_before(
    told: list[ConsultMention], mode: str | None, countries: set[str], analysis: Analysis
) -> Place | None:
    """The one city the sentence before names, in its paragraph, when it lies in a party's state:
    "Le 7 septembre, c'est à Doha que l'avion s'est posé. L'émir a reçu le général." """
    first = told[0].index
    if mode in REMOTE or first == 0 or not analysis.one_paragraph(first - 1, first):
        return None
    place = one_city(analysis.places_in(analysis.sentences[first - 1]))
    return place if place and place.country in countries else None


def _story_location(mode: str | None, countries: set[str], analysis: Analysis) -> Place | None:
    """Where the story is, for a meeting in person no account places: for a visit or a meeting
    told without a mode, the one city of a party's state that the headline, dateline or lead
    name ("Plus tôt, il s'était entretenu avec son homologue"); else, or failing that, the one
    city the headline names ("Le sommet de l'OTAN s'ouvre à Madrid"), and for a meeting on the
    sidelines of a gathering the dateline's ("En marge du sommet, X s'est entretenu avec Y")."""
    if mode in REMOTE:
        return None
    if mode == "visit":
        return story_place(analysis, countries)
    if mode is None:
        return story_place(analysis, countries) or story_place(analysis)
    return story_place(analysis) or dateline_place(analysis.doc.text, analysis.doc.language)


BACKGROUND_DAYS = 60  # older than this at publication, an interaction is told as background
VISIT_DAYS = 7  # how long a visit lasts, at most, for a meeting to be part of it
# "la rencontre n'aura pas lieu" calls off what the two sentences before it planned
CALLED_OFF_REACH = 3


def _party(actor: Actor | None) -> str | None:
    return actor.party if actor else None


def _within_visit(a: str | None, b: str | None) -> bool:
    """Whether two days may be of one visit: a week apart at most, or one of them not told."""
    if a is None or b is None:
        return True
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= VISIT_DAYS


def _part_of_visit(event: EventRecord, visit: EventRecord) -> EventRecord | None:
    """``event`` recoded as a meeting of ``visit``, if it is one: a meeting told without a mode,
    between the visitor's and the host's states, within the days of the visit or on no day told
    (the ministers who came along); where it says no place, the visit's."""
    parties = {_party(a): a for a in event.participants}
    visitor, host = _party(visit.source), _party(visit.target)
    if event.mode or set(parties) != {visitor, host} or not _within_visit(event.date, visit.date):
        return None
    cameo, goldstein = CONSULT_CODES["visit"]
    return replace(
        event,
        mode="visit",
        source=parties[visitor],
        target=parties[host],
        location=event.location or visit.location,
        cameo=cameo,
        goldstein=goldstein,
    )


def _during_visits(events: list[EventRecord]) -> list[EventRecord]:
    """ "Jeudi, le président Macron s'entretiendra avec le chef du gouvernement", told during a
    visit to Tunisia, is a meeting of that visit."""
    visits = [e for e in events if e.mode == "visit" and e.source and e.target]
    return [
        next((v for visit in visits if (v := _part_of_visit(event, visit))), event)
        for event in events
    ]


def _mentions(analysis: Analysis, lex: Lexicon) -> list[ConsultMention]:
    """Every sentence's interactions; a sentence telling who attended a gathering ("Y et Z y ont
    pris part") adds them to the gathering's mention and is one more evidence of it."""
    present = attendance(analysis, lex)
    mentions: list[ConsultMention] = []
    for i in range(len(analysis.sentences)):
        gathering = present.told_in.get(i)
        if gathering is None:
            for mention in consult_mention(analysis, i, lex, present.attendees.get(i, ())):
                previous = mentions[-1] if mentions else None
                mentions.extend(
                    with_companions(mention, previous, analysis) if previous else [mention]
                )
            continue
        told = next((m for m in mentions if m.index == gathering), None)
        if told is not None:
            mentions.append(replace(told, sentence=analysis.sentences[i], index=i, anaphoric=True))
    return mentions


def _called_off(mention: ConsultMention, analysis: Analysis, lex: Lexicon) -> bool:
    """Whether a planned meeting is called off in the sentences just after it ("la rencontre
    n'aurait pas lieu"): those sentences are read again only then."""
    if mention.status != "planned":
        return False
    after = range(mention.index + 1, min(mention.index + CALLED_OFF_REACH, len(analysis.sentences)))
    return any(calls_off(analysis, i, lex) for i in after)


def _two_parties(group: list[ConsultMention], analysis: Analysis) -> bool:
    """A CONSULT has two parties or more (EVENTS.md): an organisation's summit with no one named
    as present states no interaction."""
    return max(len({analysis.country(k) for k in m.parties} - {None}) for m in group) >= 2


def _background(mention: ConsultMention, analysis: Analysis) -> bool:
    """An interaction the text places months before it was published ("s'était rendue au Mali
    en octobre 2016", "lors de sa visite de décembre 2018") is background to the news, told in
    passing: not an event of the document (its own article reported it), nor the same as one
    the document reports. One told with its day and year between two persons the text names
    ("Le 17 mars 2017, Donald Trump avait reçu Angela Merkel à la Maison-Blanche") is a fact
    the document states in full, and an event of it."""
    time = mention.date or mention.period
    if time is None or analysis.published is None or mention.status != "occurred":
        return False
    if (analysis.published - period_end(time)).days <= BACKGROUND_DAYS:
        return False
    return not (_told_in_full(mention) and sum(map(named_person, mention.parties)) >= 2)


def _told_in_full(mention: ConsultMention) -> bool:
    """Whether the text gives the interaction's day with its year ("le 23 mai 2018")."""
    return bool(mention.date and len(mention.date) == 10 and writes_year(mention.date_text))


def _gathering_to_come(event: EventRecord, group: list[ConsultMention], analysis: Analysis) -> bool:
    """A summit yet to come: who will sit at it the text does not say (a traveller, the host,
    the organisation), and a wrong set of participants is worse than none. The meetings planned
    on its sidelines are events, and so is the next meeting of those who met ("les quatre
    dirigeants sont convenus de se retrouver") and a meeting of persons each named or described
    ("X et le dirigeant azerbaïdjanais seront reçus par Z"), unless at a summit of others ("au
    sommet du G7")."""
    if event.status != "planned":
        return False
    if any(at_body_summit(analysis, m) for m in group if not m.anaphoric):
        return True  # "Les deux hommes se retrouveront samedi à Biarritz pour le sommet du G7"
    if event.mode != "multilateral":
        return False
    if any(a.type == "organization" for a in event.participants):  # "au sommet du G7"
        return True
    described = {  # "le dirigeant azerbaïdjanais" whom the knowledge base does not name
        m.key
        for mention in group
        for m in analysis.mentions_in(mention.sentence)
        if m.kind == "title" and m.key in mention.parties
    }
    named = all(a.type == "person" or a.code in described for a in event.participants)
    return not (any(m.next_meeting for m in group) or named)


def consult_events(analysis: Analysis) -> tuple[list[EventRecord], PartiesAt]:
    """The interactions of a document, and where the parties of each are spoken of, after the
    document's main pair (the first interaction's, if it has two parties). A joint subject
    stands for at most as many parties as the language's group words count ("les quatre")."""
    lex = load_lexicon(analysis.doc.language)
    mentions = [m for m in _mentions(analysis, lex) if not _background(m, analysis)]
    mentions = [m for m in mentions if not _called_off(m, analysis, lex)]
    groups = [g for g in merge_mentions(mentions, analysis) if _two_parties(g, analysis)]
    main = groups[0][0].parties if groups and len(groups[0][0].parties) == 2 else ()
    most = max(lex.clauses.group_sizes.values())
    parties_at = (
        (-1, main),
        *(
            (mention.index, group[0].parties)
            for group in groups
            if 2 <= len(group[0].parties) <= most
            for mention in group
        ),
    )
    cities = _cities(mentions)
    built = [(group, _consult_event(group, analysis, cities)) for group in groups]
    events = [
        _sibling_day(event, group, built, analysis)
        for group, event in built
        if not _gathering_to_come(event, group, analysis) and not _stop_of_trip(event, built)
    ]
    return _during_visits(events), parties_at


def _stop_of_trip(
    event: EventRecord, built: list[tuple[list[ConsultMention], EventRecord]]
) -> bool:
    """ "M. Li doit ensuite se rendre à Hokkaido": a stop yet to come, in the state a traveller
    already met someone in within the days of a visit, that names no one to meet there, is a
    stop of that trip, not another interaction."""
    if event.status != "planned" or event.mode != "visit" or len(event.participants) != 2:
        return False
    traveller, host = event.participants
    if traveller.type != "person" or host.type == "person":
        return False
    return any(
        other is not event
        and other.mode not in REMOTE
        and traveller in other.participants
        and host.party in {_party(a) for a in other.participants}
        and any(m.place_country == host.party for m in group)
        and _within_visit(event.date, other.date)
        for group, other in built
    )


def _sibling_day(
    event: EventRecord,
    group: list[ConsultMention],
    built: list[tuple[list[ConsultMention], EventRecord]],
    analysis: Analysis,
) -> EventRecord:
    """ "M. X s'est entretenu avec A, puis avec B": meetings one trigger tells in turn, in one
    place, are on one day; an undated one, whose accounts name no time, takes its sibling's
    (not the stops of a tour: "les visites d'État en Indonésie et en Malaisie", nor calls
    spread over days: "Ces derniers jours, X s'était entretenu avec A, ainsi qu'avec B")."""
    if event.date or any(m.date_text or m.period for m in group) or _spread(group, analysis):
        return event
    told = {(m.index, m.trigger) for m in group}
    for other_group, other in built:
        if (
            other is not event
            and other.date
            and (other.status, other.location) == (event.status, event.location)
            and told & {(m.index, m.trigger) for m in other_group}
        ):
            return replace(event, date=other.date, date_text=other.date_text)
    return event


def extract_events(analysis: Analysis) -> tuple[EventRecord, ...]:
    """Every event of a document: its interactions first, then its statements."""
    interactions, parties_at = consult_events(analysis)
    return tuple(interactions + statement_events(analysis, parties_at))
