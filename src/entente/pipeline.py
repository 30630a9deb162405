"""One document flows one way: ingest → normalise → nlp → actors → time → events → records.

``extract_document`` is a pure function of a document and the resources loaded once per process, so
it runs the same in a notebook, in worker processes or on Dask workers. Documents are processed in
batches only so that the costly spaCy pipeline sees many sentences at once through ``nlp.pipe``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from entente.actors import DocumentActors, add_named_persons, resolve_actors
from entente.events import Analysis, extract_events
from entente.events.lexicon import folded, load_lexicon
from entente.nlp import Sentence, load_model, split_sentences
from entente.normalise import normalise
from entente.records import Document, DocumentRecord, Extraction, Failure
from entente.time.published import Publication, infer_year, read_publication

BATCH_DOCUMENTS = 32
CAPITALISED_PAIR = re.compile(r"\s[A-ZÀ-Þ][a-zà-ÿ]+\s[A-ZÀ-Þ][a-zà-ÿ]+")


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
    selected: tuple[int, ...]


def _worth_parsing(sentence: Sentence, lang: str) -> bool:
    """The parser runs where an event trigger stands, or where an unknown name may stand."""
    if load_lexicon(lang).any_trigger.search(folded(sentence.text)):
        return True
    return bool(CAPITALISED_PAIR.search(sentence.text))


def prepare(doc: Document, options: Options) -> _Prepared:
    """The cheap stages: normalise, publication date, sentences, actors, year inference."""
    doc = normalise(doc)
    publication = read_publication(doc, options.reference_date, doc.language)
    sentences = tuple(split_sentences(doc.text, doc.language, doc.damaged))
    actors = resolve_actors(doc.text, doc.damaged, doc.language)
    publication = infer_year(publication, actors.tenure_constraints(), options.today)
    selected = tuple(i for i, s in enumerate(sentences) if _worth_parsing(s, doc.language))
    return _Prepared(doc, publication, sentences, actors, selected)


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
        prepared.doc, prepared.sentences, actors, publication.date, parses, publication.text
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
    return Extraction(record, extract_events(analysis))


def _batch(prepared: list[_Prepared], lang: str) -> Iterator[Extraction]:
    nlp = load_model(lang)
    jobs = [(p, i) for p in prepared for i in p.selected]
    parses: dict[int, dict] = {id(p): {} for p in prepared}
    texts = (p.sentences[i].text for p, i in jobs)
    for (p, i), parse in zip(jobs, nlp.pipe(texts, batch_size=64), strict=True):
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
