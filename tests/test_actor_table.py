"""The actor-mention table: name variants, demonyms, metonyms, damage, appositions, coreference."""

from __future__ import annotations

from typing import Any

import pytest

import entente
from tables import actor_fits, load_cases


@pytest.mark.parametrize("case", load_cases("actor_mentions.jsonl"))
def test_actor_case(case: dict[str, Any]) -> None:
    actors = entente.extract(
        case["text"], published=case["published"], doc_id=case["id"]
    ).document.actors
    for want in case["expect"]:
        assert any(actor_fits(a, want) for a in actors), f"missing {want} among {actors}"
    for name in case.get("absent", []):
        assert all(a.name != name for a in actors), f"{name} should not be an actor"
