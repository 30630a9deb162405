"""The Python API a notebook uses: extract, extract_many, read."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import entente

TEXT = (
    "RABAT, 5 juin 2023 (MAP) - Le ministre des Affaires étrangères Nasser Bourita s'est entretenu "
    "lundi par téléphone avec son homologue espagnol José Manuel Albares."
)


def test_extract_returns_frozen_records_with_dicts() -> None:
    result = entente.extract(TEXT, doc_id="rabat")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.document.published = "2020-01-01"  # type: ignore[misc]
    assert result.document.published == "2023-06-05"
    event = result.events[0]
    assert (event.event_type, event.mode, event.date, event.cameo) == (
        "CONSULT",
        "phone",
        "2023-06-05",
        "041",
    )
    assert {p.country for p in event.participants} == {"MAR", "ESP"}
    assert result.to_dict()["document"]["doc"] == "rabat"
    assert result.records()[0]["record"] == "document"


def test_published_given_by_the_caller_wins() -> None:
    result = entente.extract(
        "Le ministre a reçu mardi son homologue tunisien.", published="2024-01-11"
    )
    assert (result.document.published, result.document.published_basis) == (
        "2024-01-11",
        "metadata",
    )


def test_nothing_is_dated_from_the_clock() -> None:
    result = entente.extract(
        "Le président Emmanuel Macron a rencontré mardi le roi Mohammed VI à Rabat."
    )
    assert result.document.published is None
    assert all(event.date is None for event in result.events)


def test_extract_many_streams_strings_and_documents_in_order() -> None:
    doc = entente.Document(id="d2", text=TEXT)
    results = list(entente.extract_many(["Aucun événement ici.", doc]))
    assert [r.document.doc for r in results] == ["text-0", "d2"]
    assert results[0].events == () and results[1].events


def test_extract_many_in_two_processes_gives_the_same_records() -> None:
    docs = [entente.Document(id=f"d{i}", text=TEXT) for i in range(3)]
    serial = [r.to_dict() for r in entente.extract_many(docs)]
    parallel = [r.to_dict() for r in entente.extract_many(docs, n_process=2)]
    assert parallel == serial


def test_read_yields_documents_and_failures(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    items = list(entente.read(str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")))
    assert isinstance(items[0], entente.Document) and items[0].id == "a.txt"
    assert isinstance(items[1], entente.Failure) and "no such file" in items[1].reason


def test_an_office_named_in_the_text_can_settle_the_year() -> None:
    # Qin Gang was China's foreign minister from 30 December 2022 to 25 July 2023: one 19 January only.
    text = "Mise à jour le 19/01\nLe ministre chinois des Affaires étrangères Qin Gang a reçu son homologue."
    result = entente.extract(text)
    assert (result.document.published, result.document.published_basis) == (
        "2023-01-19",
        "inferred-year",
    )


def test_an_office_held_for_years_leaves_the_year_open() -> None:
    text = "Mise à jour le 19/01\nLe ministre russe des Affaires étrangères Sergueï Lavrov a parlé."
    result = entente.extract(text)
    assert result.document.published is None and result.document.published_partial == "--01-19"


def test_the_readme_example_says_the_truth() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    code = readme.split("```python\n", 1)[1].split("```", 1)[0]
    lines = [line.split("#")[0].rstrip() for line in code.splitlines()]
    namespace: dict = {}
    exec("\n".join(lines[:-2]), namespace)  # the import and the extract call
    assert eval(lines[-2], namespace) == "2023-03-23"
    assert eval(lines[-1], namespace) == [("CONSULT", "phone", "2023-03-22")]


def test_a_teaser_line_states_no_event() -> None:
    text = "Un texte sans rencontre.\nLire aussi : Emmanuel Macron s'est entretenu avec Joe Biden par téléphone."
    assert entente.extract(text, published="2022-03-01").events == ()
