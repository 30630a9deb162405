"""Plain text input, and the byte-level checks every input goes through.

A text file is kept whole: its first line is not taken as a title, because the time stage reads
datelines ("Dernière mise à jour à 08h50 le 19/11") from the top of the text.
"""

from __future__ import annotations

from entente.records import Document, Failure

# One document larger than this is refused rather than read: no news article comes near it, and a
# bigger text would only exhaust memory in the NLP stages. JSON Lines files are streamed record by
# record, so the limit applies to each record, not to the file.
MAX_DOCUMENT_BYTES = 20_000_000
CP1252_WARNING = "decoded as cp1252 (not valid UTF-8)"
# Share of C0 control bytes (other than tab, newline, carriage return, form feed) above which a
# file without NUL bytes is still taken for binary data: real text has almost none.
_MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset(b"\t\n\r\f")


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of an input are binary data rather than text."""
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls > _MAX_CONTROL_SHARE * len(head)


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """The text of ``data`` and the warnings its decoding deserves.

    UTF-8 (with or without a byte order mark) is expected; anything else is read as cp1252, the
    usual encoding of older French web pages and Windows files, and says so in a warning.
    """
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), (CP1252_WARNING,)


def megabytes(size: int) -> int:
    """A byte count in whole (decimal) megabytes, for messages."""
    return round(size / 1_000_000)


def parse_text(
    text: str, doc_id: str, origin: str, warnings: tuple[str, ...] = ()
) -> Document | Failure:
    """A document holding ``text`` as it is, or a Failure when there is nothing to read."""
    if not text.strip():
        return Failure(origin, "empty file")
    return Document(id=doc_id, text=text, origin=origin, warnings=warnings)
