"""Time expressions: find them in a text and write their ISO-TimeML value.

A rule-based tagger in the spirit of HeidelTime. The words of a language (months, weekdays, number
words, units, parts of day, tense cues...) live in ``lang/<code>/time.json``; this module holds the
language-neutral engine: it builds regular expressions from those words, picks the longest
non-overlapping candidates, and normalises each against the publication date (the *anchor*).

The conventions (extent, type, value) follow the French TimeBank, which is how the tagger is scored:
a determiner before a date stays inside ("le 27 mai 1998") but a preposition does not ("au 27 mai",
"vers 18 h", "depuis dix ans"); parts of day are TIME ("hier soir" → ``1999-05-19TEV``); words for
the present or the past as a whole are TIME with ``PRESENT_REF``/``PAST_REF``.

Nothing is invented: with no anchor, what is relative to the publication date gets no value, a day
and month without a year become ``XXXX-MM-DD``, and a year never comes from the clock.
Weekdays, months and day-months without a year are read with the tense of the nearest verb in the
same sentence, found with surface cues only (endings, auxiliaries) so the function stays fast.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, NamedTuple

from entente.lang import load_json
from entente.records import Timex

PAST, FUTURE = "PAST", "FUTURE"
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»\"”)]*\s+(?=[«\"“(\w])|\n+")
_INITIAL = re.compile(r"(?<!\w)[^\W\d_]\.$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")


# ---------------------------------------------------------------------------------------------
# Lexicon: the words of one language, and regular-expression fragments built from them
# ---------------------------------------------------------------------------------------------


def _key(text: str) -> str:
    """Lookup form of a matched phrase: lower case, straight apostrophe, single spaces."""
    text = re.sub(r"\s+", " ", text.lower().replace("’", "'").replace("‑", "-"))
    return text.strip()


def _phrase(entry: str) -> str:
    """Regex for one lexicon entry: any run of spaces between words, either apostrophe."""
    parts = []
    for char in entry:
        if char == " ":
            parts.append(r"\s+")
        elif char in "'’":
            parts.append(r"['’]\s*")
        elif char == "-":
            parts.append(r"[-‑]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def alternation(entries: Iterable[str]) -> str:
    """Alternation of lexicon entries, longest first so that the regex engine prefers them."""
    unique = sorted(set(entries), key=lambda entry: (-len(entry), entry))
    return "(?:" + "|".join(_phrase(entry) for entry in unique) + ")"


def leading(entries: Iterable[str]) -> str:
    """Alternation of words that precede another word: a space follows unless they end in '."""
    options = [
        _phrase(entry) + ("" if entry.endswith("'") else r"\s+")
        for entry in sorted(set(entries), key=len, reverse=True)
    ]
    return "(?:" + "|".join(options) + ")"


@dataclass(eq=False)
class _Lexicon:
    """The time words of one language, with lookup tables keyed by ``_key`` built on first use."""

    data: dict[str, Any]
    _memo: dict[tuple[str, ...], Any] = field(default_factory=dict)

    def _entry(self, path: tuple[str, ...]) -> Any:
        entry: Any = self.data
        for name in path:
            entry = entry[name]
        return entry

    def table(self, *path: str) -> dict[str, Any]:
        """A word → value table ('months', 'tense', ...), keys in lookup form."""
        if ("table", *path) not in self._memo:
            self._memo[("table", *path)] = {_key(w): v for w, v in self._entry(path).items()}
        return self._memo[("table", *path)]

    def words(self, *path: str) -> frozenset[str]:
        """A word list (or the keys of a table) as a set in lookup form."""
        if ("words", *path) not in self._memo:
            self._memo[("words", *path)] = frozenset(_key(w) for w in self._entry(path))
        return self._memo[("words", *path)]

    def ending(self, *path: str) -> re.Pattern[str]:
        """A regex finding one of the phrases of a list right at the end of a text."""
        if ("ending", *path) not in self._memo:
            phrases = alternation(self._entry(path))
            self._memo[("ending", *path)] = re.compile(
                rf"(?<![\w'’])(?P<phrase>{phrases})\s*$", re.IGNORECASE
            )
        return self._memo[("ending", *path)]


@dataclass(frozen=True)
class _Rule:
    """One pattern of time expression; ``resolve`` turns a match into a type and a value."""

    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], _Context], _Resolved | None]
    words: frozenset[str]
    marks: tuple[str, ...]

    def applies(self, words: set[str], text: str) -> bool:
        """Whether the text holds the words and characters the rule cannot match without."""
        if self.words and self.words.isdisjoint(words):
            return False
        return all(any(mark in text for mark in marks) for marks in self.marks)


