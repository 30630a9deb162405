"""``POST /api/documents``: extract and store one document. It works only when the server was
started with a token, and answers only to that token (``Authorization: Bearer TOKEN``); without
one it is a 403 that says how to turn it on, and absent from the OpenAPI schema."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from entente.records import Document
from entente.serve import models
from entente.serve.deps import StoreDep

_bearer = HTTPBearer(auto_error=False)


def router(token: str) -> APIRouter:
    """The write route, guarded by ``token``."""

    def authorised(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> None:
        given = credentials.credentials if credentials else ""
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise HTTPException(
                401, "a valid bearer token is required", {"WWW-Authenticate": "Bearer"}
            )

    write = APIRouter(prefix="/api", tags=["write"], dependencies=[Depends(authorised)])

    problems = {status: {"model": models.Problem} for status in (401, 422)}

    @write.post("/documents", response_model=models.Ingested, responses=problems)
    def ingest(store: StoreDep, new: models.NewDocument) -> dict:
        """Extract a document's events and store them, like ``entente ingest`` does for one file.
        The same text under the same id again changes nothing (``skipped``)."""
        outcomes: list[str] = []
        document = Document(
            id=new.id,
            text=new.text,
            title=new.title,
            url=new.url,
            published=new.published.isoformat() if new.published else None,
        )
        summary = store.ingest([document], progress=lambda _doc, outcome: outcomes.append(outcome))
        if summary.failures:
            raise HTTPException(422, summary.failures[0].reason)
        stored = store.document(new.id)
        events = sorted({event for _, _, event in stored.spans})
        return {"doc": new.id, "outcome": outcomes[0], "events": events}

    return write


def disabled() -> APIRouter:
    """The write route of a read-only server: a 403 naming the switch."""
    off = APIRouter(prefix="/api", include_in_schema=False)

    @off.post("/documents", status_code=403)
    def refuse() -> None:
        raise HTTPException(
            403, "this server is read-only; start it with --token to accept documents"
        )

    return off
