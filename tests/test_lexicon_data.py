"""The French lexicon's data, as written: faults no single case would show."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from entente.events.lexicon import folded
from entente.lang import load_json

# "a" before an article is the preposition "à" written without its accent: folded text keeps
# the accent of a lone "à" ("a invité" / "invité à"), so such an entry can never match.
_BARE_A = re.compile(
    r"(?<![\w'-])a\s+(?:la|le|les|un|une|ce|cette|ces)(?![\w'-])|(?<![\w'-])a\s+l'"
)


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("_"):  # notes are prose
                yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)
    elif isinstance(node, str):
        yield node


def test_the_preposition_a_keeps_its_accent_in_every_pattern() -> None:
    bare = [s for s in _strings(load_json("fr", "events.json")) if _BARE_A.search(s)]
    assert bare == []


def test_the_folded_text_keeps_the_preposition_and_drops_other_accents() -> None:
    assert folded("à la veille du sommet") == "à la veille du sommet"
    assert folded("Il a été reçu à l'Élysée") == "il a ete recu à l'elysee"
