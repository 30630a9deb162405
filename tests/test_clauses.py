"""The clause grammar of lang/fr/events.json, as the events stage compiles it."""

from __future__ import annotations

import pytest

from entente.events.lexicon import load_lexicon

CLAUSES = load_lexicon("fr").clauses


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Il a été reçu par le roi.", True),
        ("Mardi, elle s'est entretenue avec lui.", True),
        ("Il y a été accueilli par son homologue.", True),
        ("Il y a deux ans, les deux pays rompaient.", False),
        ("Il faut que les deux pays se parlent.", False),
        ("Ils se sont rencontrés.", False),
    ],
)
def test_a_subject_pronoun_is_told_from_an_impersonal_one(text: str, subject: bool) -> None:
    assert bool(CLAUSES.pronoun_subject.search(text)) is subject


@pytest.mark.parametrize(
    ("before", "place"),
    [("s'est rendu à ", True), ("arrivé en ", True), ("reçu à l'", True), ("reçu par ", False)],
)
def test_a_preposition_makes_what_follows_a_place(before: str, place: bool) -> None:
    assert bool(CLAUSES.after_preposition.search(before)) is place


def test_an_incise_is_a_relative_clause_set_off_by_commas() -> None:
    text = "Le ministre, qui arrivait de Rome, a été reçu par son homologue, que tout oppose."
    assert [text[a:b] for a, b in (m.span() for m in CLAUSES.incise.finditer(text))] == [
        ", qui arrivait de Rome,"
    ]


@pytest.mark.parametrize(
    ("between", "joined"),
    [(" et des ", True), (", de l'", True), (" avec ", False), (" et ", True)],
)
def test_coordination_joins_targets_through_their_articles(between: str, joined: bool) -> None:
    assert bool(CLAUSES.coordination.fullmatch(between)) is joined


def test_an_object_clitic_ends_the_text_before_a_verb() -> None:
    assert CLAUSES.object_clitic.search("en l'")
    assert CLAUSES.object_clitic.search("il les ")
    assert not CLAUSES.object_clitic.search("la Chine ")
