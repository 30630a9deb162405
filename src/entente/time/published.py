"""Publication dates: from metadata, else from a dateline, never from the clock.

A dateline without a year ("Dernière mise à jour à 08h50 le 19/11") keeps its day and month and the
set of years it could still belong to. The year is settled only by what EVENTS.md allows: a reference
date the user gives, a weekday written in the dateline, the tenures of offices named in the text
(applied later by ``infer_year``), and the fact that nothing is published after the day it is read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from entente.lang import load_json
from entente.records import Document

Interval = tuple[dt.date | None, dt.date | None]


@dataclass(frozen=True)
class Publication:
    """What the document says about its publication date, and how sure that is."""

    date: dt.date | None = None
    basis: str | None = None
    text: str | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None

    @property
    def partial(self) -> str | None:
        """ISO 8601 without a year (``--11-19``), kept when the year could not be settled."""
        if self.date is None and self.month and self.day:
            return f"--{self.month:02d}-{self.day:02d}"
        return None

    @property
    def iso(self) -> str | None:
        return self.date.isoformat() if self.date else None


@dataclass(frozen=True)
class _Datelines:
    iso: re.Pattern[str]
    numeric: re.Pattern[str]
    textual: re.Pattern[str]
    short: re.Pattern[str]
    agency: tuple[re.Pattern[str], ...]  # "RABAT, 5 avr (MAP) -", "Kiev, 16 juin /Agerpres/ -"
    months: dict[str, int]
    weekdays: dict[str, int]
    cues: tuple[str, ...]
    update_cues: tuple[str, ...]  # "Mis à jour le ...": read after the day of publication
    filler: frozenset[str]
    max_other_words: int
    header_lines: int
    footer_lines: int
    byline: re.Pattern[str]


@cache
def _datelines(lang: str) -> _Datelines:
    data = load_json(lang, "datelines.json")
    months = "|".join(sorted(map(re.escape, data["months"]), key=len, reverse=True))
    days = "|".join(map(re.escape, data["weekdays"]))
    first = "|".join(map(re.escape, data["first_day"]))
    weekday = rf"(?:(?P<weekday>{days}),?\s+(?:le\s+)?)?"
    numeric = rf"{weekday}(?P<day>\d{{1,2}})[./-](?P<month>\d{{1,2}})[./-](?P<year>\d{{4}}|\d{{2}})"
    textual = (  # "15 nov. (Kyodo)": the abbreviation's dot is part of the date
        rf"\b{weekday}(?P<day>\d{{1,2}}|{first})\s+(?P<month>{months})\b\.?"
        rf"(?:\s+(?P<year>\d{{4}})\b)?"
    )
    return _Datelines(
        iso=re.compile(  # "2018-09-19T16:52", "2018/09/19 16:52"
            r"\b(?P<year>\d{4})([-/.])(?P<month>\d{2})\2(?P<day>\d{2})(?:[ T]\d{1,2}:\d{2})?"
        ),
        numeric=re.compile(rf"\b{numeric}\b"),
        textual=re.compile(textual, re.IGNORECASE),
        short=re.compile(rf"\b{weekday}(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})\b(?![/.]\d)", re.I),
        agency=tuple(
            re.compile(
                rf"^[^\W\d_](?:[^\W\d_]|[' .-])+(?:\([^)]*\))?(?:,|\s+[-–—])\s+(?:le\s+)?(?:{date})"
                rf"\s*(?:(?:\([^)]{{2,30}}\)|/[^/]{{2,30}}/)\s*[-–—]?|[-–—])",  # the agency's name,
                # in brackets or between slashes ("Kiev, 16 juin 2022 /Agerpres/ -"), or a dash
                re.IGNORECASE,
            )
            for date in (textual[2:], numeric)
        ),
        months=data["months"],
        weekdays=data["weekdays"],
        cues=tuple(data["cues"]),
        update_cues=tuple(data["update_cues"]),
        filler=frozenset(data["filler"]),
        max_other_words=data["max_other_words"],
        header_lines=data["header_lines"],
        footer_lines=data["footer_lines"],
        byline=re.compile(
            r"\b(?:" + "|".join(map(re.escape, data["byline_markers"])) + r")\b[^,]*,?",
            re.IGNORECASE,
        ),
    )


def _parts(match: re.Match[str], grammar: _Datelines) -> tuple[int | None, int, int, int | None]:
    groups = match.groupdict()
    month = groups["month"]
    month_number = int(month) if month.isdigit() else grammar.months[month.lower().rstrip(".")]
    day = int(groups["day"]) if groups["day"].isdigit() else 1
    weekday = grammar.weekdays.get((groups.get("weekday") or "").lower())
    year = _full_year(groups["year"]) if groups.get("year") else None
    return year, month_number, day, weekday


def _full_year(digits: str) -> int:
    """ "09.12.21": a two-digit year is of this century unless that would be in the future."""
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year if year <= dt.date.today().year else year - 100


_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)+\b")


# "Par Thomas Verhaegen | Publié le 28/05/2024 | Temps de lecture: 4 min", "Al-Ahram Hebdo — Publié
# le mercredi 27 janvier 2016": fields of one header line
_FIELD_SEPARATOR = re.compile(r"\s*[|•·;]\s*|\s+[—–]\s+")
# "Anne-Laure Fréville, le jeudi 29/06": an author's name opening the line, before a comma
_AUTHOR = re.compile(r"^(?:[A-ZÀ-Þ][\w’'-]+\s+){1,3}[A-ZÀ-Þ][\w’'-]+\s*,")


def _is_dateline(line: str, match: re.Match[str], grammar: _Datelines) -> bool:
    """A header line is a dateline when, the date aside, it holds only cue and filler words."""
    before = _AUTHOR.sub(" ", line[: match.start()])
    rest = grammar.byline.sub(" ", before + " " + line[match.end() :])
    for date in (grammar.iso, grammar.numeric):  # "03.04.2019 - Mise à jour : 04.04.2019"
        rest = date.sub(" ", rest)
    rest = _DOMAIN.sub(" site ", rest.lower())  # "French.news.cn | 2022-02-06": one word
    for cue in grammar.cues:
        rest = rest.replace(cue, " ")
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w not in grammar.filler]
    return len(words) <= grammar.max_other_words


def _find_dateline(
    text: str, grammar: _Datelines
) -> tuple[str, tuple[int | None, int, int, int | None]] | None:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    edges = lines[: grammar.header_lines] + lines[grammar.header_lines :][-grammar.footer_lines :]
    for line in edges:
        agency = next((m for p in grammar.agency if (m := p.match(line))), None)
        if agency:
            return agency.group(0).rstrip(" -–—"), _parts(agency, grammar)
        fields = _FIELD_SEPARATOR.split(line)
        for field in sorted(fields, key=lambda f: any(c in f.lower() for c in grammar.update_cues)):
            for pattern in (grammar.iso, grammar.numeric, grammar.textual, grammar.short):
                match = pattern.search(field)
                if match and _is_dateline(field, match, grammar):
                    return field, _parts(match, grammar)
    return None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dateline(text: str, lang: str = "fr") -> str | None:
    """The words of the document's dateline, if it has one, whatever else dates the document."""
    found = _find_dateline(text, _datelines(lang))
    return found[0] if found else None


