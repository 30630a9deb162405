"""Reading past lost letters without changing what the records quote."""

from __future__ import annotations

import entente
from entente.nlp.heal import heal
from entente.normalise import normalise
from entente.records import Document


def healed(text: str) -> str:
    doc = normalise(Document(id="t", text=text))
    return heal(doc.text, doc.damaged)


def test_lost_accents_are_restored_letter_for_letter() -> None:
    text = "La pr?sidence de la R?publique a t?l?phon? lundi ? son homologue. LE PR?SIDENT."
    restored = healed(text)
    assert restored == (
        "La présidence de la République a téléphoné lundi à son homologue. LE PRÉSIDENT."
    )
    assert len(restored) == len(text)


def test_a_lost_a_before_a_known_place() -> None:
    assert healed("Le pr?sident a re?u mardi ? Dakar son homologue.").endswith(
        "a reçu mardi à Dakar son homologue."
    )


def test_a_lost_a_before_an_honorific_unless_a_question_is_asked() -> None:
    assert "a téléphoné lundi à M. Jebali" in healed("Le pr?sident a t?l?phon? lundi ? M. Jebali.")
    asked = healed("Le pr?sident viendra-t-il ? M. Jebali l'ignore.")
    assert "viendra-t-il ? M. Jebali" in asked


def test_real_question_marks_and_unknown_shapes_stay() -> None:
    text = "Le pr?sident viendra-t-il ? Personne ne sait. Et Zorglub?ix ? Rien."
    restored = healed(text)
    assert "viendra-t-il ? Personne" in restored
    assert "Zorglub?ix" in restored
    assert restored.startswith("Le président")


def test_undamaged_text_is_returned_as_it_is() -> None:
    text = "Qui a appelé ? Le ministre."
    assert heal(text, ()) is text


def test_records_quote_the_text_as_it_arrived() -> None:
    text = (
        "TUNIS, 25 juin 2012 - Le ministre libyen des Affaires ?trang?res a t?l?phon? lundi ? "
        "son homologue tunisien Rafik Abdessalem."
    )
    result = entente.extract(text)
    [event] = result.events
    assert event.mode == "phone"
    assert event.evidence[0].sentence == text
    assert result.text == text
    assert any("could not be repaired" in w for w in result.document.warnings)
