"""Exports of fused events: JSON Lines, CSV, Parquet, GDELT 2.0 events and PLOVER/POLECAT JSON.

The flat row (``event_row``) is the one shape that CSV, Parquet and ``Results.to_pandas`` share. The
GDELT and PLOVER layouts are documented field by field in README.md ("Exports"); a field entente does
not know stays empty rather than guessed.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from pathlib import Path
from typing import IO, Any

from entente.records import Actor, FusedEvent

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")

ROW_COLUMNS = (
    "id",
    "event_type",
    "mode",
    "status",
    "date",
    "date_text",
    "location",
    "source",
    "source_country",
    "target",
    "target_country",
    "participants",
    "speaker",
    "cameo",
    "goldstein",
    "confidence",
    "source_count",
    "documents",
    "evidence",
    "conflicts",
)

GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    + " ".join(
        f"{a}{c}"
        for a in ("Actor1", "Actor2")
        for c in [
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        ]
    )
    + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions"
    " NumSources NumArticles AvgTone "
    + " ".join(
        f"{g}_{c}"
        for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
        for c in [
            "Type",
            "FullName",
            "CountryCode",
            "ADM1Code",
            "ADM2Code",
            "Lat",
            "Long",
            "FeatureID",
        ]
    )
    + " DATEADDED SOURCEURL"
).split()

#: CAMEO known-group codes of the organisations whose code is certain; others export as plain IGO.
CAMEO_GROUPS = {
    "UN": "UNO",
    "UNSC": "UNO",
    "UNGA": "UNO",
    "NATO": "NAT",
    "EU": "EEC",
    "ARAB_LEAGUE": "ARL",
    "OPEC": "OPC",
    "IMF": "IMF",
    "WORLD_BANK": "WBK",
}


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor else None


def _party(actor: Actor | None) -> str | None:
    return actor.party if actor else None


def event_row(event: FusedEvent) -> dict[str, Any]:
    """A fused event as one flat row with the contract's field names."""
    return {
        "id": event.id,
        "event_type": event.event_type,
        "mode": event.mode,
        "status": event.status,
        "date": event.date,
        "date_text": event.date_text,
        "location": event.location,
        "source": _name(event.source),
        "source_country": _party(event.source),
        "target": _name(event.target),
        "target_country": _party(event.target),
        "participants": "; ".join(a.name for a in event.participants),
        "speaker": _name(event.speaker),
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "confidence": event.confidence,
        "source_count": event.source_count,
        "documents": "; ".join(dict.fromkeys(s.doc for s in event.sources)),
        "evidence": " | ".join(e.sentence for s in event.sources for e in s.evidence),
        "conflicts": json.dumps(dict(event.conflicts), ensure_ascii=False)
        if event.conflicts
        else "",
    }


# GDELT 2.0 ------------------------------------------------------------------------------------


def _cameo_actor(actor: Actor | None) -> dict[str, str]:
    if actor is None:
        return {}
    if actor.type == "organization":
        group = CAMEO_GROUPS.get(actor.code or "", "")
        return {"Code": f"IGO{group}", "Name": actor.name.upper(), "KnownGroupCode": group}
    country = actor.country or ""  # none for a group and those who act for it
    official = actor.type == "person" and actor.role and country
    return {
        "Code": country + ("GOV" if official else ""),
        "Name": actor.name.upper(),
        "CountryCode": country,
        "Type1Code": "GOV" if official else "",
    }


def _quad_class(cameo: str) -> str:
    root = int(cameo[:2])
    return str(1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4)


@cache
def _place_types() -> dict[str, str]:
    """Canonical place name -> GDELT geographic type: 1 for a country, 4 for a city."""
    from entente.kb import load_kb
    from entente.kb.places import _gazetteer

    types = {name: "4" for name, _ in _gazetteer("fr").values()}
    types.update({entity.name: "1" for entity in load_kb("fr").by_type("state")})
    return types


def gdelt_row(event: FusedEvent) -> dict[str, Any]:
    """A GDELT 2.0 event row; ``GLOBALEVENTID`` is entente's id, dates are the event date."""
    row = dict.fromkeys(GDELT_COLUMNS, "")
    date = event.date or ""
    row.update(
        GLOBALEVENTID=event.id,
        SQLDATE=date.replace("-", ""),
        MonthYear=date[:7].replace("-", ""),
        Year=date[:4],
        FractionDate=_fraction(date),
        IsRootEvent="",
        EventCode=event.cameo,
        EventBaseCode=event.cameo[:3],
        EventRootCode=event.cameo[:2],
        QuadClass=_quad_class(event.cameo),
        GoldsteinScale=event.goldstein,
        NumMentions=sum(len(s.evidence) for s in event.sources),
        NumSources=len({s.publisher or s.doc for s in event.sources}),
        NumArticles=event.source_count,
        DATEADDED=(
            min((s.published for s in event.sources if s.published), default="") or ""
        ).replace("-", ""),
        SOURCEURL=next((s.url for s in event.sources if s.url), ""),
    )
    first, second = _dyad(event)
    for prefix, actor in (("Actor1", first), ("Actor2", second)):
        row.update({prefix + k: v for k, v in _cameo_actor(actor).items()})
    if event.location:
        row["ActionGeo_Type"] = _place_types().get(event.location, "")
        row["ActionGeo_FullName"] = event.location
    return row


