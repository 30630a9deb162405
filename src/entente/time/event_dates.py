"""Dating an event from the time expressions of the sentences that state it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from entente.lang import load_json
from entente.records import Timex
from entente.time.timex import alternation, find_timexes, leading, names_a_thing

_SPAN = re.compile(r"^PX[DWMY]$")  # days, weeks, months or years, not hours ("des heures")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")  # a day, or a time of that day ("2023-03-22TEV")
NOUN_REACH = 60  # "après les élections présidentielle et législatives du 14 mai"
LIMIT_REACH = NOUN_REACH + 20  # a limit word, a noun up to NOUN_REACH long, its joiner
THING_REACH = 40  # "le tremblement de terre du " before "6 février"


@lru_cache(maxsize=1024)
def _timexes(text: str, anchor: dt.date | None, lang: str) -> tuple[Timex, ...]:
    """The time expressions of a sentence, read once for its date and for its period."""
    return tuple(find_timexes(text, anchor, lang=lang))


def names_span(text: str, lang: str = "fr") -> bool:
    """Whether a text names a stretch of time no number bounds ("ces derniers jours",
    "plusieurs semaines"): what it tells took place over days, on no one day."""
    return any(
        _SPAN.match(t.value or "") for t in _timexes(text, None, lang) if t.type == "DURATION"
    )


@lru_cache(maxsize=4096)  # every statement of a sentence asks for the same dates
def date_in(
    text: str,
    anchor: dt.date | None,
    lang: str = "fr",
    near: int | None = None,
    told: bool = False,
    after: int = 0,
) -> tuple[str | None, str | None]:
    """(ISO date, the words it came from) of the day-precise date in ``text`` nearest ``near``,
    among those from ``after`` on (read with all the text before them); ``told``, only a day
    told as such, not one that names a thing ("le séisme du 6 février").

    An expression found but not resolvable (a weekday with no known publication date) gives its
    words and no date: the date is never guessed.
    """
    resolved, unresolved = [], []
    limits, anchored, things = _limits(lang), _anchored(lang), _things(lang)
    timexes = [
        t
        for t in _timexes(text, anchor, lang)
        if t.type in ("DATE", "TIME")
        and t.start >= after
        and not limits.search(text, max(0, t.start - LIMIT_REACH), t.start)
        and not _counted_from_named(t, text, anchored)
        and not (told and names_a_thing(text, t.start, lang))
        and not things.search(text, max(0, t.start - THING_REACH), t.start)
    ]  # "d'ici au 15 mars": a deadline, not the day it happened
    spans = _span_bounds(text, timexes, lang)
    for timex in timexes:
        distance = abs(timex.start - near) if near is not None else timex.start
        if timex in spans:  # "en visite du 22 au 24 mars": a stay, not one day
            unresolved.append((distance + len(text), None, timex.text))
        elif timex.value and _DAY.match(timex.value):
            resolved.append((distance, timex.value[:10], timex.text))
        elif timex.type == "DATE" and (timex.value is None or timex.value.startswith("X")):
            unresolved.append((distance, None, timex.text))
    chosen = min(resolved or unresolved, default=None)
    return (chosen[1], chosen[2]) if chosen else (None, None)


_PERIOD = re.compile(r"^\d{4}(?:-\d{2})?$")  # a year or a month: "en décembre 2018"
_SEASON = re.compile(r"^(\d{4})-(?:SP|SU|FA|WI)$")  # "au printemps 2022": of that year


@lru_cache(maxsize=1024)
def period_in(text: str, anchor: dt.date | None, lang: str = "fr", near: int = 0) -> str | None:
    """The year or month of the time expression nearest ``near`` that names no day: it does not
    date an event, but it tells an interaction of "décembre 2018" from one of this week."""
    leads, limits, office = _period_leads(lang), _limits(lang), _period_limits(lang)
    periods = [
        (abs(t.start - near), season.group(1) if (season := _SEASON.match(t.value)) else t.value)
        for t in _timexes(text, anchor, lang)
        if t.type == "DATE"
        and t.value
        and (_PERIOD.match(t.value) or _SEASON.match(t.value))
        and (
            _SEASON.match(t.value)  # the time stage reads a season only after its lead words
            or leads.search(text, max(0, t.start - 12), t.start)
            or leads.match(t.text + " ")
        )
        and not limits.search(text, max(0, t.start - LIMIT_REACH), t.start)
        and not office.search(text, max(0, t.start - LIMIT_REACH), t.start)
    ]  # "la première visite depuis la réunification, en 1976": not when the visit is
    return min(periods)[1] if periods else None


@cache
def _period_limits(lang: str) -> re.Pattern[str]:
    """ "arrivée au pouvoir en avril": a month that dates a coming to office."""
    words = alternation(load_json(lang, "time.json")["period_limits"])
    return re.compile(rf"(?<![\w'’])(?:{words})\s*$", re.IGNORECASE)


@cache
def _period_leads(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_json(lang, "time.json")["period_leads"])
    return re.compile(rf"(?:^|(?<=\W))(?:{words})[\s-]+$|^(?:{words})[\s-]", re.IGNORECASE)


def _span_bounds(text: str, timexes: list[Timex], lang: str) -> list[Timex]:
    """The days that bound a span ("du 22 au 24 mars", "les 11 et 12 août"): a thing told over
    two days happened on no one day of them, and the sentence's other dates say better."""
    joiners = _joiners(lang)
    bounds = []
    for first, second in pairwise(timexes):
        days = first.type == second.type == "DATE"  # not "le 30 octobre à 10 h 18"
        if days and joiners.fullmatch(text[first.end : second.start]):
            bounds += [first, second]
    return bounds


