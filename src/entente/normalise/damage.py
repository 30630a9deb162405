"""Finding characters that were lost in transmission.

A character the sender's encoding could not carry often arrives as "?" or U+FFFD ("Sergue?
Lavrov", "pr?sident"). It cannot be restored, so it is kept as it is: the text stays honest and
the offsets stay those of the text. Its offset is recorded instead, so that actor matching can
take it for any letter.

U+FFFD is always damage. A "?" is damage only where a question mark cannot be, and the rules are
conservative, because "Pourquoi ?", "vraiment?" and "Vraiment? Non." are real questions:

1. a "?" between two letters ("pr?sident", the first "?" of "d?clar?");
2. a "?" after a letter, ending a word that already holds a damaged character, unless a sentence
   seems to end there ("d?clar? par", "d?clar?," but not "le pr?sident? Non" or at a line end);
3. a "?" right after a capitalised word of three letters or more that does not begin its
   sentence, followed by a space and a capitalised word: a name that goes on ("son homologue
   Sergue? Lavrov"). At the start of a sentence ("Pourquoi? Parce que") it is not counted, so a
   name broken there is missed.

A "?" in a token that looks like a URL or a query (``index.php?id=3``) is never damage.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_MARKS = re.compile(r"[?\ufffd]")
_TOKEN_END = re.compile(r"\s|$")
# Characters that close a quotation or an aside right after a real question mark.
_CLOSERS = '»”")'
# What may stand between the end of a sentence and its first word.
_OPENERS = " «“\"'(‘"
_SENTENCE_ENDS = ".!?…\n"
_MIN_NAME_LETTERS = 3
# How far back to look for the end of the previous sentence: a few spaces and quotes at most.
_LOOK_BACK = 16


def damaged_offsets(text: str) -> tuple[int, ...]:
    """The offsets of the lost characters in ``text``, in order."""
    damaged: list[int] = []
    for match in _MARKS.finditer(text):
        offset = match.start()
        if text[offset] == REPLACEMENT or _is_lost(text, offset, damaged):
            damaged.append(offset)
    return tuple(damaged)


def _is_lost(text: str, offset: int, damaged: list[int]) -> bool:
    """Whether the "?" at ``offset`` stands for a lost letter; ``damaged`` holds those before it."""
    if not _is_letter(text, offset - 1) or _in_url(text, offset):
        return False
    if _is_letter(text, offset + 1):
        return True
    word_start = _run_start(text, offset, with_marks=True)
    if damaged and damaged[-1] >= word_start:
        return not _sentence_ends_after(text, offset)
    return _name_goes_on(text, offset)


def _is_letter(text: str, offset: int) -> bool:
    """Whether ``text`` has a letter at ``offset``."""
    return 0 <= offset < len(text) and text[offset].isalpha()


def _in_url(text: str, offset: int) -> bool:
    """Whether the whitespace-delimited token around ``offset`` looks like a URL or a query."""
    start = max(text.rfind(" ", 0, offset), text.rfind("\n", 0, offset)) + 1
    end = _TOKEN_END.search(text, offset)
    token = text[start : end.start() if end else len(text)]
    return "/" in token or "=" in token


def _run_start(text: str, offset: int, with_marks: bool) -> int:
    """Where the run of letters (and of "?" and U+FFFD if ``with_marks``) ending at ``offset``
    starts."""
    start = offset
    while start > 0 and (
        text[start - 1].isalpha() or (with_marks and text[start - 1] in "?\ufffd")
    ):
        start -= 1
    return start


def _sentence_ends_after(text: str, offset: int) -> bool:
    """Whether what follows the "?" at ``offset`` looks like the end of a sentence."""
    follows = text[offset + 1 : offset + 3]
    if not follows or follows[0] == "\n" or follows[0] in _CLOSERS:
        return True
    return follows[0] == " " and (follows[1:].isupper() or follows[1:] in _CLOSERS)


def _name_goes_on(text: str, offset: int) -> bool:
    """Whether the "?" at ``offset`` sits inside a name (rule 3 of the module docstring)."""
    start = _run_start(text, offset, with_marks=False)
    word = text[start:offset]
    if len(word) < _MIN_NAME_LETTERS or not word[0].isupper():
        return False
    return _capitalised_word_follows(text, offset) and not _starts_sentence(text, start)


def _capitalised_word_follows(text: str, offset: int) -> bool:
    """Whether a space and a capitalised word follow ``offset`` (" Lavrov")."""
    follows = text[offset + 1 : offset + 4]
    return len(follows) == 3 and follows[0] == " " and follows[1].isupper() and follows[2].isalpha()


def _starts_sentence(text: str, offset: int) -> bool:
    """Whether the word at ``offset`` is the first of its sentence (or of the text)."""
    window = max(0, offset - _LOOK_BACK)
    before = text[window:offset].rstrip(_OPENERS)
    if not before:
        return window == 0
    return before[-1] in _SENTENCE_ENDS
