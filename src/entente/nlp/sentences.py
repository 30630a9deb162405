"""Rule-based sentence splitting with offsets into the normalised text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from entente.lang import load_json


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it stands in the document's normalised text."""

    text: str
    start: int
    end: int
    paragraph: int
    aside: bool = False  # a "Lire aussi : ..." line: the headline of another article


_BOUNDARY = re.compile(r"[.!?…]+(?:[\s\u00a0\u202f]?[»\"”’)])*(?=\s+[«\"“(]?[A-ZÀ-ÖØ-Þ0-9«\"“—–-])")
_TOKEN_BEFORE = re.compile(r"([\w.'-]+)$")


@cache
def _asides(lang: str) -> tuple[str, ...]:
    return tuple(load_json(lang, "sentences.json")["asides"])


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(load_json(lang, "sentences.json")["abbreviations"])


def _is_abbreviation(text: str, dot: int, lang: str) -> bool:
    """A period after a known abbreviation or a single capital ("M.", "J.") ends nothing."""
    if text[dot] != ".":
        return False
    match = _TOKEN_BEFORE.search(text, 0, dot)
    if not match:
        return False
    word = match.group(1).rstrip(".").split(".")[-1] if "." in match.group(1) else match.group(1)
    return word in _abbreviations(lang) or (len(word) == 1 and word.isupper())


def _split_paragraph(
    text: str, offset: int, paragraph: int, lang: str, damaged: frozenset[int]
) -> list[Sentence]:
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if _is_abbreviation(text, match.start(), lang) or offset + match.start() in damaged:
            continue
        end = match.end()
        sentences.append(Sentence(text[start:end], offset + start, offset + end, paragraph))
        start = end + (len(text[end:]) - len(text[end:].lstrip()))
    if text[start:].strip():
        sentences.append(
            Sentence(text[start:].rstrip(), offset + start, offset + len(text.rstrip()), paragraph)
        )
    return sentences


def split_sentences(text: str, lang: str = "fr", damaged: tuple[int, ...] = ()) -> list[Sentence]:
    """Split on line breaks first (each line of news text is a paragraph), then on sentence ends.

    A "?" that stands for a lost letter ("Sergue? Lavrov", offsets in ``damaged``) ends nothing.
    """
    lost = frozenset(damaged)
    sentences: list[Sentence] = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            found = _split_paragraph(stripped, offset + lead, number, lang, lost)
            if stripped.startswith(_asides(lang)):
                found = [replace(sentence, aside=True) for sentence in found]
            sentences.extend(found)
        offset += len(line) + 1
    return sentences
