"""What the events stage reads: one analysed document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from entente.actors import ActorMention, DocumentActors
from entente.nlp import Sentence
from entente.records import Actor, Document


@dataclass(frozen=True)
class Analysis:
    """A document after the cheap stages and the selective parse, ready for event extraction."""

    doc: Document
    sentences: tuple[Sentence, ...]
    actors: DocumentActors
    published: dt.date | None
    parses: dict[int, Doc] = field(default_factory=dict)  # sentence index -> spaCy parse
    dateline: str | None = None  # the words that dated the document, if a dateline did

    def without_dateline(self, sentence: Sentence) -> str:
        """The sentence with a leading dateline blanked out: it dates the article, not the event."""
        if self.dateline and sentence.text.startswith(self.dateline):
            return " " * len(self.dateline) + sentence.text[len(self.dateline) :]
        return sentence.text

    def mentions_in(self, sentence: Sentence) -> list[ActorMention]:
        """The actors a sentence names, less the city of its dateline: "MOSCOU, 10 mars (AFP) -"
        says where the story was filed, not that Russia took part."""
        start = sentence.start
        if self.dateline and sentence.text.startswith(self.dateline):
            start += len(self.dateline)
        return [m for m in self.actors.in_span(sentence.start, sentence.end) if m.start >= start]

    def actor(self, key: str) -> Actor:
        return self.actors.actor(key, self.published)

    def country(self, key: str) -> str | None:
        """The state a person acts for; an organisation stands for itself (its code)."""
        return self.actors.country(key, self.published)