@dataclass(frozen=True)
class _Grammar:
    """The rules and lookup tables of one language, compiled once per process by ``_grammar``."""

    lexicon: _Lexicon
    rules: tuple[_Rule, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    scales: dict[str, int]
    multiplying: dict[str, int]
    number_word: re.Pattern[str]
    units: dict[str, tuple[str, int]]
    range_start: re.Pattern[str]
    abbreviation: re.Pattern[str]
    counted: re.Pattern[str]
    cues: tuple[tuple[re.Pattern[str], _Judge], ...]


@dataclass(frozen=True)
class _Resolved:
    """What a rule made of a match. ``refer`` asks for the day (or year) the text last mentioned:
    the value is then that reference moved by ``shift`` days (years) with ``suffix`` appended."""

    type: str
    value: str | None
    start: int | None = None
    refer: str | None = None
    shift: int = 0
    suffix: str = ""
    overnight: bool = False  # a part of the day that, told after a later one, is the next day's


@dataclass(frozen=True)
class _Candidate:
    """A match of a rule; its extent is the rule's ``x`` group when it has one."""

    start: int
    end: int
    order: int
    match: re.Match[str]
    rule: _Rule


@dataclass
class _Context:
    """Everything a rule needs besides its match: the text, the anchor and the tense cues."""

    text: str
    anchor: dt.date | None
    grammar: _Grammar
    sentences: list[tuple[int, int]]
    cues: dict[tuple[int, int], list[tuple[int, int, str]]] = field(default_factory=dict)

    @property
    def lex(self) -> _Lexicon:
        return self.grammar.lexicon

    def sentence(self, position: int) -> tuple[int, int]:
        """The span of the sentence holding ``position`` (the whole text if none does)."""
        for start, end in self.sentences:
            if start <= position < end:
                return start, end
        return 0, len(self.text)

    def tense(self, start: int, end: int) -> str | None:
        """Tense of the nearest cue in the same sentence, outside the expression itself."""
        sentence = self.sentence(start)
        if sentence not in self.cues:
            self.cues[sentence] = _tense_cues(self.grammar, self.text, *sentence)
        best: tuple[int, str] | None = None
        for cue_start, cue_end, tense in self.cues[sentence]:
            if cue_start < end and cue_end > start:
                continue
            distance = start - cue_end if cue_end <= start else cue_start - end
            if best is None or distance < best[0]:
                best = (distance, tense)
        return best[1] if best else None

    def preceded_by(self, position: int, *path: str) -> re.Match[str] | None:
        """The phrase of a lexicon list that ends just before ``position``, if one does."""
        return self.lex.ending(*path).search(self.text, max(0, position - 40), position)

    def words_before(self, position: int, count: int = 3) -> list[str]:
        return [_key(w) for w in _WORD.findall(self.text[max(0, position - 60) : position])][
            -count:
        ]

    def at_sentence_start(self, position: int) -> bool:
        first, _ = self.sentence(position)
        return not self.text[first:position].strip(' \t«"“(-–—_')


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------------------------


def _iso_week(day: dt.date, weeks: int = 0) -> str:
    year, week, _ = (day + dt.timedelta(weeks=weeks)).isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_date(anchor: dt.date, weekday: int, mode: str | None) -> dt.date:
    """The date of an ISO weekday near the anchor.

    ``last``/``next``: strictly before/after; PAST or ``before``: on or before; FUTURE or ``after``:
    on or after; anything else (present tense, no verb): the day of the anchor's own week.
    """
    delta = weekday - anchor.isoweekday()
    if mode == "last":
        delta = delta - 7 if delta >= 0 else delta
    elif mode == "next":
        delta = delta + 7 if delta <= 0 else delta
    elif mode in (PAST, "before"):
        delta = delta - 7 if delta > 0 else delta
    elif mode in (FUTURE, "after"):
        delta = delta + 7 if delta < 0 else delta
    return anchor + dt.timedelta(days=delta)


_TENSE_REACH = 270
"""Days a tense may move a date from the anchor: past that, writers add the year or "dernier"
("le 6 mai dernier"), so a farther reading more likely means the cue belongs to another verb."""


def _pick_year(distances: dict[int, int], mode: str | None, reach: int) -> int:
    """Among candidate years (with the signed distance each puts from the anchor), the one the
    reading asks for: strictly before/after for "dernier"/"prochain", on or before/after for a
    preposition ("depuis", "jusqu'au"), on the tense's side within ``reach`` for a tense, else the
    nearest (the middle candidate on a tie)."""
    fits = {
        "last": lambda d: d < 0,
        "next": lambda d: d > 0,
        "before": lambda d: d <= 0,
        "after": lambda d: d >= 0,
        PAST: lambda d: d <= 0 and -d <= reach,
        FUTURE: lambda d: d >= 0 and d <= reach,
    }.get(mode or "")
    chosen = [year for year, distance in distances.items() if fits and fits(distance)]
    if chosen:
        return max(chosen) if mode in ("last", "before", PAST) else min(chosen)
    middle = sorted(distances)[len(distances) // 2]
    return min(distances, key=lambda year: (abs(distances[year]), year != middle))


def _year_of_day(
    anchor: dt.date, month: int, day: int, mode: str | None, weekday: int | None = None
) -> int | None:
    """Year of a day and month written without one (EVENTS.md, "Dates").

    A weekday written with it ("vendredi 5 février") settles the year when one candidate has it.
    Else the anchor's year, or the year before when a past event would fall after the anchor, the
    year after when a future one would fall before it; with no tense, the nearest.
    """
    dates = {
        y: _date_or_none(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    }
    options = {y: d for y, d in dates.items() if d}
    matching = [y for y, d in options.items() if weekday and d.isoweekday() == weekday]
    if len(matching) == 1:
        return matching[0]
    if not options:
        return None
    return _pick_year({y: (d - anchor).days for y, d in options.items()}, mode, _TENSE_REACH)


def _year_of_month(anchor: dt.date, month: int, mode: str | None) -> int:
    """Year of a month written without one, by the same reading as ``_year_of_day``."""
    here = anchor.year * 12 + anchor.month
    distances = {y: y * 12 + month - here for y in (anchor.year - 1, anchor.year, anchor.year + 1)}
    return _pick_year(distances, mode, _TENSE_REACH // 30)


_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _season_now(anchor: dt.date) -> int:
    """Index of the season the anchor falls in; January and February come before the spring."""
    return -1 if anchor.month <= 2 else (anchor.month - 3) // 3


def _year_of_season(anchor: dt.date, season: str, mode: str | None) -> int:
    now, index = _season_now(anchor), _SEASON_ORDER.index(season)
    if mode == "last":
        return anchor.year if index < now else anchor.year - 1
    if mode == "next":
        return anchor.year if index > now else anchor.year + 1
    if mode == PAST:
        return anchor.year if index <= now else anchor.year - 1
    if mode == FUTURE:
        return anchor.year if index >= now else anchor.year + 1
    return anchor.year


def _two_digit_year(digits: str, anchor: dt.date | None) -> int:
    """'98' → 1998: the century that puts the year at most ten years after the anchor (without
    one, after today: nothing is written about a year later than that)."""
    short = int(digits.lstrip("'’"))
    limit = (anchor or dt.date.today()).year + 10
    year = (limit // 100) * 100 + short
    return year - 100 if year > limit else year


def _number_value(grammar: _Grammar, text: str) -> float | None:
    """A number written in digits ('30,4') or in words ('vingt-cinq', 'quatre-vingt-dix')."""
    text = _key(text)
    if text[:1].isdigit():
        return float(text.replace(",", "."))
    total, hundreds, small = 0, 0, 0
    for word in grammar.number_word.findall(text):
        if word in grammar.scales:
            scale = grammar.scales[word]
            if scale >= 1000:
                total += max(hundreds + small, 1) * scale
                hundreds = small = 0
            else:
                hundreds += max(small, 1) * scale
                small = 0
        elif word in grammar.multiplying and 0 < small < 10:
            small *= grammar.multiplying[word]
        else:
            small += grammar.numbers.get(word, grammar.multiplying.get(word, 0))
    value = total + hundreds + small
    return float(value) if value else None


_SMALLER = {
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("H", 24),
    "H": ("TM", 60),
    "TM": ("S", 60),
}


def _duration(quantity: float | None, letter: str) -> str:
    """ISO 8601 duration; a fraction moves to the next smaller unit ('un an et demi' → P18M)."""
    while quantity is not None and quantity != int(quantity) and letter in _SMALLER:
        letter, factor = _SMALLER[letter]
        quantity *= factor
    if quantity is None:
        amount = "X"
    elif quantity == int(quantity):
        amount = str(int(quantity))
    else:
        amount = f"{quantity:g}"
    if letter in ("H", "TM", "S"):
        return f"PT{amount}{letter[-1]}"
    return f"P{amount}{letter}"


def _shifted_date(anchor: dt.date, quantity: int, letter: str) -> str | None:
    """The date ``quantity`` units from the anchor, written at the precision of the unit."""
    if letter == "D":
        return (anchor + dt.timedelta(days=quantity)).isoformat()
    if letter == "W":
        return _iso_week(anchor, quantity)
    if letter == "M":
        year, month = _shift_month(anchor.year, anchor.month, quantity)
        return f"{year:04d}-{month:02d}"
    if letter == "Y":
        return f"{anchor.year + quantity:04d}"
    return None


# ---------------------------------------------------------------------------------------------
# Resolvers: one per rule, each turning a match into a type and a value
# ---------------------------------------------------------------------------------------------


def _group(match: re.Match[str], name: str) -> str:
    return _key(match.group(name) or "")


def _relation(ctx: _Context, match: re.Match[str], *names: str) -> str | None:
    """'last' or 'next' when the expression says so itself ('dernier', 'prochains')."""
    for name in names:
        word = _group(match, name)
        if word in ctx.lex.words("last"):
            return "last"
        if word in ctx.lex.words("next"):
            return "next"
    return None


def _mode(ctx: _Context, match: re.Match[str], *names: str) -> str | None:
    """How to place a day or month: its own 'dernier'/'prochain', a goal ('reporté au 2 mars')
    which lies ahead or a start ('depuis vendredi') which lies behind whatever the verb, else the
    tense of the sentence."""
    relation = _relation(ctx, match, *names)
    if relation:
        return relation
    if ctx.preceded_by(match.start(), "target_prepositions"):
        return "after"
    if ctx.preceded_by(match.start(), "since_prepositions"):
        return "before"
    return ctx.tense(match.start(), match.end())


def _day_number(ctx: _Context, text: str) -> int:
    return 1 if _key(text) in ctx.lex.words("first_day") else int(text)


def _resolve_iso(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    day = _date_or_none(int(match["y"]), int(match["m"]), int(match["d"]))
    return _Resolved("DATE", day.isoformat()) if day else None


def _resolve_numeric(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    digits = match["y"]
    year = int(digits) if len(digits) == 4 else _two_digit_year(digits, ctx.anchor)
    day = _date_or_none(year, int(match["m"]), int(match["d"]))
    return _Resolved("DATE", day.isoformat()) if day else None


def _day_month_value(
    ctx: _Context,
    day: int,
    month: int,
    year: int | None,
    mode: str | None,
    weekday: int | None = None,
) -> str | None:
    if year is None and ctx.anchor is not None:
        year = _year_of_day(ctx.anchor, month, day, mode, weekday)
        if year is None:
            return None
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}" if _date_or_none(2000, month, day) else None
    valid = _date_or_none(year, month, day)
    return valid.isoformat() if valid else None


def _written_year(ctx: _Context, digits: str | None) -> int | None:
    if not digits:
        return None
    return int(digits) if len(digits) == 4 else _two_digit_year(digits, ctx.anchor)


def _resolve_numeric_day_month(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    day, month = int(match["d"]), int(match["m"])
    value = _day_month_value(ctx, day, month, None, _mode(ctx, match))
    return _Resolved("DATE", value) if value else None


def _resolve_date(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    month = ctx.grammar.months[_group(match, "m")]
    day = _day_number(ctx, match["d"])
    year = _written_year(ctx, match.group("y"))
    weekday = ctx.grammar.weekdays.get(_group(match, "wd")) if "wd" in match.re.groupindex else None
    value = _day_month_value(ctx, day, month, year, _mode(ctx, match, "rel"), weekday)
    return _Resolved("DATE", value) if value else None


def _resolve_month(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    word = match.group("m")
    bare = not (
        match.group("y") or match.group("bound") or match.group("lead") or match.group("rel")
    )
    if bare and word[0].isupper() and not ctx.at_sentence_start(match.start()):
        return None
    month = ctx.grammar.months[_key(word)]
    year = _written_year(ctx, match.group("y"))
    if year is None and ctx.anchor is not None:
        year = _year_of_month(ctx.anchor, month, _mode(ctx, match, "rel"))
    return _Resolved("DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}")


def _is_counted(ctx: _Context, end: int) -> bool:
    """Whether a number is followed by what it counts ('1500 manifestants', '2000 €')."""
    if ctx.grammar.counted.match(ctx.text, end):
        return True
    word = re.match(r"\s+([^\W\d_]+)", ctx.text[end : end + 30])
    if not word or not word.group(1).islower() or len(word.group(1)) <= 3:
        return False
    token = word.group(1)
    plural = token.endswith(tuple(ctx.lex.data["plural_endings"]))
    return plural and token not in ctx.lex.words("two_digit_year_followers")


def _resolve_year(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    year = int(match["y"])
    if year > 2099 or year < 1000:
        return None
    framed = match.group("bound") or match.group("lead")
    if not framed:
        if ctx.preceded_by(match.start(), "year_blockers"):
            return None
        if year < 1900 and not ctx.preceded_by(match.start(), "year_prepositions"):
            return None
        if _is_counted(ctx, match.end()):
            return None
    return _Resolved("DATE", f"{year:04d}")


def _resolve_decade(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    number = _number_value(ctx.grammar, match["dec"])
    if number is None or number % 10:
        return None
    year = int(number) + (1900 if number < 100 else 0)
    return _Resolved("DATE", f"{year // 10:03d}") if 1000 <= year <= 2090 else None


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(text: str) -> int:
    values = [_ROMAN[char] for char in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _resolve_century(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    digits = match["c"]
    number = int(digits) if digits.isdigit() else _roman(digits)
    return _Resolved("DATE", f"{number - 1:02d}") if 1 <= number <= 22 else None


def _resolve_season(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    word = match.group("s")
    lead = _group(match, "lead")
    led = lead or ctx.preceded_by(match.start(), "season_lead")
    if not led and not (word[0].isupper() and ctx.at_sentence_start(match.start())):
        return None
    season = ctx.lex.table("seasons")[_key(word)]
    if match.group("y"):
        return _Resolved("DATE", f"{match['y']}-{season}")
    relation = _relation(ctx, match, "rel")
    deictic = relation or lead in ctx.lex.words("determiners", "demonstrative")
    if ctx.anchor is None:
        return _Resolved("DATE", None if deictic else f"XXXX-{season}")
    tense = ctx.tense(match.start(), match.end())
    if not deictic and tense is None:
        return _Resolved("DATE", f"XXXX-{season}")
    return _Resolved(
        "DATE", f"{_year_of_season(ctx.anchor, season, relation or tense):04d}-{season}"
    )


def _part_of_day(ctx: _Context, match: re.Match[str]) -> str:
    pod = _group(match, "pod")
    return f"T{ctx.lex.table('parts_of_day')[pod]}" if pod else ""


def _today_is_generic(match: re.Match[str], ctx: _Context) -> bool:
    """'aujourd'hui' meaning 'nowadays' (PRESENT_REF): 'la France d'aujourd'hui', or opening a
    past-tense sentence ('Aujourd'hui, la ville a changé')."""
    if ctx.preceded_by(match.start(), "today_deictic_before"):
        return False
    if ctx.preceded_by(match.start(), "today_generic_before"):
        return True
    after = _key(ctx.text[match.end() : match.end() + 20])
    if any(
        after.startswith(word) or after.startswith(", " + word)
        for word in ctx.lex.words("today_generic_after")
    ):
        return True
    opening = (
        ctx.at_sentence_start(match.start()) and ctx.text[match.end() : match.end() + 1] == ","
    )
    return opening and ctx.tense(match.start(), match.end()) == PAST


def _resolve_relative_day(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    offset = ctx.lex.table("relative_days")[_group(match, "rd")]
    suffix = _part_of_day(ctx, match)
    kind = "TIME" if suffix else "DATE"
    if offset == 0 and not suffix and not match.group("wd") and _today_is_generic(match, ctx):
        return _Resolved("TIME", "PRESENT_REF")
    if ctx.anchor is None:
        return _Resolved(kind, None)
    return _Resolved(kind, (ctx.anchor + dt.timedelta(days=offset)).isoformat() + suffix)


def _resolve_anaphoric_day(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    offset = ctx.lex.table("anaphoric_days")[_group(match, "ad")]
    suffix = _part_of_day(ctx, match)
    return _Resolved("TIME" if suffix else "DATE", None, refer="told", shift=offset, suffix=suffix)


def _resolve_weekday(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    weekday = ctx.grammar.weekdays[_group(match, "wd")]
    determiner = _group(match, "det")
    relation = _relation(ctx, match, "rel", "rel2")
    suffix = _part_of_day(ctx, match)
    if determiner in ctx.lex.words("determiners", "definite") and not relation:
        if _group(match, "same"):
            return None
        return _Resolved("SET", f"XXXX-WXX-{weekday}{suffix}")
    if determiner and determiner not in ctx.lex.words("determiners", "demonstrative"):
        return None
    kind = "TIME" if suffix else "DATE"
    if ctx.anchor is None:
        return _Resolved(kind, None)
    mode = _mode(ctx, match, "rel", "rel2")
    return _Resolved(kind, _weekday_date(ctx.anchor, weekday, mode).isoformat() + suffix)


def _resolve_night_span(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    weekday = ctx.grammar.weekdays[_group(match, "wd")]
    if match.group("wd2") and (ctx.grammar.weekdays[_group(match, "wd2")] - weekday) % 7 != 1:
        return None
    if ctx.anchor is None:
        return _Resolved("TIME", None)
    mode = ctx.tense(match.start(), match.end())
    return _Resolved("TIME", _weekday_date(ctx.anchor, weekday, mode).isoformat() + "TNI")


def _resolve_this_part_of_day(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    if ctx.anchor is None:
        return _Resolved("TIME", None)
    return _Resolved("TIME", ctx.anchor.isoformat() + _part_of_day(ctx, match))


def _resolve_anaphoric_part(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    part = _group(match, "ap")
    code = ctx.lex.table("anaphoric_parts_of_day")[part]
    overnight = part not in ctx.lex.words("same_day_parts")  # "le matin même"
    return _Resolved("TIME", None, refer="day", suffix=f"T{code}", overnight=overnight)


def _resolve_bounded_part(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    code = ctx.lex.table("part_of_day_bound_nouns")[_group(match, "pod")]
    return _Resolved("TIME", None, refer="day", suffix=f"T{code}", overnight=True)


def _clock(ctx: _Context, hour: int, minute: int, day_part: str) -> _Resolved | None:
    hour += ctx.lex.table("clock_day_parts").get(day_part, 0) if hour < 12 else 0
    if hour > 24 or minute > 59:
        return None
    return _Resolved("TIME", None, refer="day", suffix=f"T{hour:02d}:{minute:02d}")


def _resolve_clock(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    hour = int(match["h"])
    minute = int(match["min"] or 0) + ctx.lex.table("clock_halves").get(_group(match, "half"), 0)
    if not _is_clock_time(match, ctx):
        return _Resolved("DURATION", _duration(hour + minute / 60, "H"))
    return _clock(ctx, hour, minute, _group(match, "dp"))


def _is_clock_time(match: re.Match[str], ctx: _Context) -> bool:
    """'15 h 30', 'à 15 heures', 'de 14 h à 18 h' are clock times; 'pendant 3 h' and 'un retard de
    deux heures' are durations. 'h' is a clock time unless a duration word comes before, 'heures'
    a duration unless a clock preposition comes before or a range follows."""
    if match.group("min") or ctx.grammar.range_start.match(ctx.text, match.end()):
        return True
    if _key(match["hw"]) in ctx.lex.words("clock_hour_abbreviations"):
        return not ctx.preceded_by(match.start(), "duration_prepositions")
    return bool(ctx.preceded_by(match.start(), "clock_prepositions"))


def _resolve_clock_colon(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    return _clock(ctx, int(match["h"]), int(match["min"]), "")


def _resolve_clock_word(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    hour, minute = ctx.lex.table("clock_words")[_group(match, "word")].split(":")
    extra = ctx.lex.table("clock_halves").get(_group(match, "half"), 0)
    return _clock(ctx, int(hour) % 24 if extra else int(hour), int(minute) + extra, "")


def _is_age(ctx: _Context, start: int, end: int, unit: str) -> bool:
    """Whether 'N ans' gives someone's age, which TimeBank does not tag: 'une fillette de 6 ans',
    'âgé de 70 ans', 'les moins de 25 ans', 'il a eu 20 ans', 'Jean, 45 ans,', 'les 6-16 ans'.
    'au terme de trois ans', 'une peine de dix ans' stay durations."""
    if unit not in ctx.lex.words("age", "units"):
        return False
    if re.search(r"\d\s*[-–]\s*$", ctx.text[max(0, start - 4) : start]):
        return True
    if ctx.preceded_by(start, "age", "had"):
        return True
    of = ctx.preceded_by(start, "age", "of")
    if of:
        if ctx.preceded_by(of.start(), "age", "groups"):
            return True
        governor = ctx.words_before(of.start(), 1)
        return not governor or governor[0] not in ctx.lex.words("age", "duration_nouns")
    after = ctx.text[end : end + 1]
    if after not in (",", ".", ")"):
        return False
    return ctx.text[max(0, start - 2) : start] == ", " or bool(ctx.preceded_by(start, "age", "at"))


def _measure(match: re.Match[str], ctx: _Context) -> tuple[float | None, str, str]:
    """(quantity, ISO letter, unit word) of a duration match; quantity None when vague."""
    unit = _group(match, "unit")
    letter, factor = ctx.grammar.units[unit]
    groups = match.groupdict()
    if groups.get("vague") or (groups.get("rel") and not groups.get("n")):
        return None, letter, unit
    quantity = _number_value(ctx.grammar, match["n"]) if groups.get("n") else 1.0
    if quantity is None:
        return None, letter, unit
    if groups.get("approx"):
        quantity = ctx.lex.table("approximate_numbers")[_group(match, "approx")] * max(quantity, 1)
    if groups.get("frac"):
        quantity *= ctx.lex.table("fractions")[_group(match, "frac")]
    if groups.get("half"):
        quantity += 0.5
    return quantity * factor, letter, unit


def _resolve_duration(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    groups = match.groupdict()
    if groups.get("det") and not groups.get("rel"):
        return None
    if match.group(0)[0].isupper() and not ctx.at_sentence_start(match.start()):
        return None  # a name: "la guerre de Cent Ans"
    quantity, letter, unit = _measure(match, ctx)
    exact = quantity is not None and quantity == int(quantity) and letter in ("D", "W", "M", "Y")
    relative = _relative_to_now(match, ctx, int(quantity), letter) if exact and quantity else None
    if relative:
        return relative
    number_start = (
        match.start("n") if "n" in match.re.groupindex and match.group("n") else match.start()
    )
    if _is_age(ctx, number_start, match.end(), unit):
        return None
    single = _key(match.group(0)) in ctx.lex.words("weak_singles")
    if single and not ctx.preceded_by(match.start(), "duration_prepositions"):
        return None
    return _Resolved("DURATION", _duration(quantity, letter))


def _relative_to_now(
    match: re.Match[str], ctx: _Context, quantity: int, letter: str
) -> _Resolved | None:
    """'il y a trois jours', 'dans deux semaines': a date counted from the publication date."""
    if match.group("mod") or match.groupdict().get("det"):
        return None
    for name, sign in (("ago", -1), ("later", 1)):
        lead = ctx.preceded_by(match.start(), name)
        if lead:
            value = _shifted_date(ctx.anchor, sign * quantity, letter) if ctx.anchor else None
            return _Resolved("DATE", value, start=lead.start())
    return None


def _resolve_term(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    return _Resolved("DURATION", ctx.lex.table("terms")[_group(match, "term")])


def _calendar_value(ctx: _Context, unit: str, step: int, mode: str | None) -> str | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    if unit == "year":
        return f"{anchor.year + step:04d}"
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, step)
        return f"{year:04d}-{month:02d}"
    if unit == "week":
        return _iso_week(anchor, step)
    if unit == "weekend":
        weekend = anchor.isoweekday() >= 6
        if step == 0 and mode == PAST and not weekend:
            step = -1
        elif step == 1 and not weekend:
            step = 0
        return _iso_week(anchor, step) + "-WE"
    if unit == "century":
        return f"{anchor.year // 100 + step:02d}"
    if unit == "quarter":
        return f"{anchor.year}-Q{(anchor.month - 1) // 3 + 1}" if step == 0 else None
    if unit == "half":
        return f"{anchor.year}-H{(anchor.month - 1) // 6 + 1}" if step == 0 else None
    return None


def _resolve_calendar(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    unit = ctx.lex.table("calendar_units")[_group(match, "unit")]
    determiner = _group(match, "det")
    relation_word = _group(match, "rel")
    this = determiner in ctx.lex.words("determiners", "demonstrative")
    if _group(match, "ci") in ctx.lex.words("that_suffix"):
        return None
    if relation_word in ctx.lex.words("previous") | ctx.lex.words("following"):
        step = 1 if relation_word in ctx.lex.words("following") else -1
        return _Resolved("DATE", None, refer="year", shift=step) if unit == "year" else None
    relation = _relation(ctx, match, "rel")
    current = relation_word in ctx.lex.words("current")
    if not (this or relation or current or match.group("bound")):
        return None
    step = {"last": -1, "next": 1}.get(relation or "", 0)
    return _Resolved(
        "DATE", _calendar_value(ctx, unit, step, ctx.tense(match.start(), match.end()))
    )


def _resolve_quarter(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    letter = ctx.lex.table("quarter_words")[_group(match, "q")]
    count = 4 if letter == "Q" else 2
    ordinal = _group(match, "ord")
    number = (
        count
        if ordinal in ctx.lex.words("last_ordinal")
        else ctx.lex.table("ordinals").get(ordinal)
    )
    if not number or number > count:
        return None
    year = int(match["y"]) if match.group("y") else None
    if year is None and ctx.anchor is not None:
        step = {"last": -1, "next": 1}.get(_relation(ctx, match, "rel") or "", 0)
        current = (ctx.anchor.month - 1) * count // 12 + 1
        tense = None if step else ctx.tense(match.start(), match.end())
        year = ctx.anchor.year + step
        if tense == PAST and number > current:
            year -= 1
        elif tense == FUTURE and number < current:
            year += 1
    return _Resolved("DATE", f"{year:04d}-{letter}{number}" if year else None)


def _resolve_reference(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    return _Resolved("TIME", ctx.lex.table("references")[_group(match, "ref")])


def _resolve_every(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    if match.group("wd"):
        return _Resolved("SET", f"XXXX-WXX-{ctx.grammar.weekdays[_group(match, 'wd')]}")
    if match.group("pod"):
        return _Resolved(
            "SET", f"XXXX-XX-XXT{ctx.lex.table('set_parts_of_day')[_group(match, 'pod')]}"
        )
    letter, factor = ctx.grammar.units[_group(match, "unit")]
    quantity = _number_value(ctx.grammar, match["n"]) if match.group("n") else 1.0
    return _Resolved("SET", _duration((quantity or 1.0) * factor, letter))


def _resolve_per(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    letter, factor = ctx.grammar.units[_group(match, "unit")]
    return _Resolved("SET", _duration(float(factor), letter), start=match.start("unit"))


def _resolve_set_adjective(match: re.Match[str], ctx: _Context) -> _Resolved | None:
    return _Resolved("SET", ctx.lex.table("set_adjectives")[_group(match, "adj")])


# ---------------------------------------------------------------------------------------------
# Grammar: the rules, built once per language from its lexicon
# ---------------------------------------------------------------------------------------------


def _fragments(lex: _Lexicon) -> dict[str, str]:
    """Named regex fragments built from the lexicon, put together by ``_rule_specs``."""
    data = lex.data
    alternations = [
        "months",
        "weekdays",
        "same",
        "relative_days",
        "anaphoric_days",
        "anaphoric_day_joiners",
        "parts_of_day",
        "this_parts_of_day",
        "anaphoric_parts_of_day",
        "part_of_day_bounds",
        "part_of_day_bound_nouns",
        "clock_words",
        "clock_halves",
        "clock_day_parts",
        "clock_minute_words",
        "seasons",
        "decade_lead",
        "century_determiners",
        "century_suffixes",
        "century_word",
        "duration_modifiers",
        "vague_quantities",
        "approximate_numbers",
        "fractions",
        "and_a_half",
        "span_determiners",
        "terms",
        "calendar_units",
        "quarter_words",
        "year_lead",
        "references",
        "every",
        "per",
        "set_adjectives",
        "set_parts_of_day",
        "bounds",
        "day_coordinators",
    ]
    f = {name: alternation(data[name]) for name in alternations}
    number_words = alternation(
        [*data["numbers"], *data["number_scales"], *data["number_multiplying"]]
    )
    number_joiners = "|".join(_phrase(j) if j.strip() else r"\s+" for j in data["number_joiners"])
    bound_joiners = [r"\s*-\s*", r"\s+"] + [rf"\s+{leading([j])}" for j in data["bound_joiners"]]
    followers = alternation(data["two_digit_year_followers"])
    definite, demonstrative = data["determiners"]["definite"], data["determiners"]["demonstrative"]
    night = data["night_span"]
    return f | {
        "det": alternation(definite + demonstrative),
        "dem": alternation(demonstrative),
        "wd_plural": _phrase(data["weekday_plural"]),
        "day": rf"(?:{alternation(data['first_day'])}|3[01]|[12]\d|0?[1-9])(?!\d)",
        "year4": r"(?:1\d|20)\d\d(?!\d)",
        "year2": rf"['’]?\d\d(?![\d]|[.,]\d|\s*[%€$])(?!\s+(?!{followers}(?!\w))[^\W\d_])",
        "rel": alternation(data["last"] + data["next"]),
        "calendar_relation": alternation(
            data["last"] + data["next"] + data["current"] + data["previous"] + data["following"]
        ),
        "span_relation": alternation(data["span_last"] + data["span_next"]),
        "suffix": alternation(data["this_suffix"] + data["that_suffix"]),
        "num": rf"(?:\d+(?:[.,]\d+)?|{number_words}(?:(?:{number_joiners}){number_words})*)",
        "unit": alternation(data["units"]),
        "bound": rf"(?:{leading(data['bound_determiners'])})?{f['bounds']}",
        "join": "(?:" + "|".join(sorted(bound_joiners, key=len, reverse=True)) + ")",
        "of": leading(data["of"]),
        "hours": alternation(data["clock_hour_abbreviations"] + data["clock_hour_words"]),
        "month_lead": leading(data["month_lead"]),
        "season_lead": leading(data["season_lead_in_extent"]),
        "ordinal": alternation([*data["ordinals"], *data["last_ordinal"]]),
        "night": rf"(?:{alternation(night['determiners'])}\s+)?{alternation(night['noun'])}"
        rf"\s+{alternation(night['of'])}",
        "night_to": alternation(night["to"]),
    }


class _Spec(NamedTuple):
    """A rule before compilation. The rule runs only on texts holding one of the words of the
    lexicon entries named in ``words`` (when given) and a character of each string of ``marks``:
    this keeps the tagger fast on the many sentences with no time expression."""

    name: str
    regex: str
    resolve: Callable[[re.Match[str], _Context], _Resolved | None]
    words: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()
    flags: int = re.IGNORECASE


_DIGITS = "0123456789"


def _date_specs(f: dict[str, str]) -> list[_Spec]:
    """Dates written with digits or a month name, months, years, decades, centuries, seasons."""
    det, day, wd, rel = f["det"], f["day"], f["weekdays"], f["rel"]
    year = rf"(?P<y>{f['year4']}|{f['year2']})"
    tail = rf"(?P<m>{f['months']})(?:\s+{year})?(?:\s+(?P<rel>{rel}))?"
    numeric_day = rf"(?:{det}\s+)?(?<![\d/.,])(?P<d>0?[1-9]|[12]\d|3[01])"
    bounded = rf"(?:(?P<bound>{f['bound']}){f['join']})?"
    months = ("months",)
    return [
        _Spec(
            "iso",
            r"(?P<y>(?:1\d|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])",
            _resolve_iso,
            marks=(_DIGITS, "-"),
        ),
        _Spec(
            "numeric",
            rf"{numeric_day}(?P<sep>[/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>\d{{4}}|\d\d)"
            r"(?![\d]|[/.]\d)",
            _resolve_numeric,
            marks=(_DIGITS, "/."),
        ),
        _Spec(
            "numeric_day_month",
            rf"{numeric_day}/(?P<m>0[1-9]|1[0-2])(?![\d]|/\d)",
            _resolve_numeric_day_month,
            marks=(_DIGITS, "/"),
        ),
        _Spec(
            "date",
            rf"(?:(?P<det>{det})\s+)?(?:(?P<same>{f['same']})\s+)?(?:(?P<wd>{wd})\s+)?"
            rf"(?P<d>{day})\s+{tail}",
            _resolve_date,
            words=months,
        ),
        _Spec(
            "date_coordinated",
            rf"(?P<x>(?:(?P<det>{det})\s+)?(?:{wd}\s+)?(?P<d>{day}))(?:\s*,\s*{day})*"
            rf"\s*{f['day_coordinators']}(?=\s*(?:{det}\s+)?(?:{wd}\s+)?{day}\s+{tail}(?!\w))",
            _resolve_date,
            words=months,
        ),
        _Spec(
            "month",
            rf"{bounded}(?P<lead>{f['month_lead']})?(?P<m>{f['months']})"
            rf"(?:\s+{year})?(?:\s+(?P<rel>{rel}))?",
            _resolve_month,
            words=months,
        ),
        _Spec(
            "year",
            rf"{bounded}(?:(?P<lead>{f['year_lead']})\s+)?(?<![\d.,])(?P<y>\d{{4}})(?![\d]|[.,]\d)",
            _resolve_year,
            marks=(_DIGITS,),
        ),
        _Spec(
            "decade",
            rf"{f['decade_lead']}\s+(?P<dec>\d{{2,4}}|{f['num']})",
            _resolve_decade,
            words=("decade_lead",),
        ),
        _Spec(
            "century",
            rf"(?:(?P<det>{f['century_determiners']})\s+)?(?P<c>[IVXLC]+|\d{{1,2}})\s*"
            rf"{f['century_suffixes']}\s+{f['century_word']}",
            _resolve_century,
            words=("century_word",),
            flags=0,
        ),
        _Spec(
            "season",
            rf"(?P<lead>{f['season_lead']})?(?P<s>{f['seasons']})"
            rf"(?:\s+(?P<y>{f['year4']})|\s+(?P<rel>{rel}))?",
            _resolve_season,
            words=("seasons",),
        ),
    ]


def _day_specs(f: dict[str, str]) -> list[_Spec]:
    """Days and parts of days named relative to now or to another day, and clock times."""
    wd, pod = f["weekdays"], f["parts_of_day"]
    clock_tail = (
        rf"(?:\s*(?P<min>[0-5]\d)(?:\s*{f['clock_minute_words']})?)?"
        rf"(?:\s+(?P<half>{f['clock_halves']}))?(?:\s+(?P<dp>{f['clock_day_parts']}))?"
        r"(?!\s*/\s*\d)"
    )
    return [
        _Spec(
            "relative_day",
            rf"(?P<rd>{f['relative_days']})(?:\s+(?P<wd>{wd}))?(?:\s+(?P<pod>{pod}))?",
            _resolve_relative_day,
            words=("relative_days",),
        ),
        _Spec(
            "anaphoric_day",
            rf"(?P<ad>{f['anaphoric_days']})"
            rf"(?:\s+(?:{f['anaphoric_day_joiners']}\s+)?(?P<pod>{pod}))?",
            _resolve_anaphoric_day,
            words=("anaphoric_days",),
        ),
        _Spec(
            "night_span",
            rf"{f['night']}\s+(?P<wd>{wd})(?:\s+{f['night_to']}\s+(?P<wd2>{wd}))?",
            _resolve_night_span,
            words=("weekdays",),
        ),
        _Spec(
            "weekday",
            rf"(?:(?P<det>{f['det']})\s+)?(?:(?P<same>{f['same']})\s+)?(?P<wd>{wd})"
            rf"(?:\s+(?P<rel>{f['rel']}))?(?:\s+(?P<pod>{pod}))?(?:\s+(?P<rel2>{f['rel']}))?",
            _resolve_weekday,
            words=("weekdays",),
        ),
        _Spec(
            "this_part_of_day",
            rf"(?P<det>{f['dem']})\s+(?:(?P<same>{f['same']})\s+)?"
            rf"(?P<pod>{f['this_parts_of_day']})",
            _resolve_this_part_of_day,
            words=("this_parts_of_day",),
        ),
        _Spec(
            "anaphoric_part",
            rf"(?P<ap>{f['anaphoric_parts_of_day']})",
            _resolve_anaphoric_part,
            words=("anaphoric_parts_of_day",),
        ),
        _Spec(
            "bounded_part",
            rf"(?P<bound>{f['part_of_day_bounds']})\s+{f['of']}"
            rf"(?P<pod>{f['part_of_day_bound_nouns']})",
            _resolve_bounded_part,
            words=("part_of_day_bound_nouns",),
        ),
        _Spec(
            "clock",
            rf"(?<![\d,.])(?P<h>[01]?\d|2[0-4])\s*(?P<hw>{f['hours']}){clock_tail}",
            _resolve_clock,
            marks=(_DIGITS,),
            flags=0,
        ),
        _Spec(
            "clock_colon",
            r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:])",
            _resolve_clock_colon,
            marks=(_DIGITS, ":"),
        ),
        _Spec(
            "clock_word",
            rf"(?<![-‑])(?P<word>{f['clock_words']})(?:\s+(?P<half>{f['clock_halves']}))?",
            _resolve_clock_word,
            words=("clock_words",),
            flags=0,
        ),
    ]


def _span_specs(f: dict[str, str]) -> list[_Spec]:
    """Durations, calendar periods, quarters, references to now, and repeated times."""
    number, unit, modifiers = f["num"], f["unit"], rf"(?:(?P<mod>{f['duration_modifiers']})\s+)?"
    units = ("units",)
    return [
        _Spec(
            "duration",
            rf"{modifiers}(?:(?P<det>{f['span_determiners']})\s+)?(?P<n>{number})"
            rf"(?:\s+(?P<rel>{f['span_relation']}))?\s+(?P<unit>{unit})"
            rf"(?:\s+(?P<half>{f['and_a_half']}))?(?!\s*/\s*\d)",
            _resolve_duration,
            words=units,
        ),
        _Spec(
            "approximate_duration",
            rf"{modifiers}(?P<n>{number})\s+(?P<approx>{f['approximate_numbers']})\s+{f['of']}"
            rf"(?P<unit>{unit})",
            _resolve_duration,
            words=("approximate_numbers",),
        ),
        _Spec(
            "fraction_duration",
            rf"{modifiers}(?P<n>{number})\s+(?P<frac>{f['fractions']})(?:\s+{f['of']}|[-‑\s])"
            rf"(?P<unit>{unit})",
            _resolve_duration,
            words=("fractions",),
        ),
        _Spec(
            "vague_duration",
            rf"{modifiers}(?P<vague>{f['vague_quantities']})\s+(?P<unit>{unit})",
            _resolve_duration,
            words=units,
        ),
        _Spec(
            "recent_span",
            rf"(?P<det>{f['span_determiners']})\s+(?P<rel>{f['span_relation']})\s+(?P<unit>{unit})",
            _resolve_duration,
            words=units,
        ),
        _Spec("term", rf"(?P<term>{f['terms']})", _resolve_term, words=("terms",)),
        _Spec(
            "calendar",
            rf"(?:(?P<bound>{f['bound']}){f['join']})?(?:(?P<det>{f['det']})\s*)?"
            rf"(?P<unit>{f['calendar_units']})(?P<ci>{f['suffix']})?"
            rf"(?:\s+(?P<rel>{f['calendar_relation']}))?",
            _resolve_calendar,
            words=("calendar_units",),
        ),
        _Spec(
            "quarter",
            rf"(?:(?P<det>{f['det']})\s+)?(?P<ord>{f['ordinal']})\s+(?P<q>{f['quarter_words']})"
            rf"(?:\s+(?P<y>{f['year4']})|\s+{f['of']}{f['year_lead']}(?:\s+(?P<rel>{f['rel']}))?)?",
            _resolve_quarter,
            words=("quarter_words",),
        ),
        _Spec(
            "reference", rf"(?P<ref>{f['references']})", _resolve_reference, words=("references",)
        ),
        _Spec(
            "every",
            rf"{f['every']}\s+(?:(?P<n>{number})\s+)?(?:(?P<unit>{unit})|"
            rf"(?P<wd>{f['weekdays']})(?:{f['wd_plural']})?|(?P<pod>{f['set_parts_of_day']}))",
            _resolve_every,
            words=("every",),
        ),
        _Spec("per", rf"{f['per']}\s+(?P<unit>{unit})", _resolve_per, words=("per",)),
        _Spec(
            "set_adjective",
            rf"(?P<adj>{f['set_adjectives']})",
            _resolve_set_adjective,
            words=("set_adjectives",),
        ),
    ]


def _rule_specs(lex: _Lexicon) -> list[_Spec]:
    """Every rule; on candidates of equal length the earlier rule wins."""
    fragments = _fragments(lex)
    return _date_specs(fragments) + _day_specs(fragments) + _span_specs(fragments)


_Judge = Callable[[re.Match[str]], str | None]


def _cue_patterns(lex: _Lexicon) -> tuple[tuple[re.Pattern[str], _Judge], ...]:
    """Surface cues of tense: each regex finds a cue, its judge says PAST, FUTURE or nothing.

    Future: a future or conditional ending ('signera', 'pourrait'), 'nous signerons', 'va
    signer', 'prochain'. Past: an auxiliary and a participle ('a signé', 's'est rendu', 'est
    arrivé' but not the passive 'est signé'), an auxiliary and 'été' ('l'accueil a été
    chaleureux'), an imperfect ('signait'), a simple past ('il
    signa', 'fut'), 'hier'.
    """
    tense = lex.data["tense"]
    alt = {
        name: alternation(entries) for name, entries in tense.items() if isinstance(entries, list)
    }
    word = r"[^\W\d_]+"
    adverbs = rf"(?:{alt['adverbs']}\s+){{0,3}}"
    clitics = rf"(?:{alt['clitics']}\s*)"
    judges = _Judges(lex)
    patterns: list[tuple[str, _Judge, int]] = [
        (rf"(?<![\w-])({word})(?!\w)", judges.future, 0),
        (
            rf"(?<!\w){alt['plural_pronouns']}\s+(?:\S+\s+){{0,2}}?"
            rf"{word}{alt['future_pronoun_endings']}(?!\w)",
            _fixed(FUTURE),
            0,
        ),
        (
            rf"(?<![\w-]){alt['periphrastic_future']}\s+{clitics}{{0,3}}"
            rf"{word}{alt['infinitive_endings']}(?!\w)",
            _fixed(FUTURE),
            0,
        ),
        (rf"(?<!\w){alt['future_words']}(?!\w)", _fixed(FUTURE), re.IGNORECASE),
        (rf"(?<![\w-]){alt['past_auxiliaries']}\s+{adverbs}({word})(?!\w)", judges.compound, 0),
        (rf"(?<![\w-]){alt['past_auxiliaries']}\s+{alt['been']}(?!\w)", _fixed(PAST), 0),
        (rf"(?<![\w-]){alt['etre_auxiliaries']}\s+{adverbs}({word})(?!\w)", judges.etre, 0),
        (rf"(?<![\w'’-])({word}{alt['imperfect_endings']})(?!\w)", judges.imperfect, 0),
        (rf"(?<!\w){alt['passe_simple_words']}(?!\w)", _fixed(PAST), 0),
        (
            rf"(?<!\w){alt['passe_simple_pronouns']}\s+{clitics}{{0,2}}({word})(?!\w)",
            judges.simple_past,
            0,
        ),
        (rf"(?<!\w){alt['past_words']}(?!\w)", _fixed(PAST), re.IGNORECASE),
    ]
    return tuple((re.compile(regex, flags), judge) for regex, judge, flags in patterns)


def _fixed(value: str) -> _Judge:
    return lambda match: value


class _Judges:
    """The checks behind the tense cues, on the word each cue regex captured."""

    def __init__(self, lex: _Lexicon) -> None:
        tense = lex.data["tense"]
        self.future_endings = tuple(tense["future_endings"])
        self.future_stop = lex.words("tense", "future_stop")
        self.future_words = lex.words("tense", "future_words")
        self.participle_endings = tuple(tense["participle_endings"])
        self.participle_stop = lex.words("tense", "participle_stop")
        self.imperfect_stop = lex.words("tense", "imperfect_stop") | self.future_stop
        self.etre_participles = lex.words("tense", "etre_participles")
        self.etre_suffixes = tuple(tense["etre_participle_suffixes"])
        self.agreement = ("", *tense["agreement_endings"])
        self.simple_past_endings = tuple(tense["passe_simple_pronoun_endings"])
        self.simple_past_stop = lex.words("tense", "passe_simple_pronoun_stop") | self.future_stop

    def future(self, match: re.Match[str]) -> str | None:
        token = match.group(1)
        known = token.islower() and token.endswith(self.future_endings)
        return FUTURE if known and token not in self.future_stop else None

    def compound(self, match: re.Match[str]) -> str | None:
        token = match.group(1)
        if not token.islower():
            return None
        if token in self.future_words:
            return FUTURE
        known = token.endswith(self.participle_endings) and token not in self.participle_stop
        return PAST if known else None

    def etre(self, match: re.Match[str]) -> str | None:
        token = match.group(1)
        stems = {token[: len(token) - len(end)] for end in self.agreement if token.endswith(end)}
        known = any(s in self.etre_participles or s.endswith(self.etre_suffixes) for s in stems)
        return PAST if known else None

    def imperfect(self, match: re.Match[str]) -> str | None:
        token = match.group(1)
        known = token.islower() and token not in self.imperfect_stop
        return PAST if known and not token.endswith(self.future_endings) else None

    def simple_past(self, match: re.Match[str]) -> str | None:
        token = _key(match.group(1))
        known = token.endswith(self.simple_past_endings) and len(token) > 3
        return PAST if known and token not in self.simple_past_stop else None


@cache
def _grammar(lang: str) -> _Grammar:
    """Compile the rules of one language once per process."""
    data = load_json(lang, "time.json")
    lex = _Lexicon(data)
    rules = tuple(
        _Rule(
            spec.name,
            re.compile(rf"(?<![\w])(?:{spec.regex})(?![\w])", spec.flags),
            spec.resolve,
            frozenset(word for name in spec.words for word in _trigger_words(data[name])),
            spec.marks,
        )
        for spec in _rule_specs(lex)
    )
    number_words = [*data["numbers"], *data["number_scales"], *data["number_multiplying"]]
    return _Grammar(
        lexicon=lex,
        rules=rules,
        months=lex.table("months"),
        weekdays=lex.table("weekdays"),
        numbers=lex.table("numbers"),
        scales=lex.table("number_scales"),
        multiplying=lex.table("number_multiplying"),
        number_word=re.compile(alternation(_key(w) for w in number_words)),
        units={_key(word): (letter, factor) for word, (letter, factor) in data["units"].items()},
        range_start=re.compile(rf"\s*{alternation(data['day_coordinators'])}\s*\d"),
        abbreviation=re.compile(rf"(?<!\w){alternation(data['abbreviations'])}\.$"),
        counted=re.compile(rf"\s*(?:\d|{alternation(data['count_symbols'])}(?!\w))"),
        cues=_cue_patterns(lex),
    )


# ---------------------------------------------------------------------------------------------
# The engine: sentences, tense cues, candidate selection, references
# ---------------------------------------------------------------------------------------------


def _sentences(grammar: _Grammar, text: str) -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ? (not after 'M.' or an initial) and at line breaks."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 6) : match.start()]
        abbreviation = _INITIAL.search(before) or grammar.abbreviation.search(before)
        if abbreviation and "\n" not in match.group(0):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _tense_cues(grammar: _Grammar, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tense cues of one sentence, found when an expression there first asks for its tense."""
    cues = []
    for pattern, judge in grammar.cues:
        for match in pattern.finditer(text, start, end):
            tense = judge(match)
            if tense:
                cues.append((match.start(), match.end(), tense))
    return cues


def _letters(text: str) -> set[str]:
    """The lower-case runs of letters of a text ("l'après-midi" → l, après, midi)."""
    return set(_LETTERS.findall(text.lower()))


def _trigger_words(entries: Iterable[str]) -> set[str]:
    """For each lexicon entry, its longest run of letters: the text must hold it for a match."""
    return {max(_letters(entry), key=len) for entry in entries if _letters(entry)}


def _candidates(grammar: _Grammar, text: str) -> list[_Candidate]:
    found = []
    words = _letters(text)
    for order, rule in enumerate(grammar.rules):
        if not rule.applies(words, text):
            continue
        for match in rule.pattern.finditer(text):
            span = match.span("x") if "x" in rule.pattern.groupindex else match.span()
            found.append(_Candidate(span[0], span[1], order, match, rule))
    found.sort(key=lambda c: (c.start - c.end, c.order, c.start))
    return found


def _select(ctx: _Context) -> list[tuple[int, int, _Resolved]]:
    """Longest candidates first; a candidate its rule rejects leaves room for shorter ones."""
    taken: list[tuple[int, int, _Resolved]] = []
    for candidate in _candidates(ctx.grammar, ctx.text):
        if any(candidate.start < end and start < candidate.end for start, end, _ in taken):
            continue
        resolved = candidate.rule.resolve(candidate.match, ctx)
        if resolved is None:
            continue
        start = resolved.start if resolved.start is not None else candidate.start
        if any(start < end and begin < candidate.end for begin, end, _ in taken):
            continue
        taken.append((start, candidate.end, resolved))
    return sorted(taken, key=lambda item: item[0])


_DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})")
_YEAR_VALUE = re.compile(r"^(\d{4})")


def _reference(
    ctx: _Context, items: Sequence[tuple[int, int, _Resolved]], index: int, kind: str
) -> str | None:
    """The day (or year) an anaphoric expression leans on.

    Clock times and parts of day take the nearest day of their own sentence, before or after
    ("vers 0 h 40, jeudi"), then the last day mentioned before, then the publication date.
    "le lendemain", "ce jour-là" and "l'année suivante" take only what came before, and nothing
    else. A part of the day told after a later part of the day it leans on is the next day's
    ("Arrivée lundi soir à Dakar, elle a été reçue dans la matinée").
    """
    pattern = _DAY_VALUE if kind in ("day", "told") else _YEAR_VALUE
    start, _, resolved = items[index]
    first, last = ctx.sentence(start)
    dated = [  # (start, end, the day or year it names, its value)
        (s, e, m.group(0), r.value)
        for s, e, r in items
        if r.type in ("DATE", "TIME") and r.value and s != start and (m := pattern.match(r.value))
    ]
    same = [(abs(s - start), s, d, v) for s, e, d, v in dated if first <= s < last]
    if resolved.shift == 0 and kind == "day" and same:
        _, told, day, value = min(same)
    elif earlier := _told_before(ctx, [(s, d, v) for s, e, d, v in dated if e <= start], kind):
        told, day, value = earlier[-1]
    elif resolved.shift == 0 and ctx.anchor is not None and kind != "told":
        return ctx.anchor.isoformat() if kind == "day" else f"{ctx.anchor.year:04d}"
    else:
        return None  # "ce jour-là" with no day told before: unknown
    overnight = resolved.overnight and told < start and _earlier_part(resolved.suffix, value)
    return _moved(day, 1) if overnight else day


def _told_before(
    ctx: _Context, earlier: list[tuple[int, str, str]], kind: str
) -> list[tuple[int, str, str]]:
    """The days "le lendemain" may count from: not one that only names a thing ("le séisme du
    6 février"), while a day told as such comes before ("dimanche ... . L'image ... quinze jours
    après le séisme du 6 février. Le lendemain, ...": Monday)."""
    if kind != "told":
        return earlier
    told = [item for item in earlier if not _names_a_thing(ctx.lex, ctx.text, item[0])]
    return told or earlier


def names_a_thing(text: str, position: int, lang: str = "fr") -> bool:
    """Whether the day at ``position`` only names a thing by it ("le séisme du 6 février"):
    the word before it is one of the language's naming markers."""
    return _names_a_thing(_grammar(lang).lexicon, text, position)


def _names_a_thing(lex: _Lexicon, text: str, position: int) -> bool:
    words = text[max(0, position - 20) : position].split()
    return bool(words) and _key(words[-1]) in lex.words("naming_day_markers")


def _moved(day: str, days: int) -> str | None:
    """A day some days later (earlier when negative); unknown when its year is ("XXXX-05-12")."""
    if not days:
        return day
    if day.startswith("XXXX"):
        return None
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


_PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI")  # TimeML's parts of the day, in their order


def _earlier_part(suffix: str, value: str) -> bool:
    """Whether the part of the day ``suffix`` names comes before the one ``value`` ends with."""
    part, told = suffix.removeprefix("T"), value.partition("T")[2]
    if part not in _PARTS_OF_DAY or told not in _PARTS_OF_DAY:
        return False
    return _PARTS_OF_DAY.index(part) < _PARTS_OF_DAY.index(told)


def _apply_reference(reference: str | None, resolved: _Resolved) -> str | None:
    if reference is None:
        return None
    if resolved.refer == "year":
        return f"{int(reference) + resolved.shift:04d}{resolved.suffix}"
    day = _moved(reference, resolved.shift)
    return None if day is None else day + resolved.suffix


def _resolve_references(
    ctx: _Context, items: list[tuple[int, int, _Resolved]]
) -> list[tuple[int, int, _Resolved]]:
    for index, (start, end, resolved) in enumerate(items):
        if resolved.refer:
            value = _apply_reference(_reference(ctx, items, index, resolved.refer), resolved)
            items[index] = (start, end, replace(resolved, value=value, refer=None))
    return items


def find_timexes(
    text: str, anchor: dt.date | None, *, doc: str = "", lang: str = "fr"
) -> list[Timex]:
    """Every time expression of ``text`` with its TimeML type and value, in text order.

    ``anchor`` is the publication date; ``None`` when unknown, and then nothing relative to it
    gets a value. Offsets are character offsets into ``text``.
    """
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    grammar = _grammar(lang)
    ctx = _Context(text, anchor, grammar, _sentences(grammar, text))
    items = _resolve_references(ctx, _select(ctx))
    return [Timex(doc, start, end, text[start:end], r.type, r.value) for start, end, r in items]
