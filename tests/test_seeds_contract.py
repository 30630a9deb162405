"""The seed articles through `entente extract`: the record contract and the dates EVENTS.md demands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from entente.cli import app

DOCUMENT_FIELDS = {
    "record",
    "doc",
    "title",
    "url",
    "source",
    "language",
    "published",
    "published_basis",
    "published_text",
    "published_partial",
    "actors",
    "warnings",
}
EVENT_FIELDS = {
    "record",
    "doc",
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
    "evidence",
    "confidence",
}
ACTOR_FIELDS = {"name", "type", "country", "code", "role", "id"}


def _records(*args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["extract", *args, "--quiet"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seeds(shared: Path) -> Path:
    return shared / "corpus" / "seeds"


def test_five_document_records_in_the_contract_shape(seeds: Path) -> None:
    records = _records(str(seeds), "--format", "jsonl")
    documents = [r for r in records if r["record"] == "document"]
    assert len(documents) == 5
    for record in records:
        fields = DOCUMENT_FIELDS if record["record"] == "document" else EVENT_FIELDS
        assert set(record) == fields
    for document in documents:
        assert all(set(actor) == ACTOR_FIELDS for actor in document["actors"])


def test_each_document_comes_before_its_events(seeds: Path) -> None:
    current = None
    for record in _records(str(seeds)):
        if record["record"] == "document":
            current = record["doc"]
        else:
            assert record["doc"] == current


def test_published_dates_equal_the_gold(seeds: Path, shared: Path) -> None:
    gold = json.loads((shared / "corpus" / "gold" / "seeds.json").read_text(encoding="utf-8"))
    documents = {r["doc"]: r for r in _records(str(seeds)) if r["record"] == "document"}
    for doc, entry in gold.items():
        if doc.startswith("_"):
            continue
        assert documents[doc]["published"] == entry["published"]["date"], doc
    assert documents["002_3bc2539186bf695d.txt"]["published_basis"] == "header"
    for doc, partial in (
        ("000_c4610975302261f4.txt", "--11-19"),
        ("003_8fab851245b429e0.txt", "--01-19"),
        ("004_3c3bc3c257826449.txt", "--02-04"),
    ):
        assert documents[doc]["published_partial"] == partial


def test_a_reference_date_settles_the_year(seeds: Path) -> None:
    records = _records(str(seeds / "000_c4610975302261f4.txt"), "--reference-date", "2020-12-31")
    document = records[0]
    assert (document["published"], document["published_basis"]) == ("2020-11-19", "reference")


def test_no_event_date_depends_on_an_unknown_year(seeds: Path) -> None:
    for record in _records(str(seeds)):
        if record["record"] == "event" and record["doc"] != "002_3bc2539186bf695d.txt":
            assert record["date"] is None, record


def test_evidence_offsets_point_into_the_normalised_text(seeds: Path) -> None:
    import entente

    text = (seeds / "002_3bc2539186bf695d.txt").read_text(encoding="utf-8")
    result = entente.extract(text, doc_id="002")
    for event in result.events:
        for evidence in event.evidence:
            assert text[evidence.start : evidence.end] == evidence.sentence
