"""Folding text for matching without losing offsets.

``fold`` lowercases and strips accents one character for one character, so a match found at
offsets in the folded text is at the same offsets in the original. That is why it does not use
``casefold`` or NFKD, which change lengths ("ß" → "ss", "ﬁ" → "fi").
"""

from __future__ import annotations

import unicodedata

# Characters folded to a common form: typographic variants a writer may use in the same name
# ("l’OCS", "Jean‑Yves"), and the replacement character.
_EQUIVALENTS = {
    "\u2019": "'",  # right single quotation mark, the typographic apostrophe
    "\u2018": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2212": "-",  # minus sign
    # The two marks of a lost character ("Sergue?", "Sergue\ufffd") look the same to matching.
    "\ufffd": "?",
    # Letters with a stroke, which no decomposition strips: "Vương Đình Huệ" is "Dinh" in French
    "\u0111": "d",  # đ
    "\u0110": "d",  # Đ
    "\u0142": "l",  # ł
    "\u0141": "l",  # Ł
    "\u00f8": "o",  # ø
    "\u00d8": "o",  # Ø
    "\u0131": "i",  # dotless ı
}


def fold(text: str) -> str:
    """``text`` lowercased and without accents, with exactly one character per character."""
    return text.translate(_TABLE)


def fold_char(char: str) -> str:
    """The folded form of one character: always a single character."""
    if char in _EQUIVALENTS:
        return _EQUIVALENTS[char]
    base = _strip_marks(char)
    lower = base.lower()
    return lower if len(lower) == 1 else base


def _strip_marks(char: str) -> str:
    """The base letter of an accented character ("É" → "E"), or the character itself.

    Only combining marks are removed: a character whose decomposition holds other characters
    (a Hangul syllable) is left as it is.
    """
    decomposed = unicodedata.normalize("NFD", char)
    if all(unicodedata.combining(mark) for mark in decomposed[1:]):
        return decomposed[0]
    return char


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table filled on demand, so each character is folded once."""

    def __missing__(self, codepoint: int) -> str:
        folded = fold_char(chr(codepoint))
        self[codepoint] = folded
        return folded


_TABLE = _FoldTable()