@cache
def _limits(lang: str) -> re.Pattern[str]:
    data = load_json(lang, "time.json")
    limits = alternation(data["limit_prepositions"])
    leads = alternation(data["period_leads"])
    complement = rf"(?:\s+{leading(data['limit_complements'])}[\w'’-]+)?"  # "sa prise de fonctions"
    apposed = rf"(?:\s+[\w'’-]+){{1,3}}{complement},(?:\s*{leads})?"  # "depuis son investiture, le"
    bounds, joiners = alternation(data["noun_bounds"]), alternation(data["noun_bound_joiners"])
    noun = rf"{bounds}\s+[^,.;:!?]{{1,{NOUN_REACH}}}?\s{joiners}"  # "après les élections du"
    talks = data["begun_talks"]
    begun = rf"{alternation(talks['nouns'])},?\s+{alternation(talks['participles'])}"
    left = rf"{alternation(data['departure_bounds'])}(?:\s+[^,.;:!?]{{1,{NOUN_REACH}}}?)?"
    return re.compile(
        rf"(?<![\w'’])(?:{limits},?(?:{apposed})?|{noun}|{begun}|{left})\s*$", re.IGNORECASE
    )


@dataclass(frozen=True)
class _Anchored:
    days: frozenset[str]  # "la veille", "le lendemain"
    joiner: re.Pattern[str]  # "de": the thing they count from follows


def _counted_from_named(timex: Timex, text: str, anchored: _Anchored) -> bool:
    """ "à la veille du sommet", "au lendemain de son arrivée": a day counted from a thing the
    sentence names, not from the last day it told, has no day we know."""
    return (
        timex.text.lower() in anchored.days and anchored.joiner.match(text, timex.end) is not None
    )


@cache
def _anchored(lang: str) -> _Anchored:
    data = load_json(lang, "time.json")
    words = "|".join(  # "d'" runs into the next word, "de" does not
        re.escape(w) + ("" if w.endswith(("'", "’")) else r"\b")
        for w in data["anchored_day_joiners"]
    )
    return _Anchored(
        frozenset(d.lower() for d in data["anaphoric_days"]),
        re.compile(rf"\s+(?:{words})", re.IGNORECASE),
    )


