"""Queries and exports over a store of examples/, on SQLite and (in CI) PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from entente.store import Store, StoreError
from entente.store.export import GDELT_COLUMNS, ROW_COLUMNS, export
from store_fixtures import BACKENDS, fresh_database

EXAMPLES = Path(__file__).parents[1] / "examples" / "articles"


@pytest.fixture(scope="module", params=BACKENDS)
def store(request, tmp_path_factory):
    for url in fresh_database(request.param, tmp_path_factory.mktemp(request.param)):
        with Store(url) as opened:
            opened.ingest([EXAMPLES])
            yield opened


def parties(event) -> set[str]:
    actors = [*event.participants, event.source, event.target]
    return {a.country or a.code for a in actors if a is not None}


def test_a_state_by_code_by_french_name_or_by_english_name_selects_the_same_events(store) -> None:
    by_code = [e.id for e in store.events(actor="MAR")]
    assert by_code
    assert [e.id for e in store.events(actor="Maroc")] == by_code
    assert [e.id for e in store.events(actor="morocco")] == by_code
    assert all("MAR" in parties(e) for e in store.events(actor="MAR"))


def test_a_person_selects_only_events_that_person_takes_part_in_or_speaks(store) -> None:
    found = store.events(actor="Macron")
    assert found
    for event in found:
        actors = [*event.participants, event.source, event.target, event.speaker]
        names = {a.name for a in actors if a}
        assert "Emmanuel Macron" in names


def test_between_needs_both_parties(store) -> None:
    found = store.events(between=("FRA", "MAR"))
    assert found
    assert all({"FRA", "MAR"} <= parties(e) for e in found)
    assert len(found) < len(store.events(actor="FRA"))


def test_type_mode_and_source_filters(store) -> None:
    phone = store.events(type="consult", mode="phone")
    assert phone and all((e.event_type, e.mode) == ("CONSULT", "phone") for e in phone)
    multi = store.events(min_sources=2)
    assert multi and all(e.source_count >= 2 for e in multi)


def test_date_filters_use_the_event_date_or_first_report(store) -> None:
    everything = store.events()
    since = store.events(since="2024-01-01")
    until = store.events(until="2023-12-31")
    assert since and until
    assert len(since) + len(until) <= len(everything)

    def day(e) -> str:
        return e.date or min(s.published for s in e.sources if s.published)

    assert all(day(e) >= "2024-01-01" for e in since)
    assert all(day(e) <= "2023-12-31" for e in until)
    days = [e.date for e in everything if e.date]
    assert days == sorted(days)


def test_unknown_actor_and_malformed_dates_are_clear_errors(store) -> None:
    with pytest.raises(StoreError, match="no actor matches 'Atlantide'"):
        store.events(actor="Atlantide")
    with pytest.raises(StoreError, match="not a date"):
        store.events(since="2024-13-45")
    with pytest.raises(StoreError, match="not a cursor"):
        store.events(limit=2, cursor="yesterday")
    with pytest.raises(StoreError, match="no event 999999"):
        store.event(999999)


def test_pages_walk_every_event_once(store) -> None:
    seen, cursor = [], None
    while True:
        page = store.events(limit=7, cursor=cursor)
        seen += [e.id for e in page]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == [e.id for e in store.events()] == [e.id for e in store.stream()]


def test_timeline_fills_every_month_between_the_first_and_last(store) -> None:
    timeline = store.timeline("Maroc", "France", by="month")
    labels = [p.label for p in timeline.periods]
    assert labels == sorted(labels) and len(labels) >= 2
    dated = [e for e in store.events(between=("MAR", "FRA")) if e.date or e.sources[0].published]
    assert sum(p.total for p in timeline.periods) == len(dated)
    assert len(labels) == len(set(labels))
    with pytest.raises(StoreError, match="--by must be one of"):
        store.timeline("MAR", "FRA", by="fortnight")


def test_actors_are_searchable_and_counted(store) -> None:
    found = store.actors("macron")
    assert [a.name for a in found] == ["Emmanuel Macron"]
    assert found[0].events >= 1 and found[0].documents >= 1
    assert store.actor(found[0].id) == found[0]
    assert all(a.code == "MAR" or a.country == "MAR" for a in store.actors("MAR"))


def test_results_become_a_dataframe(store) -> None:
    frame = store.events(between=("MAR", "FRA")).to_pandas()
    assert list(frame.columns) == list(ROW_COLUMNS)
    assert len(frame) == len(store.events(between=("MAR", "FRA")))


def test_the_document_keeps_its_text_and_evidence_spans(store) -> None:
    doc = store.document("ex16_rabat_macron_visite_etat.txt")
    assert doc.spans
    for start, end, event_id in doc.spans:
        sentence = doc.text[start:end]
        event = store.event(event_id)
        assert sentence in {e.sentence for s in event.sources for e in s.evidence}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt", "plover"])
def test_exports_open_with_their_documented_columns(store, fmt: str, tmp_path: Path) -> None:
    import pandas

    events = store.events()
    path = tmp_path / f"events.{fmt}"
    assert export(events, fmt, path) == len(events)
    if fmt == "parquet":
        table = pq.read_table(path)
        assert table.column_names == list(ROW_COLUMNS) and table.num_rows == len(events)
    elif fmt == "csv":
        assert list(pandas.read_csv(path).columns) == list(ROW_COLUMNS)
    elif fmt == "gdelt":
        frame = pandas.read_csv(path, sep="\t", dtype=str)
        assert list(frame.columns) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
        assert set(frame["EventCode"].str[:2]) <= {f"{n:02d}" for n in range(1, 21)}
    else:
        frame = pandas.read_json(path, lines=True)
        assert len(frame) == len(events)


def test_plover_export_follows_plover_conventions(store, tmp_path: Path) -> None:
    path = tmp_path / "plover.jsonl"
    export(store.events(), "plover", path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert {r["event_mode"] for r in records} & {"phone", "visit"}
    assert "video" not in {r["event_mode"] for r in records}
    planned = [e.id for e in store.events(type="CONSULT") if e.status == "planned"]
    for record in records:
        if record["event_id"] in planned:
            assert record["event_type"] == "AGREE"


def test_gdelt_rows_carry_cameo_actor_codes(store, tmp_path: Path) -> None:
    path = tmp_path / "gdelt.tsv"
    export(store.events(type="CONSULT"), "gdelt", path)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert rows and all(r["EventRootCode"] == "04" and r["QuadClass"] == "1" for r in rows)
    assert any(r["Actor1Code"].endswith("GOV") for r in rows)


def test_a_timeline_without_a_pair_counts_what_the_filters_select(store) -> None:
    everything = store.timeline(by="year")
    dated = [e for e in store.events() if e.date or any(s.published for s in e.sources)]
    assert sum(p.total for p in everything.periods) == len(dated)
    consults = store.timeline(by="year", type="CONSULT")
    assert set().union(*(p.counts for p in consults.periods)) == {"CONSULT"}
    alone = store.timeline("MAR", by="month")
    assert sum(p.total for p in alone.periods) <= sum(p.total for p in everything.periods)


def test_ids_out_of_range_and_blank_actors_are_clear_errors(store) -> None:
    from entente.store import NotFound

    with pytest.raises(NotFound):
        store.event(2**70)
    with pytest.raises(NotFound):
        store.actor(2**70)
    with pytest.raises(StoreError, match="not a cursor"):
        store.events(limit=1, cursor=f"2024-01-01_{2**70}")
    with pytest.raises(StoreError, match="empty actor"):
        store.events(actor="  ")
