"""Printing evaluation results for the ``entente eval`` command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from entente.eval.scoring import Scores, load_gold, score
from entente.records import Extraction

console = Console()


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def scores_table(scores: Scores, title: str) -> Table:
    table = Table(title=title)
    for column in ("metric", "precision", "recall", "F1 / accuracy", "n"):
        table.add_column(column)
    for name, counts in (
        ("interactions", scores.interactions),
        ("dyads", scores.dyads),
        ("persons", scores.persons),
    ):
        table.add_row(
            name,
            _fmt(counts.precision),
            _fmt(counts.recall),
            _fmt(counts.f1),
            f"tp {counts.tp} fp {counts.fp} fn {counts.fn}",
        )
    for name, ratio in (
        ("interaction mode", scores.mode),
        ("interaction date", scores.date),
        ("interaction location", scores.location),
        ("interaction status", scores.status),
        ("publication date", scores.published),
    ):
        table.add_row(name, "", "", _fmt(ratio.value), str(ratio.total))
    table.add_row("invented event dates", "", "", str(scores.invented_dates), "")
    table.add_row("invented publication dates", "", "", str(scores.invented_published), "")
    return table


def run_eval(
    gold_path: Path, inputs: list[str], explain: bool, reference: dt.date | None
) -> Scores:
    import entente

    try:
        gold = load_gold(gold_path)
    except (OSError, ValueError) as error:
        console.print(f"[red]error:[/red] cannot read gold file {gold_path}: {error}")
        raise typer.Exit(2) from None
    extractions = (
        x
        for x in entente.extract_many(entente.read(*inputs), reference_date=reference)
        if isinstance(x, Extraction)
    )
    scores = score(gold, extractions)
    console.print(scores_table(scores, f"entente eval: {gold_path} ({scores.documents} documents)"))
    if explain:
        for note in scores.notes:
            console.print(f"  {note}", highlight=False, markup=False)
    return scores


def run_timebank(directory: Path, explain: bool) -> None:
    from entente.eval.timebank import score_timebank

    if not directory.is_dir():
        console.print(f"[red]error:[/red] {directory} is not a folder of TimeML files")
        raise typer.Exit(2)
    result = score_timebank(directory, types=("DATE", "TIME"), explain=explain)
    console.print(result.table())
    if explain:
        console.print(result.explanation(), markup=False, highlight=False)
