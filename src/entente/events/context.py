"""What the events stage reads: one analysed document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from entente.actors import ActorMention, DocumentActors
from entente.kb.places import Place, find_places
from entente.nlp import Sentence
from entente.records import Actor, Document

SUBJECT_REACH = 30  # a person named this close to a sentence's start is most likely its subject
STORY_REACH = 4  # sentences to look back for whom a pronoun or an unattributed quote is about


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
        """The sentence with its dateline blanked out: it dates the article, not the event. A
        dateline that makes a paragraph of its own with what surrounds it is a byline, whose
        every word is about the article ("LEMONDE.FR avec AFP | 02.09.10 | 08h12")."""
        at = sentence.text.find(self.dateline) if self.dateline else -1
        if at < 0:
            return sentence.text
        if at > 0 and self._alone(sentence):
            return " " * len(sentence.text)
        end = at + len(self.dateline)
        return sentence.text[:at] + " " * (end - at) + sentence.text[end:]

    def _alone(self, sentence: Sentence) -> bool:
        """Whether a sentence is the only one of its paragraph (a byline's line, a headline)."""
        return sum(s.paragraph == sentence.paragraph for s in self.sentences) == 1

    def mentions_in(self, sentence: Sentence) -> list[ActorMention]:
        """The actors a sentence names, less the city of its dateline: "MOSCOU, 10 mars (AFP) -"
        says where the story was filed, not that Russia took part."""
        start = sentence.start
        if self.dateline and sentence.text.startswith(self.dateline):
            start += len(self.dateline)
        return [m for m in self.actors.in_span(sentence.start, sentence.end) if m.start >= start]

    def one_paragraph(self, first: int, last: int) -> bool:
        """Whether no paragraph break falls between the end of one sentence and the start of
        another."""
        return "\n" not in self.doc.text[self.sentences[first].end : self.sentences[last].start]

    def places_in(self, sentence: Sentence) -> list[Place]:
        """The places a sentence names, less those inside an organisation's name: the
        "Organisation de coopération de Shanghai" meets wherever it meets, not in Shanghai."""
        names = [
            (m.start - sentence.start, m.end - sentence.start)
            for m in self.mentions_in(sentence)
            if m.kind == "name" and self.actors.entity(m.key).is_body
        ]  # not a seat standing for one ("à Bruxelles" is a place, though it may mean the EU)
        return [
            p
            for p in find_places(sentence.text, self.doc.language)
            if not any(start <= p.start and p.end <= end for start, end in names)
        ]

    def actor(self, key: str) -> Actor:
        return self.actors.actor(key, self.published)

    def country(self, key: str) -> str | None:
        """The state a person acts for; an organisation stands for itself (its code)."""
        return self.actors.country(key, self.published)

    def story_subject(self, index: int) -> str | None:
        """The person the sentences before ``index`` are about: the subject of the nearest one
        that has a person for subject ("Xi Jinping a eu un entretien avec Joe Biden. « ... »,
        a-t-il averti"; "Mme Meloni a salué ... Elle a appelé le FMI à ...")."""
        for back in range(index - 1, max(-1, index - 1 - STORY_REACH), -1):
            if subject := self.subject_of(back):
                return subject
        return None

    def subject_of(self, index: int) -> str | None:
        """A sentence's subject if a person: by its parse, else the person that opens it."""
        sentence = self.sentences[index]
        start, end = sentence.start, sentence.start + SUBJECT_REACH
        parse = self.parses.get(index) or []
        subjects = [c for t in parse if t.dep_ == "ROOT" for c in t.children if c.dep_ == "nsubj"]
        if subjects:
            span = list(subjects[0].subtree)
            start, end = start + span[0].idx, start + span[-1].idx + len(span[-1])
        persons = [
            m.key
            for m in self.mentions_in(sentence)
            if start <= m.start < end and self.actors.entity(m.key).type == "person"
        ]
        return persons[0] if persons else None
