"""One document flows one way: ingest → normalise → nlp → actors → time → events → records.

``extract_document`` is a pure function of a document and the resources loaded once per process, so
it runs the same in a notebook, in worker processes or on Dask workers. Documents are processed in
batches only so that the costly spaCy pipeline sees many sentences at once through ``nlp.pipe``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice

from entente.actors import DocumentActors, add_named_persons, resolve_actors
from entente.events import Analysis, extract_events
from entente.events.lexicon import has_trigger, load_lexicon, pattern_text
from entente.nlp import Sentence, load_model, split_sentences
from entente.nlp.heal import heal
from entente.normalise import normalise
from entente.records import Document, DocumentRecord, EventRecord, Extraction, Failure
from entente.time.event_dates import writes_year
from entente.time.published import Publication, find_dateline, infer_year, read_publication

BATCH_DOCUMENTS = 128  # documents whose sentences go through nlp.pipe together
OPTIONAL = frozenset({"parser", "ner", "lemmatizer"})  # the rest (tok2vec, tags) always runs
MAX_PARSED_CHARS = 5_000  # a longer "sentence" is a table or a list: nothing to parse there
CAPITALISED_PAIR = re.compile(  # "Ahmed Attaf", "Rubén del Campo": where a name may stand
    r"\s[A-ZÀ-Þ][a-zà-ÿ]+\s(?:(?:de|del|da|di|du|van|von|el|al|ben|bin|ould)\s)?[A-ZÀ-Þ][a-zà-ÿ]+"
)


@dataclass(frozen=True)
class Options:
    """What the user may set for a run."""

    reference_date: dt.date | None = None
    today: dt.date | None = None  # an upper bound for publication dates; never a date source


@dataclass(frozen=True)
class _Prepared:
    doc: Document
    publication: Publication
    sentences: tuple[Sentence, ...]
    actors: DocumentActors
    needs: tuple[frozenset[str], ...]  # per sentence, the spaCy components it is worth
    text: str  # the normalised text as it arrived; ``doc.text`` may have lost letters restored


def _needs(sentence: Sentence, actors: DocumentActors, lang: str) -> frozenset[str]:
    """The costly components a sentence is worth: the parser where an event trigger stands (it finds
    who says what), the NER where a name may stand that the knowledge base did not know."""
    needs: set[str] = set()
    if sentence.aside or len(sentence.text) > MAX_PARSED_CHARS:
        return frozenset(needs)
    lex = load_lexicon(lang)
    if has_trigger(lex, pattern_text(lex, sentence.text)):
        needs.add("parser")
    for name in CAPITALISED_PAIR.finditer(sentence.text):
        start = sentence.start + name.start()
        if not actors.in_span(start - 1, sentence.start + name.end() + 1):
            needs.add("ner")
            break
    return frozenset(needs)


def prepare(doc: Document, options: Options) -> _Prepared:
    """The cheap stages: normalise, publication date, sentences, actors, year inference."""
    doc = normalise(doc)
    text = doc.text
    if doc.damaged:
        doc = replace(doc, text=heal(text, doc.damaged, doc.language))
    publication = read_publication(doc, options.reference_date, doc.language)
    sentences = tuple(split_sentences(doc.text, doc.language, doc.damaged))
    actors = resolve_actors(doc.text, doc.damaged, doc.language, publication.date)
    dated = [(s.start, s.end) for s in sentences if writes_year(s.text)]  # "en 2013, X ..."
    publication = infer_year(publication, actors.tenure_constraints(dated), options.today)
    needs = tuple(_needs(s, actors, doc.language) for s in sentences)
    return _Prepared(doc, publication, sentences, actors, needs, text)


def _named_persons(prepared: _Prepared, parses: dict) -> DocumentActors:
    """Persons spaCy's NER finds in the parsed sentences, handed to the actors stage."""
    spans = [
        (
            prepared.sentences[index].start + ent.start_char,
            prepared.sentences[index].start + ent.end_char,
        )
        for index, parse in parses.items()
        for ent in parse.ents
        if ent.label_ == "PER"
    ]
    return add_named_persons(prepared.actors, prepared.doc.text, spans, prepared.doc.language)


def _finish(prepared: _Prepared, parses: dict) -> Extraction:
    actors = _named_persons(prepared, parses)
    publication = prepared.publication
    analysis = Analysis(
        prepared.doc,
        prepared.sentences,
        actors,
        publication.date,
        parses,
        publication.text or find_dateline(prepared.doc.text, prepared.doc.language),
    )
    doc = prepared.doc
    record = DocumentRecord(
        doc=doc.id,
        title=doc.title,
        url=doc.url,
        source=doc.source,
        language=doc.language,
        published=publication.iso,
        published_basis=publication.basis,
        published_text=publication.text,
        published_partial=publication.partial,
        actors=actors.actors(publication.date),
        warnings=doc.warnings,
    )
    events = extract_events(analysis)
    if prepared.text != doc.text:
        events = tuple(_as_arrived(e, prepared.text) for e in events)
    return Extraction(record, events, prepared.text)


def _as_arrived(event: EventRecord, text: str) -> EventRecord:
    """Evidence quotes the text as it arrived, lost letters included: restored letters are only
    a reading aid (the offsets are the same in both texts)."""
    evidence = tuple(replace(e, sentence=text[e.start : e.end]) for e in event.evidence)
    return replace(event, evidence=evidence)


def _batch(prepared: list[_Prepared], lang: str) -> Iterator[Extraction]:
    """Parse the sentences of a batch of documents, each group of sentences through only the
    components it needs, in one ``nlp.pipe`` call per group."""
    nlp = load_model(lang)
    parses: dict[int, dict] = {id(p): {} for p in prepared}
    for group in (frozenset({"parser", "ner"}), frozenset({"parser"}), frozenset({"ner"})):
        jobs = [(p, i) for p in prepared for i, needs in enumerate(p.needs) if needs == group]
        disable = [name for name in nlp.pipe_names if name in OPTIONAL and name not in group]
        texts = (p.sentences[i].text for p, i in jobs)
        for (p, i), parse in zip(
            jobs, nlp.pipe(texts, batch_size=64, disable=disable), strict=True
        ):
            parses[id(p)][i] = parse
    for p in prepared:
        yield _finish(p, parses[id(p)])


def run(
    documents: Iterable[Document | Failure], options: Options = Options()
) -> Iterator[Extraction | Failure]:
    """Extract every document of a stream, in order; failures pass through untouched."""
    stream = iter(documents)
    while chunk := list(islice(stream, BATCH_DOCUMENTS)):
        prepared: list[_Prepared] = []
        for item in chunk:
            if isinstance(item, Failure):
                yield from _batch(prepared, _lang(prepared))
                prepared = []
                yield item
            else:
                prepared.append(prepare(item, options))
        yield from _batch(prepared, _lang(prepared))


def _lang(prepared: list[_Prepared]) -> str:
    return prepared[0].doc.language if prepared else "fr"


def extract_document(doc: Document, options: Options = Options()) -> Extraction:
    """The extraction of one document."""
    return next(_batch([prepare(doc, options)], doc.language))