def _fraction(date: str) -> str:
    if not date:
        return ""
    year, month, day = (int(x) for x in date.split("-"))
    return f"{year + ((month - 1) * 30 + day) / 365:.4f}"


def _dyad(event: FusedEvent) -> tuple[Actor | None, Actor | None]:
    """Source and target; for a meeting without them, its first two participants."""
    if event.source or event.target:
        return event.source, event.target
    parties = [*event.participants, None, None]
    return parties[0], parties[1]


# PLOVER / POLECAT -----------------------------------------------------------------------------

PLOVER_MODES = {"video": "phone", "visit": "visit", "third-party": "third-party"}


def _plover_actor(actor: Actor | None, prefix: str) -> dict[str, Any]:
    return {
        f"{prefix}_name": actor.name if actor else None,
        f"{prefix}_country": _party(actor),
        f"{prefix}_title": actor.role if actor else None,
        f"{prefix}_wikidata": actor.id if actor else None,
        f"{prefix}_type": actor.type if actor else None,
    }


def plover_record(event: FusedEvent) -> dict[str, Any]:
    """A PLOVER/POLECAT-style record: a planned meeting is AGREE, video is phone, a meeting the
    source hosts (CAMEO 043) is mode ``host``."""
    planned_meeting = event.event_type == "CONSULT" and event.status == "planned"
    mode = event.mode
    if event.event_type == "CONSULT" and event.cameo == "043":
        mode = "host"
    elif mode in PLOVER_MODES:
        mode = PLOVER_MODES[mode]
    first, second = _dyad(event)
    return {
        "event_id": event.id,
        "event_date": event.date,
        "event_type": "AGREE" if planned_meeting else event.event_type,
        "event_mode": None if planned_meeting else mode,
        "event_intensity": event.goldstein,
        "quad_code": int(_quad_class(event.cameo)),
        "cameo": event.cameo,
        **_plover_actor(first, "actor"),
        **_plover_actor(second, "recipient"),
        "participants": [a.name for a in event.participants],
        "placename": event.location,
        "publication_date": min((s.published for s in event.sources if s.published), default=None),
        "source_count": event.source_count,
        "sources": [s.url or s.doc for s in event.sources],
        "language": "fr",
        "version": "entente-0.1",
    }


# writers ---------------------------------------------------------------------------------------


def _write_rows(
    events: Iterable[FusedEvent], out: IO[str], make: Callable, columns, **options
) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, **options)
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(make(event))
        count += 1
    return count


def _write_jsonl(events: Iterable[FusedEvent], out: IO[str], make: Callable) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(make(event), ensure_ascii=False) + "\n")
        count += 1
    return count


PARQUET_ROWS = 10_000


def _parquet_schema():
    import pyarrow as pa

    numbers = {"id": pa.int64(), "goldstein": pa.float64(), "confidence": pa.float64()}
    numbers["source_count"] = pa.int64()
    return pa.schema([(name, numbers.get(name, pa.string())) for name in ROW_COLUMNS])


def _write_parquet(events: Iterable[FusedEvent], path: Path) -> int:
    """Row groups of ``PARQUET_ROWS`` events, so an export never holds the whole store."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema, count = _parquet_schema(), 0
    with pq.ParquetWriter(path, schema) as writer:
        for chunk in _chunks(events, PARQUET_ROWS):
            rows = [event_row(e) for e in chunk]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


def _chunks(events: Iterable[FusedEvent], size: int) -> Iterator[list[FusedEvent]]:
    stream = iter(events)
    while chunk := list(islice(stream, size)):
        yield chunk


def export(events: Iterable[FusedEvent], fmt: str, path: Path) -> int:
    """Write events to ``path`` in a format of ``EXPORT_FORMATS``; returns how many were written."""
    if fmt == "parquet":
        return _write_parquet(events, path)
    with path.open("w", encoding="utf-8", newline="") as out:
        if fmt == "jsonl":
            return _write_jsonl(events, out, FusedEvent.to_dict)
        if fmt == "plover":
            return _write_jsonl(events, out, plover_record)
        if fmt == "csv":
            return _write_rows(events, out, event_row, ROW_COLUMNS)
        if fmt == "gdelt":
            return _write_rows(
                events, out, gdelt_row, GDELT_COLUMNS, delimiter="\t", lineterminator="\n"
            )
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
