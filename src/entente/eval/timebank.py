"""Score the time-expression tagger on an ISO-TimeML corpus (the French TimeBank), TempEval-3
style.

Each ``.tml`` file is read into its plain text (the content of ``<TEXT>`` with every tag removed;
offsets count characters of that text), its gold ``<TIMEX3>`` spans and its creation date
(``<DCT>``).
``find_timexes(text, dct)`` is run on the plain text and compared with the gold spans:

- strict extraction: a system span counts when a gold span has exactly the same offsets;
- relaxed extraction: when it overlaps a gold span (pairs are matched one to one, largest overlap
  first);
- value accuracy: among relaxed matches, the share whose values are equal;
- value F1: TempEval-3's attribute F1, i.e. precision = correct values / system spans and recall =
  correct values / gold spans, which equals relaxed F1 × value accuracy.

Scores are given for the selected types (DATE and TIME by default: they carry the dates entente
uses) and for all types. Gold and system expressions are each filtered by their own type.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from entente.records import Timex
from entente.time.timex import find_timexes

ALL_TYPES = ("DATE", "TIME", "DURATION", "SET")
Tagger = Callable[..., Sequence[Timex]]


@dataclass(frozen=True)
class GoldTimex:
    """A ``<TIMEX3>`` of the corpus, with offsets into the plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True)
class TimemlDocument:
    """One ISO-TimeML file: its plain text, creation date and gold time expressions."""

    name: str
    text: str
    dct: dt.date | None
    timexes: tuple[GoldTimex, ...]


def _creation_date(root: ET.Element) -> dt.date | None:
    timex = root.find("DCT/TIMEX3")
    value = timex.get("value", "") if timex is not None else ""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _flatten(element: ET.Element, pieces: list[str], gold: list[GoldTimex]) -> None:
    """Append the text of ``element`` to ``pieces``, recording each TIMEX3 with its offsets."""
    start = sum(map(len, pieces))
    pieces.append(element.text or "")
    for child in element:
        _flatten(child, pieces, gold)
        pieces.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = sum(map(len, pieces))
        text = "".join(element.itertext())
        gold.append(GoldTimex(start, end, text, element.get("type", ""), element.get("value")))


def read_timeml(path: Path) -> TimemlDocument:
    """Read one ``.tml`` file: strip the tags of ``<TEXT>`` and keep where each TIMEX3 was."""
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    gold: list[GoldTimex] = []
    body = root.find("TEXT")
    if body is not None:
        _flatten(body, pieces, gold)
    gold.sort(key=lambda timex: timex.start)
    return TimemlDocument(path.stem, "".join(pieces), _creation_date(root), tuple(gold))


@dataclass(frozen=True)
class Prf:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, hits: int, system: int, gold: int) -> Prf:
        precision = hits / system if system else 0.0
        recall = hits / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1)


@dataclass(frozen=True)
class Scores:
    """The TempEval-3 figures for one set of types."""

    types: tuple[str, ...]
    gold: int
    system: int
    strict_matches: int
    relaxed_matches: int
    correct_values: int
    strict: Prf
    relaxed: Prf
    value_accuracy: float
    value_f1: float

    @classmethod
    def of(
        cls, types: Sequence[str], gold: int, system: int, strict: int, relaxed: int, correct: int
    ) -> Scores:
        relaxed_prf = Prf.of(relaxed, system, gold)
        accuracy = correct / relaxed if relaxed else 0.0
        return cls(
            tuple(types),
            gold,
            system,
            strict,
            relaxed,
            correct,
            Prf.of(strict, system, gold),
            relaxed_prf,
            accuracy,
            relaxed_prf.f1 * accuracy,
        )


@dataclass(frozen=True)
class Discrepancy:
    """One disagreement with the gold: ``miss``, ``false_positive``, ``wrong_value`` (overlapping
    spans, different values) or ``extent`` (overlapping spans, same value, different offsets)."""

    doc: str
    kind: str
    gold_text: str | None
    system_text: str | None
    gold_value: str | None
    system_value: str | None
    start: int
    context: str


