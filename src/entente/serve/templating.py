"""Jinja2 set up for the dashboard: autoescaping on for every template, so that no text from an
article can become markup, and links that keep the reader's language."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, pass_context
from jinja2.runtime import Context

from entente.serve.labels import DEFAULT_LANG, Lang, labels


def href(lang: str, *segments: object, **params: object) -> str:
    """A dashboard URL: each segment quoted whole (a document id may hold "/" or "?"), empty
    parameters dropped, the language kept unless it is the default."""
    path = "/" + "/".join(quote(str(s), safe="") for s in segments)
    query = {k: v for k, v in params.items() if v not in (None, "")}
    if lang != DEFAULT_LANG:
        query["lang"] = lang
    return path + ("?" + urlencode(query) if query else "")


@pass_context
def _href(context: Context, *segments: object, **params: object) -> str:
    return href(context.get("lang", DEFAULT_LANG), *segments, **params)


def web_link(url: str | None) -> str | None:
    """A source's URL if it is a web address; anything else (``javascript:``) is not linked."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def this_page(request: Request, **changes: str | None) -> str:
    """This page's URL with some query parameters changed (``None`` removes one)."""
    query = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    query += [(k, v) for k, v in changes.items() if v is not None]
    return quote(request.url.path) + ("?" + urlencode(query) if query else "")


def in_lang(request: Request, lang: str) -> str:
    """This page in another language."""
    return this_page(request, lang=None if lang == DEFAULT_LANG else lang)


environment = Environment(
    loader=PackageLoader("entente.serve", "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
environment.globals.update(href=_href, in_lang=in_lang)
environment.filters["web_link"] = web_link


def request_lang(request: Request) -> Lang:
    """The language a page asked for; error pages use it too, before any validation."""
    return "fr" if request.query_params.get("lang") == "fr" else DEFAULT_LANG


def render(
    request: Request, template: str, context: dict[str, Any], *, status: int = 200
) -> HTMLResponse:
    """A page; ``context["lang"]`` (else the request's ``lang``) picks its words."""
    values = {"lang": request_lang(request), **context}
    page = environment.get_template(template).render(
        request=request, t=labels(values["lang"]), **values
    )
    return HTMLResponse(page, status_code=status)
