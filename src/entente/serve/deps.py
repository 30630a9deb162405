"""What every route gets from the application: the store it serves."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from entente.serve.params import event_filters
from entente.store import Store
from entente.store.queries import Filters


def _store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(_store)]
EventFilters = Annotated[Filters, Depends(event_filters)]