@dataclass(frozen=True)
class TimebankScores:
    """Scores of the selected types and of all types, and (with ``explain``) the disagreements."""

    directory: str
    documents: int
    selected: Scores
    all_types: Scores
    discrepancies: tuple[Discrepancy, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def table(self) -> str:
        """The scores as a plain-text table, one line per set of types."""
        header = (
            f"{'types':<24}{'gold':>6}{'system':>8}   {'strict P/R/F1':<18}   "
            f"{'relaxed P/R/F1':<18}{'value acc':>11}{'value F1':>10}"
        )
        lines = [f"TimeBank: {self.directory} ({self.documents} documents)", header]
        for label, scores in (
            ("+".join(self.selected.types), self.selected),
            ("all types", self.all_types),
        ):
            lines.append(
                f"{label:<24}{scores.gold:>6}{scores.system:>8}   {_prf(scores.strict):<18}   "
                f"{_prf(scores.relaxed):<18}{scores.value_accuracy:>11.3f}{scores.value_f1:>10.3f}"
            )
        return "\n".join(lines)

    def explanation(self) -> str:
        """One line per disagreement, grouped by kind."""
        lines = []
        for kind in ("miss", "false_positive", "wrong_value", "extent"):
            found = [d for d in self.discrepancies if d.kind == kind]
            lines.append(f"== {kind} ({len(found)})")
            lines.extend(
                f"{d.doc}:{d.start} gold={d.gold_text!r}/{d.gold_value} "
                f"system={d.system_text!r}/{d.system_value}  …{d.context}…"
                for d in found
            )
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.table() + ("\n" + self.explanation() if self.discrepancies else "")


def _prf(prf: Prf) -> str:
    return f"{prf.precision:.3f}/{prf.recall:.3f}/{prf.f1:.3f}"


def _overlap(gold: GoldTimex, system: Timex) -> int:
    return min(gold.end, system.end) - max(gold.start, system.start)


def _pairs(gold: Sequence[GoldTimex], system: Sequence[Timex]) -> list[tuple[GoldTimex, Timex]]:
    """One-to-one relaxed matching, the largest overlaps first."""
    options = sorted(
        (
            (_overlap(g, s), i, j)
            for i, g in enumerate(gold)
            for j, s in enumerate(system)
            if _overlap(g, s) > 0
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, i, j in options:
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            pairs.append((gold[i], system[j]))
    return pairs


@dataclass
class _Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    correct: int = 0

    def scores(self, types: Sequence[str]) -> Scores:
        return Scores.of(types, self.gold, self.system, self.strict, self.relaxed, self.correct)


def _context(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 40) : end + 30].split())


def _compare(
    document: TimemlDocument, system: Sequence[Timex], types: Sequence[str], tally: _Tally
) -> list[Discrepancy]:
    gold = [g for g in document.timexes if g.type in types]
    found = [s for s in system if s.type in types]
    pairs = _pairs(gold, found)
    tally.gold += len(gold)
    tally.system += len(found)
    tally.strict += len({(g.start, g.end) for g in gold} & {(s.start, s.end) for s in found})
    tally.relaxed += len(pairs)
    tally.correct += sum(g.value == s.value for g, s in pairs)
    return _discrepancies(document, gold, found, pairs)


def _discrepancy(
    document: TimemlDocument, kind: str, gold: GoldTimex | None, system: Timex | None
) -> Discrepancy:
    span = gold or system
    assert span is not None
    return Discrepancy(
        document.name,
        kind,
        gold.text if gold else None,
        system.text if system else None,
        gold.value if gold else None,
        system.value if system else None,
        span.start,
        _context(document.text, span.start, span.end),
    )


def _discrepancies(
    document: TimemlDocument,
    gold: Sequence[GoldTimex],
    found: Sequence[Timex],
    pairs: Sequence[tuple[GoldTimex, Timex]],
) -> list[Discrepancy]:
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    out = [_discrepancy(document, "miss", g, None) for g in gold if id(g) not in matched_gold]
    out += [
        _discrepancy(document, "false_positive", None, s)
        for s in found
        if id(s) not in matched_system
    ]
    for g, s in pairs:
        if g.value != s.value:
            out.append(_discrepancy(document, "wrong_value", g, s))
        elif (g.start, g.end) != (s.start, s.end):
            out.append(_discrepancy(document, "extent", g, s))
    return out


def score_documents(
    documents: Iterable[TimemlDocument],
    types: Sequence[str] = ("DATE", "TIME"),
    *,
    explain: bool = False,
    directory: str = "",
    lang: str = "fr",
    tagger: Tagger = find_timexes,
) -> TimebankScores:
    """Score already-read documents (``score_timebank`` reads them from a directory).

    ``tagger`` is called like ``find_timexes(text, dct, doc=..., lang=...)``; tests pass their own.
    """
    selected, every = _Tally(), _Tally()
    discrepancies: list[Discrepancy] = []
    count = 0
    for document in documents:
        count += 1
        system = tagger(document.text, document.dct, doc=document.name, lang=lang)
        found = _compare(document, system, types, selected)
        _compare(document, system, ALL_TYPES, every)
        if explain:
            discrepancies.extend(found)
    return TimebankScores(
        directory, count, selected.scores(types), every.scores(ALL_TYPES), tuple(discrepancies)
    )


def score_timebank(
    directory: Path,
    types: Sequence[str] = ("DATE", "TIME"),
    *,
    explain: bool = False,
    lang: str = "fr",
) -> TimebankScores:
    """Run the tagger on every ``.tml`` file of ``directory`` and score it against the gold.

    With ``explain``, the result also lists every miss, false positive, wrong value and extent
    mismatch of the selected types (``TimebankScores.explanation()`` renders them).
    """
    paths = sorted(Path(directory).glob("*.tml"))
    if not paths:
        raise FileNotFoundError(f"no .tml file in {directory}")
    documents = (read_timeml(path) for path in paths)
    return score_documents(documents, types, explain=explain, directory=str(directory), lang=lang)
