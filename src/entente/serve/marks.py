"""A text cut where evidence spans start and end, so a template can highlight them.

Spans may coincide (several events read from one sentence) or overlap; every piece knows which
events cover it, so nothing is highlighted twice or lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Piece:
    """A run of text; ``events`` cover it, and the spans of ``ending`` end with it."""

    text: str
    events: tuple[int, ...] = ()
    ending: tuple[int, ...] = ()


def pieces(text: str, spans: Iterable[tuple[int, int, int]]) -> list[Piece]:
    """``text`` as consecutive pieces, given spans as (start, end, event id)."""
    kept = sorted({(max(0, s), min(len(text), e), i) for s, e, i in spans if s < e})
    cuts = sorted({0, len(text), *(s for s, _, _ in kept), *(e for _, e, _ in kept)})
    out = []
    for start, end in pairwise(cuts):
        covering = tuple(sorted({i for s, e, i in kept if s <= start and end <= e}))
        ending = tuple(sorted({i for _, e, i in kept if e == end and i in covering}))
        out.append(Piece(text[start:end], covering, ending))
    return out
