"""Reading past lost letters: "a t?l?phon?" is read as "a téléphoné".

Text that went through an encoding without accents arrives with "?" where each accented letter was
("pr?sident", "d?clar?"). The normalise stage marks those characters; it cannot know what they were.
A word's undamaged letters usually leave one spelling possible, and the language model's vocabulary
(some 500,000 words, most frequent first) knows it. ``heal`` gives the analysis stages a copy of
the text with those letters restored, character for character, so every offset stays the same; the
records show the text as it arrived (the pipeline takes evidence from the original).

A lost character was not ASCII, or it would have survived, so only the non-ASCII letters of a
vocabulary word may fill a gap: "r?publique" can only be "république". A word whose shape the
vocabulary does not know stays as it was.
"""

from __future__ import annotations

import re
from functools import cache

from entente.kb.places import find_places
from entente.nlp.models import load_model

_WORD = re.compile(r"[^\W\d_]*[?\ufffd][^\W\d_?\ufffd]*(?:[?\ufffd][^\W\d_?\ufffd]*)*")
_LOWER_NEXT = re.compile(r" [a-zà-ÿ]")
_HONORIFIC_NEXT = re.compile(r" (?:M\.|Mme|MM\.|S\.E\.|S\.M\.) ")
_ASKING = re.compile(
    r"(?i)\b(?:qui|que|quoi|pourquoi|comment|quand|combien|où|quel\w*|est-ce)\b|-t-|-(?:il|elle|ils|elles|on|vous|nous)\b"
)
_PLACE_REACH = 60
_GAP = "?"
_SURE_LETTERS = 4


def _shape(word: str) -> str:
    """The word as a damaged copy would show it: each non-ASCII character replaced by "?"."""
    return "".join(_GAP if ord(c) > 127 else c for c in word)


@cache
def _spellings(lang: str) -> dict[str, str]:
    """Damaged shape -> the most frequent vocabulary word with that shape (lower case)."""
    nlp = load_model(lang)
    strings = nlp.vocab.strings
    found: dict[str, str] = {}
    for key in nlp.vocab.vectors.key2row:  # in order of frequency
        word = strings[key]
        if word.isalpha() and not word.isascii() and word.islower():
            found.setdefault(_shape(word), word)
    return found


def _restore(damaged_word: str, lang: str) -> str:
    shape = "".join(_GAP if c == "\ufffd" else c for c in damaged_word)
    spelling = _spellings(lang).get(shape.lower())
    if spelling is None:
        return damaged_word
    upper = damaged_word.isupper()
    return "".join(
        (s.upper() if upper else s) if d in "?\ufffd" else d
        for d, s in zip(damaged_word, spelling, strict=True)
    )


def heal(text: str, damaged: tuple[int, ...], lang: str = "fr") -> str:
    """``text`` with the lost letters of its damaged words restored where the vocabulary knows the
    word; the same length, so every offset into it is an offset into ``text``.

    A "?" the normalise stage left unmarked because it opens or closes a word ("?trang?res",
    "extrad? dimanche") is a lost letter too when the vocabulary has a word of that shape: no
    French word holds a question mark, so a real question ("vraiment?") never has one.
    """
    if not damaged:
        return text
    marks = set(damaged)
    pieces, last = [], 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if word == "?" and _stands_for_a(text, end, lang):
            marks.add(start)
        pieces += [text[last:start], _heal_word(word, start, marks, lang)]
        last = end
    return "".join(pieces) + text[last:]


def _stands_for_a(text: str, end: int, lang: str) -> bool:
    """A lone "?" is a lost "à" before a lower-case word ("lundi ? son homologue": a question does
    not go on in lower case), before a known place ("mardi ? Dakar"), or before "M." when nothing
    before it asks a question."""
    following = text[end : end + _PLACE_REACH]
    if _LOWER_NEXT.match(following):
        return True
    if _HONORIFIC_NEXT.match(following) and not _ASKING.search(text[max(0, end - 80) : end]):
        return True  # "a t?l?phon? lundi ? M. Jebali": no question is asked before it
    places = find_places("à" + following, lang)
    return bool(places) and places[0].start == len("à ")


def _heal_word(word: str, start: int, marks: set[int], lang: str) -> str:
    """Restore a word whose gaps are all marked lost, or which is long enough that its shape in
    the vocabulary is evidence enough (a short "l?" could be "là" or a question)."""
    gaps = [i for i, c in enumerate(word) if c in "?\ufffd"]
    if all(start + i in marks for i in gaps) or len(word) - len(gaps) >= _SURE_LETTERS:
        return _restore(word, lang)
    return word
