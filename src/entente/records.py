"""The records entente reads and writes.

Every stage passes immutable values forward: a stage never edits what an earlier stage produced, it
returns a new value (``dataclasses.replace``). That keeps ``extract`` a pure function of a document
and the loaded resources, so it can run in a worker process or on a Dask cluster unchanged.
The field names of the output records are those of the record contract (shared/spec/EVENTS.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


class Record:
    """Mixin giving records the plain-dict form the contract writes as JSON."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True)
class Document(Record):
    """One input text and what came with it, as read by the ingest stage.

    ``text`` is the normalised text once the normalise stage has run: every offset in the output
    refers to it. ``damaged`` lists the offsets of characters that were lost in transmission ("?",
    U+FFFD inside a word) so that actor matching can look past them.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str = "fr"
    origin: str | None = None
    warnings: tuple[str, ...] = ()
    damaged: tuple[int, ...] = ()


@dataclass(frozen=True)
class Actor(Record):
    """A resolved actor: a person, a state, an organisation or a group."""

    name: str
    type: str
    country: str | None = None
    code: str | None = None
    role: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class Evidence(Record):
    """A sentence that states an event, with character offsets into the normalised text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class DocumentRecord(Record):
    """The ``document`` record of the contract."""

    doc: str
    title: str | None
    url: str | None
    source: str | None
    language: str
    published: str | None
    published_basis: str | None
    published_text: str | None
    published_partial: str | None
    actors: tuple[Actor, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": "document",
            **asdict(self),
            "actors": [asdict(a) for a in self.actors],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class EventRecord(Record):
    """The ``event`` record of the contract."""

    doc: str
    event_type: str
    mode: str | None
    status: str
    source: Actor | None
    target: Actor | None
    participants: tuple[Actor, ...]
    speaker: Actor | None
    date: str | None
    date_text: str | None
    location: str | None
    cameo: str
    goldstein: float
    evidence: tuple[Evidence, ...]
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["participants"] = list(data["participants"])
        data["evidence"] = list(data["evidence"])
        return {"record": "event", **data}


@dataclass(frozen=True)
class Timex(Record):
    """A time expression with its ISO-TimeML value (``None`` when it cannot be resolved)."""

    doc: str
    start: int
    end: int
    text: str
    type: str
    value: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"record": "timex", **asdict(self)}


@dataclass(frozen=True)
class Extraction(Record):
    """What ``entente.extract`` returns for one document."""

    document: DocumentRecord
    events: tuple[EventRecord, ...] = field(default=())

    def records(self) -> list[dict[str, Any]]:
        """The contract's records in output order: the document first, then its events."""
        return [self.document.to_dict(), *(e.to_dict() for e in self.events)]

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document.to_dict(), "events": [e.to_dict() for e in self.events]}


@dataclass(frozen=True)
class Failure(Record):
    """An input that could not be read, and why, in one line a user can act on."""

    origin: str
    reason: str
