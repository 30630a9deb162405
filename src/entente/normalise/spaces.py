"""Unicode and whitespace normalisation.

Offsets in every output refer to the normalised text, so it must be stable: one kind of line
break, one kind of space, composed characters. Single newlines are kept because they are
paragraph breaks, which sentence splitting relies on.
"""

from __future__ import annotations

import re
import unicodedata

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Invisible characters that split words for matching: soft hyphen, zero-width space, word joiner,
# byte order mark.
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
# Any run of whitespace but the newline: tabs, no-break and thin spaces included.
_SPACES = re.compile(r"[^\S\n]+")
_LINE_EDGES = re.compile(r" ?\n ?")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise_spaces(text: str) -> str:
    """``text`` in NFC with ``\\n`` line breaks, single spaces, trimmed lines, and at most one
    blank line in a row."""
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text))
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    text = _LINE_EDGES.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()