def read_publication(
    doc: Document, reference_date: dt.date | None = None, lang: str = "fr"
) -> Publication:
    """The publication date as the input and its first lines state it (before any inference)."""
    if doc.published:
        return Publication(date=dt.date.fromisoformat(doc.published[:10]), basis="metadata")
    found = _find_dateline(doc.text, _datelines(lang))
    if found is None:
        return Publication()
    text, (year, month, day, weekday) = found
    if year is not None:
        date = _valid(year, month, day)
        return Publication(date=date, basis="header" if date else None, text=text)
    publication = Publication(text=text, month=month, day=day, weekday=weekday)
    if reference_date is not None:
        return _from_reference(publication, reference_date)
    return publication


def _from_reference(publication: Publication, reference: dt.date) -> Publication:
    """The latest day with the dateline's day and month on or before the reference date."""
    for year in range(reference.year, reference.year - 8, -1):
        date = _valid(year, publication.month or 0, publication.day or 0)
        if date and date <= reference and _weekday_ok(publication, date):
            return replace(publication, date=date, basis="reference")
    return publication


def _weekday_ok(publication: Publication, date: dt.date) -> bool:
    return publication.weekday is None or date.weekday() == publication.weekday


def infer_year(
    publication: Publication, tenures: list[tuple[Interval, ...]], today: dt.date | None = None
) -> Publication:
    """Settle a missing year when exactly one survives every constraint the text sets.

    Each item of ``tenures`` stands for an office a named person is said to hold: the terms during
    which they held it (any of them will do). Without a lower bound from some tenure, years stretch
    back without end and nothing is settled.
    """
    if publication.date is not None or publication.month is None or publication.day is None:
        return publication
    today = today or dt.date.today()
    floors = [min(s for s, _ in terms) for terms in tenures if terms and all(s for s, _ in terms)]
    if not floors:
        return publication
    survivors = [
        date
        for year in range(max(floors).year, today.year + 1)  # type: ignore[union-attr]
        if (date := _valid(year, publication.month, publication.day))
        and date <= today
        and _weekday_ok(publication, date)
        and all(any(_within(date, term) for term in terms) for terms in tenures)
    ]
    if len(survivors) == 1:
        return replace(publication, date=survivors[0], basis="inferred-year")
    return publication


def _within(date: dt.date, interval: Interval) -> bool:
    start, end = interval
    return (start is None or start <= date) and (end is None or date <= end)
