"""The store commands, and what a user sees when the database or a query is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from entente.cli import app
from entente.store import Store, StoreError

runner = CliRunner()
ARTICLE = (
    "ALGER, 12 mars 2024 (APS) - Le président Abdelmadjid Tebboune a reçu mardi à Alger le ministre "
    "italien des Affaires étrangères, Antonio Tajani, en visite officielle en Algérie.\n"
)


def invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("cli")
    (folder / "alger.txt").write_text(ARTICLE, encoding="utf-8")
    url = str(folder / "entente.db")
    result = invoke("ingest", str(folder / "alger.txt"), "--db", url, "--quiet")
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output
    return url


def test_ingest_again_reports_the_document_as_unchanged(db: str, tmp_path: Path) -> None:
    copy = tmp_path / "alger.txt"
    copy.write_text(ARTICLE, encoding="utf-8")
    result = invoke("ingest", str(copy), "--db", db, "--quiet")
    assert result.exit_code == 0
    assert "0 new" in result.output and "1 unchanged" in result.output


def test_events_as_json_lines_show_and_timeline(db: str) -> None:
    result = invoke("events", "--db", db, "--format", "jsonl", "--between", "Algérie", "Italie")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.output.splitlines()]
    assert (record["event_type"], record["mode"], record["date"]) == (
        "CONSULT",
        "visit",
        "2024-03-12",
    )
    assert record["location"] == "Algiers"
    shown = invoke("show", str(record["id"]), "--db", db)
    assert shown.exit_code == 0 and "Antonio Tajani" in shown.output and "alger.txt" in shown.output
    timeline = invoke("timeline", "DZA", "ITA", "--db", db, "--json")
    assert json.loads(timeline.output)["periods"][0]["counts"] == {"CONSULT": 1}


def test_actors_lists_the_people_and_states(db: str) -> None:
    result = invoke("actors", "--db", db, "--search", "tajani")
    assert result.exit_code == 0 and "Antonio Tajani" in result.output


def test_export_writes_the_file_and_says_how_many(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = invoke("export", "--db", db, "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and out.read_text(encoding="utf-8").startswith("id,")
    assert not out.with_name("events.csv.partial").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--actor", "Atlantide"], "no actor matches 'Atlantide'"),
        (["events", "--since", "2024-02-30"], "not a date"),
        (["show", "4242"], "no event 4242"),
        (["timeline", "DZA", "ITA", "--by", "decade"], "--by must be one of"),
    ],
)
def test_bad_queries_are_one_clear_line_and_exit_code_2(db: str, args, message) -> None:
    result = invoke(*args, "--db", db)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_query_on_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    result = invoke("events", "--db", str(missing))
    assert result.exit_code == 2 and "run `entente ingest` first" in result.output
    assert not missing.exists()


def test_a_corrupt_file_is_named_as_such(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not SQLite at all" * 100)
    with pytest.raises(StoreError, match="not an entente database or is corrupt"):
        Store(corrupt)
    result = invoke("events", "--db", str(corrupt))
    assert result.exit_code == 2 and "corrupt" in result.output
    assert corrupt.read_bytes().startswith(b"this is not SQLite")  # untouched


def test_a_read_only_database_refuses_writes_and_keeps_its_data(db: str, tmp_path: Path) -> None:
    read_only = f"sqlite:///file:{db}?mode=ro&uri=true"
    with Store(read_only, create=False) as store:
        before = store.stats()
    article = tmp_path / "new.txt"
    article.write_text(ARTICLE.replace("Tajani", "Tajani et son équipe"), encoding="utf-8")
    result = invoke("ingest", str(article), "--db", read_only, "--quiet")
    assert result.exit_code == 2 and "read-only" in result.output
    with Store(db, create=False) as store:
        assert store.stats() == before


def test_an_unreachable_server_is_a_clear_error() -> None:
    result = invoke("events", "--db", "postgresql://nobody@127.0.0.1:9/entente")
    assert result.exit_code == 2
    assert "cannot use postgresql+psycopg://nobody@127.0.0.1:9/entente" in result.output


def test_a_folder_that_does_not_exist_is_named(tmp_path: Path) -> None:
    result = invoke("ingest", str(tmp_path), "--db", str(tmp_path / "no" / "such" / "x.db"))
    assert result.exit_code == 2 and "its folder does not exist" in result.output
