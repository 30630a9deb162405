"""Turning the user's inputs into files, and telling formats apart.

Folders are walked recursively in name order, skipping hidden files and folders; glob patterns
are expanded with ``**`` support. Paths are produced lazily, so a huge folder streams.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import Literal

from entente.records import Failure

Format = Literal["text", "html", "jsonl", "feed"]
STDIN = "-"
_BY_SUFFIX: dict[str, Format] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
_GLOB_MAGIC = re.compile(r"[*?[]")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]")
_BOM = b"\xef\xbb\xbf"


def expand(inputs: Iterable[str | Path]) -> Iterator[Path | Failure | str]:
    """The files named by ``inputs``, in order; ``STDIN`` for ``-``; a Failure for a bad input."""
    for given in inputs:
        if str(given) == STDIN:
            yield STDIN
            continue
        try:
            yield from _expand_one(str(given))
        except OSError as error:  # a path in a folder that cannot be searched
            yield Failure(str(given), os_reason(error))


def _expand_one(given: str) -> Iterator[Path | Failure]:
    """The files one input names: itself, a folder's files, or a pattern's matches."""
    path = Path(given)
    if path.exists() or path.is_symlink():
        yield from _files(path)
    elif _GLOB_MAGIC.search(given):
        yield from _matches(given)
    else:
        yield Failure(given, "no such file or directory")


def _files(path: Path) -> Iterator[Path | Failure]:
    """A file itself, or the files of a folder."""
    return walk(path) if path.is_dir() else iter((path,))


def _matches(pattern: str) -> Iterator[Path | Failure]:
    """The files matching a glob pattern, in name order; folders among the matches are walked.

    A file reached both directly and through a matched folder (``corpus/**``) is given once.
    """
    matches = sorted(glob.iglob(pattern, recursive=True))
    if not matches:
        yield Failure(pattern, "no file matches this pattern")
    seen: set[Path] = set()
    for item in (item for match in matches for item in _files(Path(match))):
        if isinstance(item, Path):
            if item in seen:
                continue
            seen.add(item)
        yield item


def walk(folder: Path) -> Iterator[Path | Failure]:
    """Every visible file under ``folder``, sorted; a Failure when there is none."""
    found = False
    for item in _walk(folder):
        found = found or isinstance(item, Path)
        yield item
    if not found:
        yield Failure(str(folder), "no readable files in this folder (hidden files are skipped)")


def _walk(folder: Path) -> Iterator[Path | Failure]:
    """Files under ``folder``, depth first in name order, not following links to folders."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield Failure(str(folder), os_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def os_reason(error: OSError) -> str:
    """The one-line reason an operating system error gives (``permission denied``)."""
    return (error.strerror or str(error)).lower()


def sniff(name: str | None, head: bytes) -> Format:
    """The format of an input, from its file name's extension, else from its first bytes.

    ``.txt`` and unknown extensions are sniffed too: an HTML page saved as ``.txt`` is still HTML.
    """
    by_suffix = _BY_SUFFIX.get(PurePath(name).suffix.lower()) if name else None
    if by_suffix not in (None, "text"):
        return by_suffix
    return _sniff_content(head)


def _sniff_content(head: bytes) -> Format:
    """The format the first bytes of an input announce; plain text when they announce none."""
    start = head.removeprefix(_BOM).lstrip()[:1024].lower()
    if start.startswith((b"<!doctype", b"<html")):
        return "html"
    if _FEED_ROOT.match(start) or (start.startswith(b"<?xml") and _FEED_ROOT.search(start)):
        return "feed"
    if start.startswith(b"<?xml") and b"<html" in start:
        return "html"
    if start.startswith(b'{"'):
        return "jsonl"
    return "text"
