"""The application factory: the API, the dashboard, the static files and the safety headers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

import entente
from entente.serve import api, errors, pages, upload
from entente.store import Store

#: Only this server's own scripts and styles run: even if some article text escaped the
#: templates' escaping, a browser would refuse to execute it. Swagger UI styles elements inline.
POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
STRICT = f"{POLICY}; style-src 'self'"
DOCS = f"{POLICY}; style-src 'self' 'unsafe-inline'"

DESCRIPTION = """Diplomatic events read from French news, each tied to the sentences that state it.
Read-only; every record follows entente's event contract (EVENTS.md)."""


async def _headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]):
    response = await call_next(request)
    policy = DOCS if request.url.path == "/docs" else STRICT
    response.headers.setdefault("Content-Security-Policy", policy)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


def create_app(store: Store, *, token: str | None = None) -> FastAPI:
    """The web application over ``store``. ``POST /api/documents`` works only with a ``token``."""
    app = FastAPI(
        title="entente",
        version=entente.__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.include_router(api.router)
    app.include_router(upload.router(token) if token else upload.disabled())
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("entente.serve", "static")]), name="static")
    app.middleware("http")(_headers)
    errors.install(app)
    return app