@cache
def _things(lang: str) -> re.Pattern[str]:
    """ "le référendum du 23 juin": a thing named by its day."""
    table = load_json(lang, "time.json")
    things, markers = alternation(table["dated_things"]), alternation(table["naming_day_markers"])
    return re.compile(rf"(?<![\w'’]){things}\s+{markers}\s+$", re.IGNORECASE)


@cache
def _joiners(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_json(lang, "time.json")["day_coordinators"])
    return re.compile(rf"\s*(?:{words})\s*")


@cache
def _parts_of_day_told(lang: str) -> re.Pattern[str]:
    """ "la matinée", and a bound of one with no day ("début d'après-midi", "fin de soirée")."""
    table = load_json(lang, "time.json")
    parts = alternation(list(table["anaphoric_parts_of_day"]))
    bounds = alternation(table["part_of_day_bounds"])
    nouns = alternation(list(table["part_of_day_bound_nouns"]))
    of = leading(table["of"])
    return re.compile(rf"(?:{parts}|{bounds}\s+{of}{nouns})", re.IGNORECASE)


def set_against_day_told(text: str, lang: str = "fr") -> bool:
    """Whether a sentence sets its time against the day just told ("Plus tôt dans la journée")."""
    return _earlier_later(lang).search(text) is not None


def opens_later(text: str, lang: str = "fr") -> bool:
    """Whether a sentence opens on a later part of the day told ("En soirée, ...")."""
    return _later_opener(lang).match(text.lstrip()) is not None


@cache
def _later_opener(lang: str) -> re.Pattern[str]:
    words = alternation(load_json(lang, "time.json")["later_openers"])
    return re.compile(rf"{words}(?![\w'’])", re.IGNORECASE)


@cache
def _earlier_later(lang: str) -> re.Pattern[str]:
    words = alternation(load_json(lang, "time.json")["earlier_later"])
    return re.compile(rf"(?<![\w'’]){words}(?![\w'’])", re.IGNORECASE)


def part_of_day_told(words: str, lang: str = "fr") -> bool:
    """Whether the words are a part of the day last told ("la matinée", "dans la journée"): read
    on its sentence alone, it would fall on the publication day."""
    return bool(_parts_of_day_told(lang).fullmatch(words.strip()))


_YEAR = re.compile(r"\b\d{4}\b")
_DIGIT = re.compile(r"\d")  # a calendar day is written with its number ("le 30 mars", "30/03")


def writes_year(words: str | None) -> bool:
    """Whether the words of a date write its year ("le 23 mai 2018"): such a date is the text's
    own, never moved, and told in full."""
    return bool(words and _YEAR.search(words))


def ahead_of(date: str | None, words: str | None, published: dt.date | None) -> str | None:
    """The date of an event yet to come: a weekday read as past ("doit se rendre à Rio ...,
    lundi", the tense too far from the day to tell) is the next one after publication; a day
    written out before publication is another thing's ("investi le 2 avril dernier, est attendu
    à Nouakchott"), so the event has no date we know."""
    if date is None or published is None or not words:
        return date
    day = dt.date.fromisoformat(date)
    if _DIGIT.search(words):
        return None if day < published else date
    while day < published:
        day += dt.timedelta(days=7)
    return day.isoformat()


def on_or_before(date: str | None, words: str | None, published: dt.date | None) -> str | None:
    """The date of an event that has happened, by EVENTS.md: a day and month written without a
    year take the year before when the publication year would put the event after publication
    ("a rencontré le 30 mars", published on 10 March). A year the text wrote is never changed."""
    if date is None or published is None or not words or writes_year(words):
        return date
    if not _DIGIT.search(words):
        return date  # "mercredi", "demain": the time stage already read them by their tense
    day = dt.date.fromisoformat(date)
    if day <= published:
        return date
    try:
        return day.replace(year=day.year - 1).isoformat()
    except ValueError:  # 29 February
        return None
