"""Reading the case tables of tests/data and matching their expectations against extractions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from entente.records import Actor, EventRecord

DATA = Path(__file__).parent / "data"


def load_cases(name: str) -> list[Any]:
    """Each case as a pytest param with its id; a case may say why it is a known gap (``xfail``)."""
    cases = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        cases.append(pytest.param(case, id=case["id"], marks=marks))
    return cases


def code(actor: Actor | None) -> str | None:
    return None if actor is None else actor.code or actor.country


def event_fits(event: EventRecord, want: dict[str, Any]) -> bool:
    """Whether an event has every field the case names; CONSULT's source and target are unordered,
    its participants a set of codes, ``names`` persons among them."""
    if event.event_type != want["event_type"]:
        return False
    ends = [code(event.source), code(event.target)]
    for side in ("source", "target"):
        if side not in want:
            continue
        if want["event_type"] == "CONSULT":
            if want[side] not in ends and want[side] not in {code(a) for a in event.participants}:
                return False
        elif code(getattr(event, side)) != want[side]:
            return False
    if "participants" in want and {code(a) for a in event.participants} != set(
        want["participants"]
    ):
        return False
    if not set(want.get("names", ())) <= {a.name for a in event.participants}:
        return False  # persons who must be among the participants
    return all(
        getattr(event, key) == want[key]
        for key in ("mode", "status", "date", "location")
        if key in want
    )


def actor_fits(actor: Actor, want: dict[str, Any]) -> bool:
    return all(getattr(actor, key) == value for key, value in want.items())
