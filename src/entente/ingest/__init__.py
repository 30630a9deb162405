"""The ingest stage: every input the user names, read into Documents.

``read`` streams: it opens one file at a time and reads JSON Lines record by record, so a corpus
is never held in memory. An input or record that cannot be read becomes a Failure with a one-line
reason, and reading goes on with the rest.

Size limit: one document (a text, an HTML page, a feed, a JSON Lines record) over 20 MB is
refused with a Failure, without being read; a JSON Lines file has no overall limit.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO, cast

import trafilatura

from entente.ingest.feeds import Fetcher, parse_feed
from entente.ingest.html import parse_html
from entente.ingest.jsonl import parse_jsonl
from entente.ingest.paths import STDIN, Format, expand, os_reason, sniff
from entente.ingest.text import MAX_DOCUMENT_BYTES, decode, looks_binary, megabytes, parse_text
from entente.records import Document, Failure

__all__ = ["read"]

# Bytes read before deciding on binary data and format: enough to see past an XML prolog.
_HEAD_BYTES = 64 * 1024
_STDIN_ORIGIN = "stdin"
_LIMIT_MB = megabytes(MAX_DOCUMENT_BYTES)


def read(
    *inputs: str | Path, fetch: bool = False, stdin: TextIO | BinaryIO | None = None
) -> Iterator[Document | Failure]:
    """Documents from files, folders, glob patterns and ``-`` (standard input), in order.

    ``fetch`` lets feed entries without content be downloaded; ``stdin`` replaces
    ``sys.stdin`` for ``-``.
    """
    fetcher = trafilatura.fetch_url if fetch else None
    for item in expand(inputs):
        if isinstance(item, Failure):
            yield item
        elif item == STDIN:
            stream = _binary(stdin if stdin is not None else sys.stdin)
            yield from _guarded(_STDIN_ORIGIN, _read_stream(stream, None, _STDIN_ORIGIN, fetcher))
        else:
            yield from _guarded(str(item), _read_path(Path(item), fetcher))


def _guarded(origin: str, records: Iterator[Document | Failure]) -> Iterator[Document | Failure]:
    """The records of one input, ended by a Failure if reading it raises.

    This is the one place errors are caught: a file that vanishes, cannot be opened or trips a
    parser must not stop the rest of the corpus, and the user gets a line, not a traceback.
    """
    try:
        yield from records
    except OSError as error:
        yield Failure(origin, os_reason(error))
    except Exception as error:
        yield Failure(origin, f"could not be read ({type(error).__name__}: {_first_line(error)})")


def _first_line(error: Exception) -> str:
    """The first line of an error message."""
    return (str(error).splitlines() or [""])[0]


def _read_path(path: Path, fetcher: Fetcher | None) -> Iterator[Document | Failure]:
    """The records of one file."""
    size = path.stat().st_size
    with path.open("rb") as stream:
        yield from _read_stream(stream, path.name, str(path), fetcher, size)


def _read_stream(
    stream: BinaryIO,
    name: str | None,
    origin: str,
    fetcher: Fetcher | None,
    size: int | None = None,
) -> Iterator[Document | Failure]:
    """The records of an open input: checked, sniffed, then streamed or read whole.

    ``size`` is known for files, so an oversized one is refused before it is read.
    """
    head = stream.read(_HEAD_BYTES)
    kind = sniff(name, head)
    if not head:
        yield Failure(origin, "empty file")
    elif looks_binary(head):
        yield Failure(origin, "binary file, not text")
    elif kind == "jsonl":
        yield from parse_jsonl(_lines(head, stream), origin)
    elif size is not None and size > MAX_DOCUMENT_BYTES:
        yield Failure(origin, f"file too large ({megabytes(size)} MB > {_LIMIT_MB} MB limit)")
    else:
        data = head + stream.read(MAX_DOCUMENT_BYTES + 1 - len(head))
        yield from _read_whole(kind, data, name, origin, fetcher)


def _read_whole(
    kind: Format, data: bytes, name: str | None, origin: str, fetcher: Fetcher | None
) -> Iterator[Document | Failure]:
    """The records of an input read whole: a feed, an HTML page or a text.

    ``data`` holds one byte more than the limit when the input is too large: that is how an input
    of unknown size (standard input) is caught.
    """
    if len(data) > MAX_DOCUMENT_BYTES:
        yield Failure(origin, f"input too large (over the {_LIMIT_MB} MB limit)")
    elif kind == "feed":
        yield from parse_feed(data, origin, fetcher)
    else:
        text, warnings = decode(data)
        if kind == "html":
            yield parse_html(text, name, origin, warnings)
        else:
            yield parse_text(text, name or origin, origin, warnings)


def _lines(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """The lines of a stream whose first bytes, ``head``, were already read."""
    *complete, partial = head.split(b"\n")
    for line in complete:
        yield line + b"\n"
    last = partial + stream.readline()
    if last:
        yield last
    yield from stream


def _binary(stream: TextIO | BinaryIO) -> BinaryIO:
    """A byte stream for standard input, so it is decoded like any file."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    if isinstance(stream, io.TextIOBase):
        return io.BytesIO(stream.read().encode("utf-8"))
    return cast(BinaryIO, stream)
