"""The normalise stage: one clean, stable text per document, which every offset refers to.

``normalise`` repairs mojibake with ftfy, composes characters (NFC), unifies line breaks and
spaces, and records where characters were lost beyond repair (``Document.damaged``). It is pure
and idempotent: normalising a normalised document changes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from entente.normalise.damage import damaged_offsets
from entente.normalise.fold import fold
from entente.normalise.repair import repair_encoding
from entente.normalise.spaces import normalise_spaces
from entente.records import Document

__all__ = ["damaged_offsets", "fold", "normalise"]


def normalise(doc: Document) -> Document:
    """``doc`` with its text normalised, its damaged offsets and what was done in its warnings."""
    repaired, fixed = repair_encoding(doc.text)
    text = normalise_spaces(repaired)
    damaged = damaged_offsets(text)
    found = (_repaired_warning(fixed), _damaged_warning(len(damaged)))
    new = tuple(w for w in found if w and w not in doc.warnings)
    return replace(doc, text=text, warnings=doc.warnings + new, damaged=damaged)


def _repaired_warning(count: int) -> str | None:
    """The warning for characters ftfy repaired, as in the contract's example."""
    return f"repaired {_characters(count)}" if count else None


def _damaged_warning(count: int) -> str | None:
    """The warning for characters that were lost and are only marked."""
    return f"{_characters(count)} could not be repaired (marked as damaged)" if count else None


def _characters(count: int) -> str:
    """``2 broken characters``, ``1 broken character``."""
    return f"{count} broken character{'s' if count > 1 else ''}"
