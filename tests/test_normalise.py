"""The normalise stage: repairs, whitespace, damaged characters, folding, idempotence."""

from __future__ import annotations

import time

import pytest

from entente.normalise import damaged_offsets, fold, normalise
from entente.normalise.repair import repair_encoding
from entente.records import Document


def norm(text: str, warnings: tuple[str, ...] = ()) -> Document:
    return normalise(Document(id="d", text=text, warnings=warnings))


def marked(text: str) -> list[str]:
    """Each damaged character with its neighbours, to read the tests easily."""
    return [text[max(0, i - 3) : i + 4] for i in damaged_offsets(text)]


# Mojibake


def test_mojibake_is_repaired_and_counted() -> None:
    doc = norm("son homologue SergueÃ¯ Lavrov, reÃ§u Ã  Moscou")
    assert doc.text == "son homologue Sergueï Lavrov, reçu à Moscou"
    assert doc.warnings == ("repaired 3 broken characters",)
    assert doc.damaged == ()


def test_one_repaired_character_is_singular() -> None:
    assert norm("FranÃ§ois").warnings == ("repaired 1 broken character",)


def test_repair_counts_only_what_changed() -> None:
    assert repair_encoding("Ã©tÃ© dÃ©clarÃ©") == ("été déclaré", 4)
    assert repair_encoding("Déjà correct.\nDeux lignes.") == ("Déjà correct.\nDeux lignes.", 0)
    assert repair_encoding("avant\x01après") == ("avantaprès", 1)


def test_repair_on_one_huge_line_stays_fast_and_exact() -> None:
    text = "mot " * 50_000 + "FranÃ§ois et Ã©tÃ© " + "mot " * 50_000
    started = time.perf_counter()
    repaired, count = repair_encoding(text)
    assert time.perf_counter() - started < 5
    assert count == 3
    assert repaired == text.replace("FranÃ§ois et Ã©tÃ©", "François et été")


def test_existing_warnings_are_kept_first() -> None:
    doc = norm("FranÃ§ois", warnings=("decoded as cp1252 (not valid UTF-8)",))
    assert doc.warnings == (
        "decoded as cp1252 (not valid UTF-8)",
        "repaired 1 broken character",
    )


def test_other_fields_are_untouched() -> None:
    doc = Document(id="d", text=" a ", title="T", url="u", source="s", published="2021-01-01")
    assert normalise(doc) == Document(
        id="d", text="a", title="T", url="u", source="s", published="2021-01-01"
    )


# Typography and whitespace


def test_french_typography_is_kept() -> None:
    text = "l’Organisation a déclaré : « Nous coopérons. » “Très bien”, dit-il."
    assert norm(text).text == text


def test_whitespace_is_normalised() -> None:
    raw = "  Titre\u00a0 du \t jour  \r\n\r\n\r\n\r\nPremier paragraphe.\rSecond\u202f!  \n\n"
    assert norm(raw).text == "Titre du jour\n\nPremier paragraphe.\nSecond !"


def test_single_newlines_are_paragraph_breaks() -> None:
    assert norm("Un.\nDeux.\n\nTrois.").text == "Un.\nDeux.\n\nTrois."


def test_unicode_is_composed_and_invisible_characters_removed() -> None:
    assert norm("e\u0301te\u0301 Lav\u00adrov\u200b").text == "été Lavrov"


