"""RSS and Atom feeds: one document per entry.

An entry that carries its text (content or summary) is read as it is. An entry that only links
to its article is downloaded when the caller allows it (``fetcher``), and otherwise reported, so
that reading a feed never touches the network unless asked to.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser
from lxml.html import fragment_fromstring

from entente.ingest.html import parse_html
from entente.ingest.urls import date_from_url
from entente.records import Document, Failure

Fetcher = Callable[[str], str | None]
# Elements after which the text of an entry breaks a line, so paragraphs stay apart.
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")
_LINE_BREAKS = re.compile(r"\s*\n\s*")


def parse_feed(
    data: bytes, origin: str, fetcher: Fetcher | None = None
) -> Iterator[Document | Failure]:
    """One Document or Failure per entry of the feed in ``data``.

    ``fetcher`` downloads the page of an entry that has no content (``trafilatura.fetch_url``);
    None keeps ingest offline.
    """
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.version and not feed.entries:
        yield Failure(origin, "not an RSS or Atom feed")
        return
    if not feed.entries:
        yield Failure(origin, "feed has no entries")
        return
    source = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        yield _read_entry(entry, f"{origin}#{number}", source, fetcher)


def _read_entry(
    entry: Any, origin: str, source: str | None, fetcher: Fetcher | None
) -> Document | Failure:
    """The document of one entry: its own text, or its page when it has none."""
    link = _web_link(entry)
    document = Document(
        id=link or entry.get("id") or origin,
        text=fragment_text(_body(entry)),
        title=entry.get("title") or None,
        url=link,
        source=source,
        published=entry_date(entry) or date_from_url(link),
        origin=origin,
    )
    if document.text.strip():
        return document
    if link is None:
        return Failure(origin, "entry has no content and no link")
    if fetcher is None:
        return Failure(f"{origin} ({link})", "entry has no content; use --fetch to download it")
    return _fetched(document, link, fetcher)


def _web_link(entry: Any) -> str | None:
    """The entry's link when it is a web address (feedparser may give a ``urn:`` id instead)."""
    link = entry.get("link") or ""
    return link if link.startswith(("http://", "https://")) else None


def _fetched(entry: Document, link: str, fetcher: Fetcher) -> Document | Failure:
    """The entry completed with the article of its page; the feed's own metadata comes first."""
    html = fetcher(link)
    if html is None:
        return Failure(f"{entry.origin} ({link})", "could not download the entry's page")
    page = parse_html(html, entry.id, f"{entry.origin} ({link})")
    if isinstance(page, Failure):
        return page
    return replace(
        page,
        title=entry.title or page.title,
        url=link,
        source=page.source or entry.source,
        published=entry.published or page.published,
        origin=entry.origin,
    )


def _body(entry: Any) -> str:
    """The fullest text an entry carries: its content, else its summary."""
    contents = [part.get("value", "") for part in entry.get("content", [])]
    return next((value for value in contents if value.strip()), entry.get("summary", ""))


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, one line per paragraph (plain text passes through)."""
    if not fragment.strip():
        return ""
    root = fragment_fromstring(fragment, create_parent="div")
    for element in root.iter(*_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    return _LINE_BREAKS.sub("\n", root.text_content()).strip()


def entry_date(entry: Any) -> str | None:
    """The publication day of an entry as the feed writes it.

    The written date is read first, because feedparser's ``*_parsed`` values are converted to
    UTC: an article published at 00:30 in Paris would move to the day before.
    """
    for key in ("published", "updated"):
        day = _written_day(entry.get(key)) or _parsed_day(entry.get(f"{key}_parsed"))
        if day:
            return day
    return None


def _written_day(value: str | None) -> str | None:
    """The day of an ISO 8601 (Atom) or RFC 822 (RSS) date string, in its own time zone."""
    if not value:
        return None
    for parse in (datetime.fromisoformat, parsedate_to_datetime):
        try:
            return parse(value.strip()).date().isoformat()
        except ValueError:
            continue
    return None


def _parsed_day(value: time.struct_time | None) -> str | None:
    """The day of feedparser's parsed date, for the formats only feedparser understands."""
    return time.strftime("%Y-%m-%d", value) if value else None
