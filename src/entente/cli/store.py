"""``entente ingest``, ``events``, ``timeline``, ``actors``, ``show`` and ``export``: the store."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from entente import output
from entente.cli.app import Inputs, ReferenceDate, app, err, progress_bar, reference, report
from entente.store import DEFAULT_URL, Store, StoreError
from entente.store.export import EXPORT_FORMATS, ROW_COLUMNS, event_row, export

Db = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="ENTENTE_DB",
        help="An SQLite file or a database URL (postgresql://user@host/name).",
    ),
]


class QueryFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


ExportFormat = StrEnum("ExportFormat", {name: name for name in EXPORT_FORMATS})


@contextmanager
def _store(url: str, *, create: bool = False) -> Iterator[Store]:
    """The store, with every store error turned into one line and exit code 2."""
    try:
        with Store(url, create=create) as store:
            yield store
    except StoreError as error:
        err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


@app.command()
def ingest(
    inputs: Inputs,
    db: Db = DEFAULT_URL,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    reference_date: ReferenceDate = None,
) -> None:
    """Extract articles and store them; unchanged documents are skipped, changed ones replaced."""
    ref = reference(reference_date)
    with _store(db, create=True) as store, progress_bar(quiet) as progress:
        task = progress.add_task("ingesting", total=None)

        def advance(doc: str, outcome: str) -> None:
            progress.update(task, advance=1, description=f"{outcome} {doc}"[:60])

        try:
            summary = store.ingest(inputs, n_process=jobs, reference_date=ref, progress=advance)
        except KeyboardInterrupt:
            err.print("[yellow]interrupted[/yellow]: committed batches are kept; rerun to resume")
            raise typer.Exit(130) from None
    for failure in summary.failures:
        report(failure)
    err.print(output.ingest_summary(summary), highlight=False)
    raise typer.Exit(1 if summary.failed else 0)


Actor = Annotated[str | None, typer.Option("--actor", help="A name, code (CHN, UN) or Q-id.")]
Between = Annotated[
    tuple[str, str] | None, typer.Option("--between", help="Two actors: events involving both.")
]


@app.command()
def events(
    db: Db = DEFAULT_URL,
    actor: Actor = None,
    between: Between = None,
    event_type: Annotated[str | None, typer.Option("--type", help="A PLOVER type.")] = None,
    mode: Annotated[str | None, typer.Option("--mode", help="phone, video, visit...")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD")] = None,
    min_sources: Annotated[int, typer.Option("--min-sources", min=1)] = 1,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """List fused events in date order, filtered."""
    with _store(db) as store:
        found = store.events(
            actor=actor,
            between=between,
            type=event_type,
            mode=mode,
            since=since,
            until=until,
            min_sources=min_sources,
            limit=limit,
        )
    if fmt is QueryFormat.jsonl:
        output.write_jsonl((e.to_dict() for e in found), sys.stdout)
    elif fmt is QueryFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=ROW_COLUMNS)
        writer.writeheader()
        writer.writerows(event_row(e) for e in found)
    else:
        Console().print(output.fused_table(found))


@app.command()
def timeline(
    a: Annotated[str, typer.Argument(help="An actor: name, code or Q-id.")],
    b: Annotated[str, typer.Argument(help="Another actor.")],
    db: Db = DEFAULT_URL,
    by: Annotated[str, typer.Option("--by", help="month, week or year.")] = "month",
    since: Annotated[str | None, typer.Option("--since")] = None,
    until: Annotated[str | None, typer.Option("--until")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """Events between two actors over time: counts by type, and a sparkline."""
    with _store(db) as store:
        found = store.timeline(a, b, by=by, since=since, until=until)
    if as_json:
        print(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
    else:
        Console().print(output.timeline_view(found))


@app.command()
def actors(
    db: Db = DEFAULT_URL,
    search: Annotated[
        str | None, typer.Option("--search", help="Part of a name, or a code.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
) -> None:
    """Actors of the store, the most active first."""
    with _store(db) as store:
        found = store.actors(search, limit=limit)
    Console().print(output.actors_table(found))


@app.command()
def show(
    event_id: Annotated[int, typer.Argument(help="An event id from `entente events`.")],
    db: Db = DEFAULT_URL,
    as_json: Annotated[bool, typer.Option("--json", help="The record as JSON.")] = False,
) -> None:
    """One fused event with every source and evidence sentence."""
    with _store(db) as store:
        event = store.event(event_id)
    if as_json:
        print(json.dumps(event.to_dict(), ensure_ascii=False, indent=2))
    else:
        output.print_event(event, Console())


@app.command("export")
def export_events(
    out_path: Annotated[Path, typer.Option("-o", "--output", help="The file to write.")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    db: Db = DEFAULT_URL,
    actor: Actor = None,
    between: Between = None,
    since: Annotated[str | None, typer.Option("--since")] = None,
    until: Annotated[str | None, typer.Option("--until")] = None,
) -> None:
    """Export fused events: jsonl, csv, parquet, gdelt (tab-separated) or plover (JSON Lines)."""
    partial = out_path.with_name(out_path.name + ".partial")
    with _store(db) as store:
        found = store.stream(actor=actor, between=between, since=since, until=until)
        try:
            count = export(found, fmt.value, partial)
            os.replace(partial, out_path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            err.print(f"[red]error:[/red] cannot write {out_path}: {error.strerror}")
            raise typer.Exit(2) from None
    err.print(f"wrote {count} events to {out_path} ({fmt.value})")
