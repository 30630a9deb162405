"""The event table: every mode and type, and the negatives that must produce nothing."""

from __future__ import annotations

from typing import Any

import pytest

import entente
from tables import event_fits, load_cases


@pytest.mark.parametrize("case", load_cases("event_cases.jsonl"))
def test_event_case(case: dict[str, Any]) -> None:
    events = entente.extract(case["text"], published=case["published"], doc_id=case["id"]).events
    for want in case["expect"]:
        found = [e for e in events if event_fits(e, want)]
        assert found, (
            f"missing {want} among {[(e.event_type, e.source, e.target, e.mode, e.date) for e in events]}"
        )
        if want["event_type"] == "CONSULT":  # "count": meetings of one pair told apart
            wanted = want.get("count", 1)
            assert len(found) == wanted, f"{wanted} interaction(s) reported as {len(found)} events"
    for banned in case.get("forbid", []):
        assert not [e for e in events if event_fits(e, banned)], f"forbidden {banned} was produced"
