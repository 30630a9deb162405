"""Sentence splitting: paragraphs first, abbreviations and lost letters are no sentence ends."""

from __future__ import annotations

from entente.nlp import split_sentences


def test_offsets_point_into_the_text() -> None:
    text = "Titre\n\nLe ministre a parlé. Il a ajouté un mot !\nDernière ligne."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Titre",
        "Le ministre a parlé.",
        "Il a ajouté un mot !",
        "Dernière ligne.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "M. Wang a reçu Mme Baerbock et J. Biden à 10 h. La rencontre a duré une heure."
    assert [s.text for s in split_sentences(text)] == [
        "M. Wang a reçu Mme Baerbock et J. Biden à 10 h.",
        "La rencontre a duré une heure.",
    ]


def test_a_lost_letter_is_not_a_question_mark() -> None:
    text = "Il a parlé avec son homologue Sergue? Lavrov, puis il est parti."
    damaged = (text.index("?"),)
    assert len(split_sentences(text, damaged=damaged)) == 1
    assert len(split_sentences(text)) == 2


def test_quotes_close_before_the_next_sentence() -> None:
    text = "« Nous sommes prêts. » Le ministre a ensuite quitté la salle."
    assert [s.text for s in split_sentences(text)] == [
        "« Nous sommes prêts. »",
        "Le ministre a ensuite quitté la salle.",
    ]


def test_a_teaser_for_another_article_is_an_aside() -> None:
    text = "Le ministre a parlé.\nLire aussi : Le président a rencontré son homologue."
    assert [s.aside for s in split_sentences(text)] == [False, True]


def test_a_name_stops_at_a_full_stop_but_not_after_an_initial() -> None:
    from entente.actors.roles import read_name

    text = "le président Adama Barrow. Une visite"
    start = text.index("Adama")
    assert text[slice(*read_name(text, start))] == "Adama Barrow"
    text = "son homologue S.M. Krishna a dit"
    start = text.index("S.M.")
    assert text[slice(*read_name(text, start))] == "S.M. Krishna"
