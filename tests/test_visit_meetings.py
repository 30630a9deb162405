"""A meeting told without a mode between a visit's visitor and host is a meeting of that visit."""

from __future__ import annotations

from entente.events import _part_of_visit
from entente.records import Actor
from test_fuse import call

SALL = Actor("Macky Sall", "person", "SEN", "SEN")
FELIPE = Actor("Felipe VI", "person", "ESP", "ESP")
TALL_SALL = Actor("Aïssata Tall Sall", "person", "SEN", "SEN")
ALBARES = Actor("José Manuel Albares", "person", "ESP", "ESP")
VISIT = call(
    "d",
    mode="visit",
    date="2023-05-08",
    source=SALL,
    target=FELIPE,
    participants=(SALL, FELIPE),
    location="Madrid",
)


def _ministers(date: str | None):
    return call(
        "d",
        mode=None,
        date=date,
        source=TALL_SALL,
        target=ALBARES,
        participants=(TALL_SALL, ALBARES),
    )


def test_an_undated_meeting_of_the_visitor_and_host_states_is_of_the_visit() -> None:
    met = _part_of_visit(_ministers(None), VISIT)
    assert met is not None
    assert (met.mode, met.location, met.source.country) == ("visit", "Madrid", "SEN")


def test_a_meeting_dated_weeks_from_the_visit_is_not() -> None:
    assert _part_of_visit(_ministers("2023-06-20"), VISIT) is None
