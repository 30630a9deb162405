"""The `entente` command: formats, output files, exit codes, failures named with their reason."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from entente.cli import app

EXAMPLES = Path(__file__).parents[1] / "examples"
ARTICLE = EXAMPLES / "articles" / "ex01_alger_paris_appel.txt"
runner = CliRunner()


def test_jsonl_is_the_default_and_holds_documents_then_events() -> None:
    result = runner.invoke(app, ["extract", str(ARTICLE), "-q"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["record"] == "document" and records[0]["published"] == "2023-03-23"
    consult = [r for r in records if r.get("event_type") == "CONSULT"]
    assert consult and consult[0]["mode"] == "phone" and consult[0]["date"] == "2023-03-22"


def test_csv_has_one_row_per_event(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["extract", str(ARTICLE), "--format", "csv", "-o", str(out), "-q"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and {row["doc"] for row in rows} == {ARTICLE.name}
    assert any(row["event_type"] == "CONSULT" and row["mode"] == "phone" for row in rows)


def test_table_shows_the_timeline() -> None:
    result = runner.invoke(app, ["extract", str(ARTICLE), "--format", "table", "-q"])
    assert result.exit_code == 0
    assert "CONSULT" in result.stdout and "2023-03-22" in result.stdout


def test_a_missing_input_is_named_and_the_rest_processed() -> None:
    result = runner.invoke(app, ["extract", "no/such/file.txt", str(ARTICLE), "-q"])
    assert result.exit_code == 1
    assert "no/such/file.txt" in result.stderr and "no such file" in result.stderr
    assert '"record": "document"' in result.stdout
    assert "Traceback" not in result.output


def test_usage_errors_exit_2() -> None:
    assert runner.invoke(app, ["extract", str(ARTICLE), "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["extract", str(ARTICLE), "--reference-date", "19/11"]).exit_code == 2
    assert runner.invoke(app, ["eval"]).exit_code == 2


def test_a_timebank_folder_without_timeml_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "--timebank", str(tmp_path)])
    assert result.exit_code == 2
    assert "no .tml file" in result.output and "Traceback" not in result.output


def test_stdin_is_read_with_a_dash() -> None:
    text = (
        "PARIS, 3 mars 2023 (AFP) - Le président Emmanuel Macron a reçu lundi le roi Mohammed VI."
    )
    result = runner.invoke(app, ["extract", "-", "-q"], input=text)
    assert result.exit_code == 0
    document = json.loads(result.stdout.splitlines()[0])
    assert document["doc"] == "stdin" and document["published"] == "2023-03-03"


def test_timex_records() -> None:
    result = runner.invoke(app, ["timex", str(ARTICLE)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert set(records[0]) == {"record", "doc", "start", "end", "text", "type", "value"}
    assert {"text": "mercredi soir", "value": "2023-03-22TEV"} in [
        {"text": r["text"], "value": r["value"]} for r in records
    ]


def test_eval_prints_every_metric() -> None:
    result = runner.invoke(app, ["eval", str(EXAMPLES / "gold.json"), str(ARTICLE), "--explain"])
    assert result.exit_code == 0
    for metric in (
        "interactions",
        "dyads",
        "persons",
        "interaction mode",
        "publication date",
        "invented",
    ):
        assert metric in result.stdout


def test_bad_inputs_are_each_named_and_nothing_else_is_lost(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (tmp_path / "broken.jsonl").write_text(
        '{"id": "ok", "text": "Un texte."}\n{not json\n', encoding="utf-8"
    )
    (tmp_path / "cp1252.txt").write_bytes("Le président a parlé à Alger.".encode("cp1252"))
    result = runner.invoke(app, ["extract", str(tmp_path), "-q"])
    assert result.exit_code == 1
    assert "empty file" in result.stderr and "binary file" in result.stderr
    assert "broken.jsonl:2" in result.stderr
    assert "Traceback" not in result.output
    documents = {
        json.loads(line)["doc"]: json.loads(line)
        for line in result.stdout.splitlines()
        if json.loads(line)["record"] == "document"
    }
    assert set(documents) == {"ok", "cp1252.txt"}
    assert any("cp1252" in w for w in documents["cp1252.txt"]["warnings"])


def test_the_whole_sample_corpus_is_read() -> None:
    result = runner.invoke(app, ["extract", str(EXAMPLES / "articles"), "-q"])
    assert result.exit_code == 0
    documents = [line for line in result.stdout.splitlines() if '"record": "document"' in line]
    assert len(documents) == 24
