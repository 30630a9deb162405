"""A meeting told without a mode between a visit's visitor and host is a meeting of that visit."""

from __future__ import annotations

from entente.events import _part_of_visit
from entente.records import Actor, EventRecord


def _person(name: str, country: str) -> Actor:
    return Actor(name, "person", country, country)


def _consult(mode: str | None, date: str | None, a: Actor, b: Actor, location=None) -> EventRecord:
    return EventRecord(
        doc="d",
        event_type="CONSULT",
        mode=mode,
        status="occurred",
        source=a,
        target=b,
        participants=(a, b),
        speaker=None,
        date=date,
        date_text=None,
        location=location,
        cameo="040",
        goldstein=1.0,
        evidence=(),
        confidence=0.9,
    )


SALL, FELIPE = _person("Macky Sall", "SEN"), _person("Felipe VI", "ESP")
MINISTERS = _person("Aïssata Tall Sall", "SEN"), _person("José Manuel Albares", "ESP")
VISIT = _consult("visit", "2023-05-08", SALL, FELIPE, "Madrid")


def test_an_undated_meeting_of_the_visitor_and_host_states_is_of_the_visit() -> None:
    met = _part_of_visit(_consult(None, None, *MINISTERS), VISIT)
    assert met is not None
    assert (met.mode, met.location, met.source.country) == ("visit", "Madrid", "SEN")


def test_a_meeting_dated_weeks_from_the_visit_is_not() -> None:
    assert _part_of_visit(_consult(None, "2023-06-20", *MINISTERS), VISIT) is None
