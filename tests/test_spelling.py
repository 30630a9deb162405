"""Names in another transliteration find their person; near-homophones of other states do not."""

from __future__ import annotations

import pytest

import entente
from entente.actors.spelling import person_by_spelling, spelling_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammed ben Abderrahmane Al Thani", "Mohammed bin Abdulrahman Al Thani"),
        ("Vladimir Medinski", "Vladimir Medinsky"),
        ("Alexandre Fomine", "Aleksandr Fomin"),
        ("Roman Abramovitch", "Roman Abramovich"),
        ("Abdel Rahim Al-Kib", "Abdurrahim El-Keib"),
        ("Mustapha Ben Jaafar", "Mustapha Ben Jafar"),
        ("Yousuf Raza Gillani", "Yousaf Raza Gilani"),
        ("S.M. Krishna", "S. M. Krishna"),
    ],
)
def test_transliterations_share_a_key(a: str, b: str) -> None:
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Mahmoud Abbas", "Mohamed Abbas"), ("Amr Moussa", "Omar Moussa")]
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert spelling_key(a) != spelling_key(b)


def test_a_match_needs_the_persons_state_in_the_document() -> None:
    name = "Mohammed ben Abderrahmane Al Thani"
    assert person_by_spelling(name, {"QAT"}) is not None
    assert person_by_spelling(name, {"TUN", "LBY"}) is None
    assert person_by_spelling("Al Thani", {"QAT"}) is None  # a lone surname is too weak


def test_a_french_spelling_resolves_to_the_known_person() -> None:
    text = (
        "MOSCOU, 10 juin 2017 - Le ministre russe des Affaires étrangères, Sergueï Lavrov, s'est "
        "entretenu samedi avec son homologue qatari, cheikh Mohammed ben Abderrahmane Al Thani."
    )
    persons = {a.name: a for a in entente.extract(text).document.actors if a.type == "person"}
    qatari = persons["Mohammed bin Abdulrahman bin Jassim Al Thani"]
    assert (qatari.country, qatari.role) == ("QAT", "minister of foreign affairs")
