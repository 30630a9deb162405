"""``entente extract``, ``entente timex`` and ``entente eval``: reading and scoring articles."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console

from entente import output
from entente.cli.app import (
    Inputs,
    ReferenceDate,
    app,
    err,
    opened,
    progress_bar,
    reference,
    report,
)
from entente.records import Extraction, Failure


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class TimexFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


def _emit(item: Extraction, fmt: Format, out: IO[str], writer, kept: list[Extraction]) -> None:
    if fmt is Format.jsonl:
        output.write_jsonl(item.records(), out)
    elif fmt is Format.csv:
        writer.writerows(output.csv_rows(item))
    else:
        kept.append(item)


@app.command()
def extract(
    inputs: Inputs,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="jsonl (the contract), csv or table.")
    ] = Format.jsonl,
    out_path: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    reference_date: ReferenceDate = None,
    fetch: Annotated[
        bool, typer.Option("--fetch", help="Download feed entries that have no content.")
    ] = False,
) -> None:
    """Extract document and event records from news articles."""
    import entente

    ref = reference(reference_date)
    failed = 0
    kept: list[Extraction] = []
    with opened(out_path) as out, progress_bar(quiet) as progress:
        task = progress.add_task("extracting", total=None)
        writer = output.csv_writer(out) if fmt is Format.csv else None
        documents = entente.read(*inputs, fetch=fetch)
        for item in entente.extract_many(documents, n_process=jobs, reference_date=ref):
            if isinstance(item, Failure):
                failed += 1
                report(item)
                continue
            _emit(item, fmt, out, writer, kept)
            progress.advance(task)
    if fmt is Format.table:
        console = Console(file=out) if out_path else Console()
        output.print_documents(kept, console)
        console.print(output.timeline_table(kept))
    raise typer.Exit(1 if failed else 0)


@app.command()
def timex(
    inputs: Inputs,
    fmt: Annotated[TimexFormat, typer.Option("--format", "-f")] = TimexFormat.jsonl,
    reference_date: ReferenceDate = None,
) -> None:
    """List the time expressions of documents with ISO-TimeML values."""
    import entente
    from entente.pipeline import Options, prepare

    failed = 0
    ref = reference(reference_date)
    for item in entente.read(*inputs):
        if isinstance(item, Failure):
            failed += 1
            report(item)
            continue
        prepared = prepare(item, Options(reference_date=ref))
        found = entente.timexes(prepared.doc.text, prepared.publication.date, prepared.doc.id)
        if fmt is TimexFormat.table:
            for t in found:
                print(f"{t.doc}\t{t.start}-{t.end}\t{t.type}\t{t.value}\t{t.text}")
        else:
            output.write_jsonl((t.to_dict() for t in found), sys.stdout)
    raise typer.Exit(1 if failed else 0)


@app.command("eval")
def evaluate(
    gold: Annotated[
        Path | None, typer.Argument(help="A gold file in the layout of EVENTS.md.")
    ] = None,
    inputs: Annotated[
        list[str] | None, typer.Argument(help="The documents the gold file describes.")
    ] = None,
    timebank: Annotated[
        Path | None, typer.Option("--timebank", help="Score time expressions on a TimeBank folder.")
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="List every miss and false positive.")
    ] = False,
    reference_date: ReferenceDate = None,
) -> None:
    """Score extraction against a gold file (EVENTS.md rules) or the French TimeBank."""
    from entente.eval.report import run_eval, run_timebank

    if gold is None and timebank is None:
        raise typer.BadParameter("give a GOLD file and INPUTS, or --timebank DIR")
    try:
        if timebank is not None:
            run_timebank(timebank, explain)
        if gold is not None:
            if not inputs:
                raise typer.BadParameter("give the documents to score after the gold file")
            run_eval(gold, inputs, explain, reference(reference_date))
    except (FileNotFoundError, NotADirectoryError) as error:  # "no .tml file in DIR", no gold
        err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
