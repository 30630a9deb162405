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

    @property
    def party(self) -> str | None:
        """The state or organisation the actor acts for: its ISO code, else its own code."""
        return self.country or self.code


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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventRecord:
        """The record back from its contract form (as the store keeps it)."""
        fields = {k: v for k, v in data.items() if k != "record"}
        for name in ("source", "target", "speaker"):
            fields[name] = _actor(fields[name])
        fields["participants"] = tuple(Actor(**a) for a in fields["participants"])
        fields["evidence"] = tuple(Evidence(**e) for e in fields["evidence"])
        return cls(**fields)


def _actor(data: dict[str, Any] | None) -> Actor | None:
    return Actor(**data) if data else None


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
    """What ``entente.extract`` returns for one document.

    ``text`` is the normalised text every evidence offset points into; it is not a contract record,
    but the store keeps it so that evidence can be shown in its document.
    """

    document: DocumentRecord
    events: tuple[EventRecord, ...] = field(default=())
    text: str = ""

    def records(self) -> list[dict[str, Any]]:
        """The contract's records in output order: the document first, then its events."""
        return [self.document.to_dict(), *(e.to_dict() for e in self.events)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "text": self.text,
        }


@dataclass(frozen=True)
class Failure(Record):
    """An input that could not be read, and why, in one line a user can act on."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Source(Record):
    """One document's report of a fused event: where it was read, and the sentences that say it."""

    doc: str
    published: str | None
    title: str | None
    url: str | None
    publisher: str | None
    confidence: float
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["evidence"] = list(data["evidence"])
        return data


@dataclass(frozen=True)
class FusedEvent(Record):
    """One real-world event however many documents report it: the contract's event fields, with
    every source kept and every field the sources disagree on listed in ``conflicts``.

    ``id`` is the store's identifier (``None`` before the event is stored).
    """

    id: int | None
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
    confidence: float
    sources: tuple[Source, ...]
    conflicts: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def source_count(self) -> int:
        """How many distinct documents report the event."""
        return len({s.doc for s in self.sources})

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["participants"] = list(data["participants"])
        data["sources"] = [s.to_dict() for s in self.sources]
        data["conflicts"] = {name: list(values) for name, values in self.conflicts}
        return {"record": "fused_event", **data, "source_count": self.source_count}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FusedEvent:
        """The record back from its dictionary form (as the store keeps it)."""
        fields = {k: v for k, v in data.items() if k not in ("record", "source_count")}
        for name in ("source", "target", "speaker"):
            fields[name] = _actor(fields[name])
        fields["participants"] = tuple(Actor(**a) for a in fields["participants"])
        fields["sources"] = tuple(
            Source(**{**s, "evidence": tuple(Evidence(**e) for e in s["evidence"])})
            for s in fields["sources"]
        )
        fields["conflicts"] = tuple((k, tuple(v)) for k, v in fields["conflicts"].items())
        return cls(**fields)
