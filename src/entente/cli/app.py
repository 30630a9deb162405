"""The ``entente`` command's application and what its commands share: a thin layer over the
Python API, which does the work."""

from __future__ import annotations

import datetime as dt
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from entente.records import Failure

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="entente: diplomatic events read from French news, each tied to its sentence.",
)
err = Console(stderr=True)


def reference(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


ReferenceDate = Annotated[
    str | None,
    typer.Option(
        "--reference-date",
        help="Settle datelines without a year: the latest such day on or before it.",
    ),
]
Inputs = Annotated[list[str], typer.Argument(help="Files, folders, glob patterns, or - for stdin.")]


@contextmanager
def opened(path: Path | None):
    if path is None:
        yield sys.stdout
        return
    try:
        handle = path.open("w", encoding="utf-8", newline="")
    except OSError as error:
        err.print(f"[red]error:[/red] cannot write {path}: {error.strerror}")
        raise typer.Exit(2) from None
    with handle:
        yield handle


def progress_bar(quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} documents"),
        TimeElapsedColumn(),
        console=err,
        disable=quiet,
        transient=True,
    )


def report(failure: Failure) -> None:
    """One line per input that could not be read, never wrapped: it is meant for grep too."""
    err.print(
        f"[yellow]skipped[/yellow] {failure.origin}: {failure.reason}",
        highlight=False,
        soft_wrap=True,
    )
