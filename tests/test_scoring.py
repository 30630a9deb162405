"""The scorer follows EVENTS.md: matching interactions, distinct triples, optional items ignored."""

from __future__ import annotations

from entente.eval.scoring import score
from entente.records import Actor, DocumentRecord, EventRecord, Evidence, Extraction

WANG = Actor("Wang Yi", "person", "CHN", "CHN")
LAVROV = Actor("Sergey Lavrov", "person", "RUS", "RUS")
CHINA, RUSSIA, USA = (
    Actor(n, "state", c, c)
    for n, c in (("China", "CHN"), ("Russia", "RUS"), ("United States", "USA"))
)


def _event(
    kind: str, source: Actor, target: Actor, participants=(), mode=None, date=None
) -> EventRecord:
    return EventRecord(
        "d",
        kind,
        mode,
        "occurred",
        source,
        target,
        tuple(participants),
        None,
        date,
        None,
        None,
        "040",
        1.0,
        (Evidence("s", 0, 1),),
        0.9,
    )


def _extraction(events, persons=(WANG, LAVROV), published=None) -> Extraction:
    record = DocumentRecord(
        "d", None, None, None, "fr", published, None, None, None, tuple(persons)
    )
    return Extraction(record, tuple(events))


GOLD = {
    "d": {
        "published": {"date": None},
        "persons": ["Wang Yi", "Sergey Lavrov"],
        "interactions": [
            {
                "mode": "phone",
                "status": "occurred",
                "date": None,
                "participants": [
                    {"name": "Wang Yi", "country": "CHN"},
                    {"name": "Sergey Lavrov", "country": "RUS"},
                ],
            }
        ],
        "dyads": {
            "required": [["CHN", "CONSULT", "RUS"], ["CHN", "SUPPORT", "RUS"]],
            "optional": [["CHN", "ACCUSE", "USA"]],
        },
    }
}


def test_a_perfect_extraction_scores_one() -> None:
    events = [
        _event("CONSULT", RUSSIA, CHINA, (WANG, LAVROV), mode="phone"),
        _event("SUPPORT", CHINA, RUSSIA),
    ]
    scores = score(GOLD, [_extraction(events)])
    assert scores.interactions.f1 == 1.0 and scores.dyads.f1 == 1.0 and scores.persons.f1 == 1.0
    assert scores.mode.value == 1.0 and scores.invented_dates == 0


def test_optional_triples_are_neither_rewarded_nor_punished() -> None:
    events = [
        _event("CONSULT", CHINA, RUSSIA, (WANG, LAVROV), mode="phone"),
        _event("SUPPORT", CHINA, RUSSIA),
        _event("ACCUSE", CHINA, USA),
    ]
    assert score(GOLD, [_extraction(events)]).dyads.fp == 0


def test_repeated_triples_count_once_and_wrong_ones_are_false_positives() -> None:
    events = [
        _event("SUPPORT", CHINA, RUSSIA),
        _event("SUPPORT", CHINA, RUSSIA),
        _event("SUPPORT", RUSSIA, USA),
    ]
    dyads = score(GOLD, [_extraction(events)]).dyads
    assert (dyads.tp, dyads.fp, dyads.fn) == (1, 1, 1)


def test_an_invented_date_and_a_wrong_mode_are_counted() -> None:
    events = [_event("CONSULT", CHINA, RUSSIA, (WANG, LAVROV), mode="video", date="2021-01-01")]
    scores = score(GOLD, [_extraction(events)])
    assert scores.invented_dates == 1 and scores.mode.value == 0.0


def test_an_interaction_with_another_country_pair_does_not_match() -> None:
    events = [
        _event("CONSULT", CHINA, USA, (WANG, Actor("Antony Blinken", "person", "USA", "USA")))
    ]
    interactions = score(GOLD, [_extraction(events)]).interactions
    assert (interactions.tp, interactions.fp, interactions.fn) == (0, 1, 1)


def test_a_meeting_of_three_gives_each_pair_that_met() -> None:
    gold = {
        "d": {
            **GOLD["d"],
            "interactions": [],
            "dyads": {
                "required": [
                    ["CHN", "CONSULT", "RUS"],
                    ["CHN", "CONSULT", "USA"],
                    ["RUS", "CONSULT", "USA"],
                ],
                "optional": [],
            },
        }
    }
    meeting = _event("CONSULT", CHINA, RUSSIA, (CHINA, RUSSIA, USA), mode="multilateral")
    dyads = score(gold, [_extraction([meeting])]).dyads
    assert (dyads.tp, dyads.fp, dyads.fn) == (3, 0, 0)


def _interaction(mode: str, date: str | None, optional: bool = False) -> dict:
    people = [{"name": "Wang Yi", "country": "CHN"}, {"name": "Sergey Lavrov", "country": "RUS"}]
    return {"mode": mode, "status": "occurred", "date": date, "participants": people} | (
        {"optional": True} if optional else {}
    )


def test_an_optional_interaction_never_takes_the_event_a_required_one_fits() -> None:
    gold = {"d": {**GOLD["d"], "interactions": [_interaction("visit", None, optional=True)]}}
    gold["d"]["interactions"].append(_interaction("phone", "2024-03-01"))
    events = [_event("CONSULT", CHINA, RUSSIA, (WANG, LAVROV), mode="phone", date="2024-03-01")]
    interactions = score(gold, [_extraction(events)]).interactions
    assert (interactions.tp, interactions.fp, interactions.fn) == (1, 0, 0)


def _scored(meetings: list[tuple[str, str | None]], told: list[tuple[str, str]]):
    """Scores of one document whose gold meetings and system events are (mode, date) pairs of
    Wang Yi and Sergey Lavrov."""
    gold = {"d": {**GOLD["d"], "interactions": [_interaction(m, d) for m, d in meetings]}}
    events = [
        _event("CONSULT", CHINA, RUSSIA, (WANG, LAVROV), mode=mode, date=date)
        for mode, date in told
    ]
    return score(gold, [_extraction(events)])


def test_two_meetings_of_one_pair_are_paired_by_their_days() -> None:
    scores = _scored(
        [("visit", "2024-03-01"), ("phone", "2024-05-02")],
        [("phone", "2024-05-02"), ("visit", "2024-03-01")],
    )
    assert scores.interactions.tp == 2 and scores.date.value == 1.0 and scores.mode.value == 1.0


def test_a_lone_event_goes_to_the_meeting_it_tells_not_the_first_it_fits() -> None:
    scores = _scored([("visit", None), ("video", "2022-12-30")], [("video", "2022-12-30")])
    assert (scores.interactions.tp, scores.interactions.fn) == (1, 1)
    assert scores.invented_dates == 0 and scores.date.value == 1.0 and scores.mode.value == 1.0


def test_two_events_trade_meetings_when_the_pairs_then_share_more() -> None:
    scores = _scored(
        [("visit", "2024-03-01"), ("visit", "2024-05-02")],
        [("visit", "2024-03-01"), ("phone", "2024-06-01")],
    )
    assert scores.interactions.tp == 2 and scores.date.value == 0.5  # the visit on its day
