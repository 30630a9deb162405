"""Writing records as JSON Lines, CSV or a readable table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from entente.records import EventRecord, Extraction, FusedEvent

if TYPE_CHECKING:
    from entente.store import ActorSummary, IngestSummary, Timeline

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
    return actor.name if actor.type != "person" else f"{actor.name} ({actor.party or '?'})"


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


# the store ------------------------------------------------------------------------------------

SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[int]) -> str:
    """One character per value, scaled to the largest (zero is the lowest bar)."""
    top = max(values, default=0)
    if top == 0:
        return SPARKS[0] * len(values)
    return "".join(SPARKS[round(v / top * (len(SPARKS) - 1))] for v in values)


def fused_table(events: list[FusedEvent]) -> Table:
    table = Table(title=f"entente: {len(events)} events", expand=True)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("date", style="cyan", no_wrap=True)
    table.add_column("type", style="bold", no_wrap=True)
    table.add_column("mode", no_wrap=True)
    table.add_column("source → target / participants", style="green", overflow="fold", ratio=2)
    table.add_column("sources", justify="right", no_wrap=True)
    table.add_column("evidence", overflow="ellipsis", no_wrap=True, ratio=3)
    for e in events:
        date = e.date or (f"? {e.date_text}" if e.date_text else "?")
        if e.event_type == "CONSULT":
            dyad = " + ".join(_actor(a) for a in e.participants)
        else:
            dyad = f"{_actor(e.source)} → {_actor(e.target)}"
        if e.status == "planned":
            dyad += " [planned]"
        first = e.sources[0].evidence[0].sentence if e.sources and e.sources[0].evidence else ""
        table.add_row(str(e.id), date, e.event_type, e.mode or "", dyad, str(e.source_count), first)
    return table


def timeline_view(timeline: Timeline) -> Table:
    """Counts by type for each period that has events; the sparkline in the title shows them all,
    quiet periods included."""
    types = sorted({t for p in timeline.periods for t in p.counts})
    spark = sparkline([p.total for p in timeline.periods])
    who = " – ".join(x for x in (timeline.a, timeline.b) if x) or "all events"
    table = Table(title=f"{who} by {timeline.by}  {spark}")
    table.add_column(timeline.by, style="cyan", no_wrap=True)
    for name in types:
        table.add_column(name, justify="right")
    table.add_column("total", justify="right", style="bold")
    table.add_column("goldstein", justify="right")
    active = [p for p in timeline.periods if p.total]
    for p in active:
        counts = [str(p.counts.get(t, "")) for t in types]
        table.add_row(p.label, *counts, str(p.total), f"{p.goldstein:+.1f}")
    quiet = len(timeline.periods) - len(active)
    if not timeline.periods:
        table.caption = "no dated events between these actors"
    elif quiet:
        table.caption = f"{quiet} {timeline.by}s without events not shown"
    return table


def actors_table(actors: list[ActorSummary]) -> Table:
    table = Table(title="entente: actors")
    for column in ("id", "name", "type", "country/code", "wikidata", "events", "documents"):
        table.add_column(column, overflow="fold")
    for a in actors:
        party = a.country or a.code or ""
        table.add_row(
            str(a.id), a.name, a.type, party, a.kb_id or "", str(a.events), str(a.documents)
        )
    return table


def print_event(event: FusedEvent, console: Console) -> None:
    """A fused event with every source and every evidence sentence."""
    console.print(
        f"[bold]event {event.id}[/bold]: {event.event_type} ({event.cameo}, "
        f"Goldstein {event.goldstein:+.1f}) {event.status}",
        highlight=False,
    )
    console.print(f"date: {event.date or '?'}  ({event.date_text or 'no date words'})")
    console.print(f"mode: {event.mode or '-'}   location: {event.location or '-'}")
    console.print(f"source: {_actor(event.source) or '-'}   target: {_actor(event.target) or '-'}")
    if event.participants:
        console.print("participants: " + ", ".join(_actor(a) for a in event.participants))
    if event.speaker:
        console.print(f"speaker: {_actor(event.speaker)}")
    for name, values in event.conflicts:
        console.print(f"[yellow]sources disagree on {name}[/yellow]: {' / '.join(values)}")
    console.print(f"confidence {event.confidence:.2f}, {event.source_count} source(s):")
    for s in event.sources:
        console.print(
            f"\n[cyan]{s.doc}[/cyan] {s.published or '?'} {s.title or ''}", highlight=False
        )
        if s.url:
            console.print(f"  {s.url}", highlight=False)
        for ev in s.evidence:
            console.print(f"  [{ev.start}-{ev.end}] {ev.sentence}", highlight=False)


def ingest_summary(summary: IngestSummary) -> str:
    return (
        f"read {summary.read} documents: {summary.new} new, {summary.updated} updated, "
        f"{summary.skipped} unchanged (skipped), {summary.failed} failed; "
        f"{summary.events} event mentions stored, {summary.new_fused} new fused events"
    )
