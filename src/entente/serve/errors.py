"""Store errors and invalid requests as clear 4xx answers: JSON under /api, a page elsewhere.

The store's errors carry a message meant for users. ``NotFound`` (no such id) is a 404, and so is
any store error inside ``missing`` (an unknown actor named in a URL's path); any other store error
comes from what the request asked (an unknown actor in a filter, a cursor from another store) and
is a 422 shaped like FastAPI's own validation errors, so a client reads every 422 the same way.
``StoreUnavailable`` (a database that cannot be read) is a 503.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from entente.serve.templating import render
from entente.store import NotFound, StoreError, StoreUnavailable


def _status(error: StoreError, default: int) -> int:
    if isinstance(error, StoreUnavailable):
        return 503
    return 404 if isinstance(error, NotFound) else default


@contextmanager
def missing() -> Iterator[None]:
    """Inside it, a store error means the thing asked for by id or name does not exist: 404."""
    try:
        yield
    except StoreError as error:
        raise HTTPException(_status(error, 404), detail=str(error)) from None


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _page(request: Request, status: int, messages: list[str]) -> Response:
    return render(request, "error.html", {"status": status, "messages": messages}, status=status)


async def _http_error(request: Request, error: StarletteHTTPException) -> Response:
    if _wants_json(request):
        return await http_exception_handler(request, error)
    return _page(request, error.status_code, [str(error.detail)])


async def _invalid(request: Request, error: RequestValidationError) -> Response:
    if _wants_json(request):
        return await request_validation_exception_handler(request, error)
    messages = [f"{e['loc'][-1]}: {e['msg']}" for e in error.errors()]
    return _page(request, 422, messages)


async def _store_error(request: Request, error: StoreError) -> Response:
    status = _status(error, 422)
    if status != 422 or not _wants_json(request):
        return await _http_error(request, StarletteHTTPException(status, detail=str(error)))
    detail = [{"type": "value_error", "loc": ["query"], "msg": str(error), "input": None}]
    return JSONResponse({"detail": detail}, status_code=422)


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StoreError, _store_error)
