"""HTML pages: main text with trafilatura, metadata with trafilatura and htmldate."""

from __future__ import annotations

from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from entente.ingest.urls import date_from_url
from entente.records import Document, Failure

# htmldate, told to report only what the page states. The fast search (no extensive_search) never
# falls back to a bare copyright year, and htmldate never uses the current date or a file time;
# its default ``max_date`` (end of today) only rejects dates in the future. A date in the URL
# counts after the page's own metadata (deferred_url_extractor), as in the contract.
_DATE_CONFIG: dict[str, Any] = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%d",
    "deferred_url_extractor": True,
}
# ``itemprop="copyrightYear"`` would make htmldate answer 1 January of that year: not a date the
# page gives for the article, so such elements are removed before the date is looked for.
_COPYRIGHT_YEAR = '//*[translate(@itemprop, "COPYRIGHTYEAR", "copyrightyear") = "copyrightyear"]'
# trafilatura returns the menu links of a page that has no article; a real article has at least
# one line of running prose this long (in words).
_MIN_PROSE_WORDS = 8


def parse_html(
    html: str, doc_id: str | None, origin: str, warnings: tuple[str, ...] = ()
) -> Document | Failure:
    """The article of an HTML page, with its title, canonical URL, site name and date.

    ``doc_id`` is the file's base name; when there is none (standard input, a fetched page) the
    canonical URL is the id, then ``origin``.
    """
    tree = load_html(html)
    if tree is None:
        return Failure(origin, "not a readable HTML page")
    _drop_copyright_year(tree)
    metadata = extract_metadata(tree, date_config=_DATE_CONFIG)
    text = trafilatura.extract(tree, favor_precision=False, include_comments=False)
    if not _is_article(text):
        return Failure(origin, "no article text found")
    return Document(
        id=doc_id or metadata.url or origin,
        text=text,
        title=metadata.title or None,
        url=metadata.url or None,
        source=metadata.sitename or None,
        published=metadata.date or date_from_url(metadata.url),
        origin=origin,
        warnings=warnings,
    )


def _drop_copyright_year(tree: HtmlElement) -> None:
    """Remove the copyright-year markup htmldate would turn into a made-up 1 January."""
    for element in tree.xpath(_COPYRIGHT_YEAR):
        element.drop_tree()


def _is_article(text: str | None) -> bool:
    """Whether extracted text holds prose rather than a list of links."""
    return text is not None and any(
        len(line.split()) >= _MIN_PROSE_WORDS for line in text.splitlines()
    )
