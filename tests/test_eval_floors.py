"""`entente eval` on the seeds and on examples/: floors that a regression would break."""

from __future__ import annotations

from pathlib import Path

import pytest

import entente
from entente.eval.scoring import load_gold, score

EXAMPLES = Path(__file__).parents[1] / "examples"
HELDOUT = Path(__file__).parents[1] / "heldout"


def _score(gold: Path, inputs: Path):
    extractions = [
        x
        for x in entente.extract_many(entente.read(str(inputs)))
        if isinstance(x, entente.Extraction)
    ]
    return score(load_gold(gold), extractions)


@pytest.fixture(scope="module")
def seeds(shared: Path):
    return _score(shared / "corpus" / "gold" / "seeds.json", shared / "corpus" / "seeds")


@pytest.fixture(scope="module")
def examples():
    return _score(EXAMPLES / "gold.json", EXAMPLES / "articles")


def test_seed_interactions_are_all_found_with_mode_date_and_status(seeds) -> None:
    assert seeds.documents == 5
    assert seeds.interactions.f1 == 1.0
    assert seeds.mode.value == 1.0 and seeds.status.value == 1.0 and seeds.date.value == 1.0
    assert seeds.location.value == 1.0
    assert seeds.invented_dates == 0


def test_seed_dyads_and_persons(seeds) -> None:
    assert seeds.dyads.f1 >= 0.95
    assert seeds.persons.precision == 1.0 and seeds.persons.recall == 1.0


def test_seed_publication_dates(seeds) -> None:
    assert seeds.published.value == 1.0 and seeds.invented_published == 0


def test_examples_floors(examples) -> None:
    assert examples.documents == 24
    assert examples.interactions.f1 >= 0.9
    assert examples.dyads.f1 >= 0.86
    assert examples.persons.f1 >= 0.95
    assert examples.published.value == 1.0
    assert examples.invented_dates == 0 and examples.invented_published == 0


def test_heldout_floors() -> None:
    scores = _score(HELDOUT / "gold.json", HELDOUT / "articles")
    assert scores.documents == 1502
    assert scores.interactions.f1 >= 0.80
    assert scores.dyads.f1 >= 0.69
    assert scores.persons.f1 >= 0.94
    assert scores.published.value >= 0.95
    # two known (README, "What still fails"): h534 dates a meeting by a part of the day in a
    # sentence that tells what its guests do next, where its gold (a meeting over two days) says
    # null; h642 (a blind batch of session 21, invented on arrival) dates a visit by the day of the
    # arrival told in the participle that opens its sentence ("Arrivée lundi en Afrique du Sud,
    # elle a rendu visite à X"), which its gold leaves null and other golds date so; h1278 (a
    # blind batch of session 28) lends the lead's day to a meeting told "Auparavant", which its
    # gold leaves null and three other golds date so; h1377 (session 28) dates the G7 summit by
    # the day its two hosts closed it, where its gold (a summit over three days) says null
    assert scores.invented_dates <= 4 and scores.invented_published == 0
