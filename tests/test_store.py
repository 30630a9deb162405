"""The store on SQLite and PostgreSQL: idempotent ingest, replacement, crash safety, fusion."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

import entente
from entente.records import Document
from entente.store import Store, schema
from entente.store import store as store_module
from entente.store.writer import Writer
from store_fixtures import BACKENDS, fresh_database

EXAMPLES = Path(__file__).parents[1] / "examples" / "articles"

CALL_V1 = (
    "RABAT, 5 juin 2023 (MAP) - Le ministre des Affaires étrangères Nasser Bourita s'est entretenu "
    "lundi par téléphone avec son homologue espagnol José Manuel Albares."
)
CALL_V2 = (
    "RABAT, 5 juin 2023 (MAP) - Le ministre des Affaires étrangères Nasser Bourita s'est entretenu "
    "lundi par téléphone avec son homologue mauritanien Mohamed Salem Ould Merzoug."
)


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path: Path):
    yield from fresh_database(request.param, tmp_path)


def counts(store: Store) -> dict[str, int]:
    tables = (
        schema.documents,
        schema.actors,
        schema.mentions,
        schema.evidence,
        schema.fused_events,
        schema.fused_actors,
    )
    with store.engine.connect() as connection:
        return {t.name: connection.scalar(select(func.count()).select_from(t)) for t in tables}


def seed_documents(shared: Path) -> list[Document]:
    return list(entente.read(shared / "corpus" / "seeds"))


def test_ingesting_the_seeds_twice_leaves_the_same_counts(db: str, shared: Path) -> None:
    with Store(db) as store:
        first = store.ingest(seed_documents(shared))
        before = counts(store)
        second = store.ingest(seed_documents(shared))
        assert (first.new, first.failed, first.events) == (5, 0, before["mentions"])
        assert (second.read, second.new, second.updated, second.skipped) == (5, 0, 0, 5)
        assert counts(store) == before
        assert before["fused_events"] > 0


def test_a_copy_under_another_id_adds_a_source_not_an_event(db: str, shared: Path) -> None:
    documents = seed_documents(shared)
    with Store(db) as store:
        store.ingest(documents)
        before = counts(store)
        original = next(d for d in documents if d.id.startswith("002"))
        summary = store.ingest([replace(original, id="copy-of-002")])
        assert summary.new == 1 and summary.new_fused == 0
        after = counts(store)
        assert after["fused_events"] == before["fused_events"]
        assert after["mentions"] > before["mentions"]
        reported = [e for e in store.events() if original.id in {s.doc for s in e.sources}]
        assert reported
        for event in reported:
            assert {s.doc for s in event.sources} >= {original.id, "copy-of-002"}
            assert event.source_count >= 2


def test_an_updated_document_replaces_its_mentions(db: str) -> None:
    with Store(db) as store:
        store.ingest([Document(id="note", text=CALL_V1)])
        [old] = store.events()
        assert {p.country for p in old.participants} == {"MAR", "ESP"}
        summary = store.ingest([Document(id="note", text=CALL_V2)])
        assert (summary.updated, summary.new) == (1, 0)
        [new] = store.events()
        assert {p.country for p in new.participants} == {"MAR", "MRT"}
        assert counts(store)["documents"] == 1
        assert "mauritanien" in store.document("note").text


def test_examples_fuse_one_meeting_reported_by_two_articles(tmp_path: Path) -> None:
    with Store(tmp_path / "examples.db") as store:
        store.ingest([EXAMPLES])
        docs = {"ex16_rabat_macron_visite_etat.txt", "jl01_rabat_macron_roi"}
        fused = [
            e
            for e in store.events(type="CONSULT", min_sources=2)
            if {s.doc for s in e.sources} == docs
        ]
        assert len(fused) == 1
        assert {p.country for p in fused[0].participants} == {"FRA", "MAR"}
        assert fused[0].location == "Rabat"  # the city, more precise than one source's country


class Crash(RuntimeError):
    pass


def test_an_interrupted_ingest_keeps_whole_batches_and_resumes(
    tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = seed_documents(shared)
    monkeypatch.setattr(store_module, "BATCH_DOCUMENTS", 2)
    original_write = Writer.write
    calls = {"n": 0}

    def crash_on_the_fourth(self, extraction, digest):
        calls["n"] += 1
        if calls["n"] == 4:
            raise Crash("power cut")
        return original_write(self, extraction, digest)

    monkeypatch.setattr(Writer, "write", crash_on_the_fourth)
    url = tmp_path / "crash.db"
    with Store(url) as store, pytest.raises(Crash):
        store.ingest(documents)
    with Store(url) as store:
        kept = counts(store)
        assert kept["documents"] == 2  # the first batch; nothing of the second
        with store.engine.connect() as connection:
            orphans = connection.scalar(
                select(func.count())
                .select_from(schema.mentions)
                .where(schema.mentions.c.fused_id.is_(None))
            )
        assert orphans == 0
    monkeypatch.setattr(Writer, "write", original_write)
    with Store(url) as store:
        summary = store.ingest(documents)
        assert (summary.skipped, summary.new) == (2, 3)
        assert counts(store)["documents"] == 5


def test_repeated_inputs_in_one_run_are_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "twice.db") as store:
        doc = Document(id="note", text=CALL_V1)
        summary = store.ingest([doc, doc])
        assert (summary.new, summary.skipped) == (1, 1)


def test_unreadable_inputs_are_counted_and_the_rest_stored(tmp_path: Path) -> None:
    missing = tmp_path / "absent.txt"
    good = tmp_path / "good.txt"
    good.write_text(CALL_V1, encoding="utf-8")
    with Store(tmp_path / "mixed.db") as store:
        summary = store.ingest([missing, good])
        assert (summary.failed, summary.new) == (1, 1)
        assert summary.failures[0].origin.endswith("absent.txt")


def test_the_migrations_build_exactly_the_tables_the_code_queries(db: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with Store(db) as store, store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), schema.metadata) == []
