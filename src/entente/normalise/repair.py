"""Repairing text that was decoded with the wrong encoding (mojibake), with ftfy.

ftfy works on segments of text anyway (lines, cut when very long); here the segments are lines
cut into pieces of at most a couple of thousand characters, so that counting what ftfy changed
only ever compares short strings, even in a document made of one huge line.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ftfy import TextFixerConfig, fix_text

# Encoding repairs only. Line breaks, spacing and Unicode normalisation are done by the whitespace
# step, so they are not counted as broken characters; curly quotes and apostrophes are the
# writer's typography and are kept.
_CONFIG = TextFixerConfig(
    uncurl_quotes=False, fix_line_breaks=False, normalization=None, explain=False
)
# A newline, or a line up to 2000 characters long, cut after a space that follows a printable
# ASCII character (never inside a broken sequence such as "Ã "), or anywhere if there is none.
_PIECES = re.compile(r"\n|[^\n]{1,2000}(?:(?<=[!-~]) |(?=\n)|$)|[^\n]{1,2000}")
_TOKENS = re.compile(r"\S+|\s+")


def repair_encoding(text: str) -> tuple[str, int]:
    """``text`` with mojibake fixed ("SergueÃ¯" → "Sergueï"), and how many characters were fixed."""
    fixed: list[str] = []
    count = 0
    for piece in _PIECES.findall(text):
        repaired = fix_text(piece, _CONFIG)
        count += _changes(piece, repaired) if repaired != piece else 0
        fixed.append(repaired)
    return "".join(fixed), count


def _changes(old: str, new: str) -> int:
    """How many characters of ``new`` are repairs of ``old``.

    Words are aligned first and only differing runs are compared character by character, which
    stays fast on long lines.
    """
    old_tokens, new_tokens = _TOKENS.findall(old), _TOKENS.findall(new)
    words = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    return sum(
        _char_changes("".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2]))
        for tag, i1, i2, j1, j2 in words.get_opcodes()
        if tag != "equal"
    )


def _char_changes(old: str, new: str) -> int:
    """Repaired characters between two short strings, counted in the new one.

    A repaired character is what replaced its broken bytes ("Ã¯" → "ï", "Ã\xa0" → "à"): the
    characters of ``new`` in changed runs. A run that only removes something (a stray control
    character) counts one.
    """
    chars = SequenceMatcher(None, old, new, autojunk=False)
    changes = [(tag, j2 - j1) for tag, _, _, j1, j2 in chars.get_opcodes() if tag != "equal"]
    added = sum(length for tag, length in changes if tag != "delete")
    return added or len(changes)