# Damaged characters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("son homologue russe Sergue? Lavrov, M. Wang", ["gue? La"]),
        ("étrangères, Sergue? Lavrov, en visite", ["gue? La"]),
        ("le pr?sident a parlé", [" pr?sid"]),
        ("il a d?clar? mardi", ["a d?cla", "lar? ma"]),
        ("il a d?clar?, puis", ["a d?cla", "lar?, p"]),
        ("son homologue Sergue\ufffd Lavrov", ["gue\ufffd La"]),
        ("un caract\ufffdre perdu \ufffd ici", ["act\ufffdre ", "du \ufffd ic"]),
    ],
)
def test_damaged_characters(text: str, expected: list[str]) -> None:
    assert marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pourquoi ? Parce que.",
        "Pourquoi? Parce que.",
        "C'est vraiment? Non.",
        "Est-il venu?",
        "« Qui? Personne. »",
        "Qui? Lui?",
        "a-t-il demandé? Lavrov a répondu.",
        "Le président?\nOui.",
        "Voir index.php?id=3 et https://ex.example/page?a=b",
        "Vraiment ?",
        "Combien? 12.",
    ],
)
def test_real_question_marks_are_not_damage(text: str) -> None:
    assert damaged_offsets(text) == ()


def test_damaged_word_ending_a_question_is_not_doubly_marked() -> None:
    assert marked("Est-ce le pr?sident? Non.") == [" pr?sid"]
    assert marked("Est-ce le pr?sident?\nOui.") == [" pr?sid"]


def test_broken_name_at_sentence_start_is_missed_on_purpose() -> None:
    """Conservative: "Sergue? Lavrov" at a sentence start reads like "Pourquoi? Parce"."""
    assert damaged_offsets("Sergue? Lavrov est arrivé.") == ()


def test_damaged_characters_are_kept_and_warned_about() -> None:
    doc = norm("son homologue Sergue? Lavrov et le pr\ufffdsident")
    assert doc.text == "son homologue Sergue? Lavrov et le pr\ufffdsident"
    assert [doc.text[i] for i in doc.damaged] == ["?", "\ufffd"]
    assert doc.warnings == ("2 broken characters could not be repaired (marked as damaged)",)


def test_damaged_offsets_are_offsets_in_the_normalised_text() -> None:
    doc = norm("  Titre\r\n\r\n\r\nson   homologue\u00a0Sergue? Lavrov")
    assert doc.text == "Titre\n\nson homologue Sergue? Lavrov"
    assert doc.damaged == (doc.text.index("?"),)


# Folding


def test_fold_lowercases_and_strips_accents() -> None:
    assert fold("Sergueï LAVROV, Président de l’Élysée") == "serguei lavrov, president de l'elysee"


def test_fold_keeps_typographic_variants_comparable() -> None:
    assert fold("Jean\u2011Yves l’OCS") == "jean-yves l'ocs"


def test_fold_strips_the_stroke_no_decomposition_strips() -> None:
    """ "Vương Đình Huệ" is written "Vuong Dinh Hue" in French; "Łódź" "Lodz"."""
    assert fold("Vương Đình Huệ, Łódź, Øresund") == fold("Vuong Dinh Hue, Lodz, Oresund")


def test_fold_gives_both_damage_marks_the_same_form() -> None:
    assert fold("Sergue\ufffd") == fold("Sergue?") == "sergue?"


@pytest.mark.parametrize("text", ["Œuvre", "Straße ẞ", "İstanbul", "ﬁn", "Ǆ", "한국", "\ufffd?"])
def test_fold_keeps_length_on_awkward_characters(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_keeps_length_on_every_character() -> None:
    """One output character per input character, over the Basic Multilingual Plane."""
    text = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    assert len(fold(text)) == len(text)


def test_fold_offsets_match_the_original() -> None:
    text = "son homologue SERGUEÏ Lavrov"
    start = fold(text).index("sergue")
    assert text[start : start + 7] == "SERGUEÏ"


# Idempotence


@pytest.mark.parametrize(
    "text",
    [
        "SergueÃ¯ Lavrov a Ã©tÃ© reÃ§u Ã  Moscou.\r\n\r\n\r\nson homologue Sergue? Lavrov",
        "  le pr?sident a d?clar? mardi  \t\u00a0: « Pourquoi ? »\n\n\n",
        "e\u0301te\u0301\u00adé\ufffd\u2028ligne\x0cpage\x85fin",
        "",
    ],
)
def test_normalise_is_idempotent(text: str) -> None:
    once = norm(text)
    assert normalise(once) == once
