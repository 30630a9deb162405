"""Writing records as JSON Lines, CSV or a readable table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from entente.records import EventRecord, Extraction

CSV_COLUMNS = (
    "record",
    "doc",
    "published",
    "published_basis",
    "event_type",
    "mode",
    "status",
    "source",
    "target",
    "participants",
    "speaker",
    "date",
    "date_text",
    "location",
    "cameo",
    "goldstein",
    "confidence",
    "evidence",
)


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _actor(actor: Any) -> str:
    if actor is None:
        return ""
    return (
        actor.name
        if actor.type in ("state", "organization")
        else f"{actor.name} ({actor.country or '?'})"
    )


def csv_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """One row per event; a document without events still gets a row."""
    doc = extraction.document
    base = {"doc": doc.doc, "published": doc.published, "published_basis": doc.published_basis}
    if not extraction.events:
        return [{"record": "document", **base}]
    return [{"record": "event", **base, **_event_columns(e)} for e in extraction.events]


def _event_columns(e: EventRecord) -> dict[str, Any]:
    return {
        "event_type": e.event_type,
        "mode": e.mode,
        "status": e.status,
        "source": _actor(e.source),
        "target": _actor(e.target),
        "participants": "; ".join(_actor(a) for a in e.participants),
        "speaker": _actor(e.speaker),
        "date": e.date,
        "date_text": e.date_text,
        "location": e.location,
        "cameo": e.cameo,
        "goldstein": e.goldstein,
        "confidence": e.confidence,
        "evidence": " | ".join(ev.sentence for ev in e.evidence),
    }


def csv_writer(out: IO[str]) -> csv.DictWriter:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    return writer


def timeline_table(extractions: list[Extraction]) -> Table:
    """Events in date order (undated last), one line each, as a terminal table."""
    table = Table(title="entente: events", expand=True)
    table.add_column("date", style="cyan", no_wrap=True)
    table.add_column("type", style="bold", no_wrap=True)
    table.add_column("mode", no_wrap=True)
    table.add_column("source → target", style="green", overflow="fold", ratio=2)
    table.add_column("evidence", overflow="ellipsis", no_wrap=True, ratio=3)
    events = [e for x in extractions for e in x.events]
    for e in sorted(events, key=lambda e: (e.date is None, e.date or "", e.doc)):
        date = e.date or (f"? {e.date_text}" if e.date_text else "?")
        dyad = f"{_actor(e.source)} → {_actor(e.target)}"
        if e.status == "planned":
            dyad += " [planned]"
        table.add_row(date, e.event_type, e.mode or "", dyad, e.evidence[0].sentence)
    return table


def print_documents(extractions: list[Extraction], console: Console) -> None:
    table = Table(title="entente: documents", expand=True)
    for column in ("doc", "published", "persons", "events", "warnings"):
        table.add_column(column, overflow="fold")
    for x in extractions:
        d = x.document
        published = d.published or (f"? {d.published_partial}" if d.published_partial else "?")
        if d.published_basis:
            published += f" ({d.published_basis})"
        persons = ", ".join(a.name for a in d.actors if a.type == "person") or "-"
        table.add_row(d.doc, published, persons, str(len(x.events)), "; ".join(d.warnings))
    console.print(table)
