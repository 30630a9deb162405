"""JSON Lines input: one record per line, ``{id, text, title?, url?, source?, published?}``.

Lines are read one at a time, so a corpus of any size streams through; a bad line becomes a
Failure naming it and the next lines are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from entente.ingest.text import MAX_DOCUMENT_BYTES, decode, megabytes
from entente.ingest.urls import calendar_day, date_from_url
from entente.records import Document, Failure

# ``YYYY-MM-DD``, alone or as the start of an ISO datetime (``2021-02-04T22:35:00+01:00``).
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")


def parse_jsonl(lines: Iterable[bytes], origin: str) -> Iterator[Document | Failure]:
    """One Document or Failure per non-blank line; the origin of each is ``origin:line``."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield parse_record(line, f"{origin}:{number}")


def parse_record(line: bytes, origin: str) -> Document | Failure:
    """The document a JSON Lines record describes, or why it cannot be read."""
    if len(line) > MAX_DOCUMENT_BYTES:
        limit = megabytes(MAX_DOCUMENT_BYTES)
        return Failure(origin, f"record too large ({megabytes(len(line))} MB > {limit} MB limit)")
    text, warnings = decode(line)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return Failure(origin, f"malformed JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return Failure(origin, "not a JSON object")
    return _document(record, origin, warnings)


def _document(record: dict[str, Any], origin: str, warnings: tuple[str, ...]) -> Document | Failure:
    """Check the fields a record must have and build its Document."""
    text, url = _string(record, "text"), _string(record, "url")
    doc_id = _identifier(record.get("id")) or url
    if text is None or not text.strip():
        return Failure(origin, "record has no text")
    if doc_id is None:
        return Failure(origin, "record has no id (and no url)")
    published, date_warnings = _published(record.get("published"))
    return Document(
        id=doc_id,
        text=text,
        title=_string(record, "title"),
        url=url,
        source=_string(record, "source"),
        published=published or date_from_url(url),
        origin=origin,
        warnings=warnings + date_warnings,
    )


def _string(record: dict[str, Any], key: str) -> str | None:
    """A non-empty string field, or None (other types are not guessed at)."""
    value = record.get(key)
    return value if isinstance(value, str) and value else None


def _identifier(value: object) -> str | None:
    """An id given as a string or a number, as a string."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value) or None


def _written_date(value: object) -> str | None:
    """A full date written otherwise ("04/02/2021", "4 février 2021", "Thu, 04 Feb 2021 22:35"),
    read by dateparser: absolute dates only, and only with day, month and year all written, so that
    "hier" or "4 février" never become a date taken from the clock."""
    if not isinstance(value, str):
        return None
    import dateparser  # loaded only for the rare metadata that is not ISO 8601

    settings = {
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY",
    }
    parsed = dateparser.parse(value, languages=["fr", "en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def _published(value: object) -> tuple[str | None, tuple[str, ...]]:
    """The ``YYYY-MM-DD`` day of a ``published`` field, and a warning when it is not a date.

    A datetime keeps the day as written, before any time zone conversion: that is the day the
    publisher printed.
    """
    if value is None or value == "":
        return None, ()
    match = _ISO_DATE.fullmatch(value) if isinstance(value, str) else None
    day = calendar_day(*match.groups()) if match else _written_date(value)
    if day is None:
        return None, (f"ignored published {json.dumps(value, ensure_ascii=False)}: not a date",)
    return day, ()
