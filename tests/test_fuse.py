"""Fusion rules on hand-built reports: what makes two reports one event, and what stays apart."""

from __future__ import annotations

from dataclasses import replace

from entente.fuse import Mention, compatible, fuse, fusion_key, summarise
from entente.records import Actor, EventRecord, Evidence

WANG = Actor("Wang Yi", "person", "CHN", "CHN", "minister of foreign affairs", "Q17317")
LAVROV = Actor("Sergey Lavrov", "person", "RUS", "RUS", "minister of foreign affairs", "Q83155")
PUTIN = Actor("Vladimir Putin", "person", "RUS", "RUS", "president", "Q7747")
XI = Actor("Xi Jinping", "person", "CHN", "CHN", "president", "Q15031")
CHINA = Actor("China", "state", "CHN", "CHN", None, "Q148")
RUSSIA = Actor("Russia", "state", "RUS", "RUS", None, "Q159")
USA = Actor("United States", "state", "USA", "USA", None, "Q30")


def call(doc: str, *, date: str | None = "2021-03-22", mode: str | None = "phone", **changes):
    event = EventRecord(
        doc=doc,
        event_type="CONSULT",
        mode=mode,
        status="occurred",
        source=WANG,
        target=LAVROV,
        participants=(WANG, LAVROV),
        speaker=None,
        date=date,
        date_text="lundi" if date else None,
        location=None,
        cameo="041" if mode == "phone" else "040",
        goldstein=1.0,
        evidence=(Evidence(f"Phrase de {doc}.", 0, 12),),
        confidence=0.8,
    )
    return replace(event, **changes)


def stance(doc: str, event_type: str, cameo: str, goldstein: float, **changes) -> EventRecord:
    """A statement of China about the United States, as one document reports it."""
    return call(
        doc,
        event_type=event_type,
        mode=None,
        participants=(),
        source=CHINA,
        target=USA,
        cameo=cameo,
        goldstein=goldstein,
        **changes,
    )


def report(event: EventRecord, published: str | None = "2021-03-22") -> Mention:
    return Mention(event, published, title=None, url=f"https://example.org/{event.doc}")


def test_reports_of_one_call_in_two_documents_fuse() -> None:
    fused = fuse([report(call("a")), report(call("b"), "2021-03-23")])
    assert len(fused) == 1
    assert fused[0].source_count == 2
    assert [s.doc for s in fused[0].sources] == ["a", "b"]
    assert fused[0].conflicts == ()


def test_parties_are_compared_as_states_not_strings() -> None:
    by_state = call("b", participants=(CHINA, RUSSIA), source=CHINA, target=RUSSIA)
    assert fusion_key(call("a")) == fusion_key(by_state) == "CONSULT|CHN+RUS"
    assert len(fuse([report(call("a")), report(by_state)])) == 1


def test_different_dates_stay_apart() -> None:
    fused = fuse([report(call("a")), report(call("b", date="2021-04-01"), "2021-04-01")])
    assert len(fused) == 2


def test_an_undated_report_joins_only_within_the_publication_window() -> None:
    dated = report(call("a"))
    near = report(call("b", date=None), "2021-03-24")
    far = report(call("c", date=None), "2021-04-15")
    fused = fuse([dated, near, far])
    assert sorted(e.source_count for e in fused) == [1, 2]
    joined = next(e for e in fused if e.source_count == 2)
    assert joined.date == "2021-03-22"  # the most precise date is kept


def test_an_undated_report_without_a_publication_date_is_never_fused() -> None:
    assert not compatible(report(call("b", date=None), None), summarise([report(call("a"))]))


def test_modes_must_agree_unless_one_is_unknown() -> None:
    phone = summarise([report(call("a"))])
    assert not compatible(report(call("b", mode="video")), phone)
    assert compatible(report(call("b", mode=None)), phone)


def test_named_persons_must_overlap() -> None:
    leaders = call("b", participants=(XI, PUTIN), source=XI, target=PUTIN)
    assert not compatible(report(leaders), summarise([report(call("a"))]))
    states = call("c", participants=(CHINA, RUSSIA), source=CHINA, target=RUSSIA)
    assert compatible(report(states), summarise([report(call("a"))]))


def test_two_meetings_of_one_document_stay_two() -> None:
    assert len(fuse([report(call("a")), report(call("a"))])) == 2


def test_a_statement_repeated_in_one_document_is_one_stance() -> None:
    accuse = stance("a", "ACCUSE", "111", -2.0)
    second = replace(accuse, confidence=0.5, evidence=(Evidence("Autre phrase.", 40, 53),))
    [event] = fuse([report(accuse), report(second)])
    assert len(event.sources) == 1  # one source per document, with both sentences
    assert [e.start for e in event.sources[0].evidence] == [0, 40]


def test_conflicts_are_recorded_and_the_most_precise_location_kept() -> None:
    in_country = call("a", mode="visit", location="Russia", confidence=0.9, cameo="042")
    in_city = call("b", mode="visit", location="Moscow", confidence=0.6, cameo="042")
    planned = call("c", mode="visit", status="planned", cameo="042")
    fused = fuse([report(in_country), report(in_city), report(planned)])
    assert len(fused) == 1
    event = fused[0]
    assert event.location == "Moscow"
    assert event.status == "occurred"
    assert dict(event.conflicts) == {
        "location": ("Moscow", "Russia"),
        "status": ("occurred", "planned"),
    }


def test_the_highest_confidence_coding_wins() -> None:
    vague = call("a", mode=None, confidence=0.95, cameo="040")
    precise = call("b", mode="phone", confidence=0.7)
    event = fuse([report(vague), report(precise)])[0]
    assert (event.mode, event.cameo, event.confidence) == ("phone", "041", 0.95)


def test_a_fused_event_survives_its_dictionary_form() -> None:
    from entente.records import FusedEvent

    event = fuse([report(call("a")), report(call("b"))])[0]
    assert FusedEvent.from_dict(event.to_dict()) == event
    assert event.to_dict()["source_count"] == 2


def test_an_undated_statement_repeated_in_an_undated_document_is_one_stance() -> None:
    praise = stance("a", "SUPPORT", "051", 3.4, date=None)
    assert len(fuse([report(praise, None), report(praise, None)])) == 1
    assert len(fuse([report(praise, None), report(replace(praise, doc="b"), None)])) == 2


def test_two_acts_of_one_type_stay_apart() -> None:
    signed = stance("a", "SUPPORT", "057", 8.0)
    praised = replace(signed, cameo="051", goldstein=3.4)
    assert fusion_key(signed) != fusion_key(praised)
    assert len(fuse([report(signed), report(praised)])) == 2
