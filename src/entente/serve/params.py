"""Query parameters shared by the API and the dashboard, validated before they reach the store.

Everything a user can type is bounded here (lengths, page sizes, date and cursor formats), so that a
bad value is a 422 naming the parameter, never an error deep in a query. An empty value, as a
dashboard form sends for a blank field, means "no filter".
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import Path, Query
from fastapi.exceptions import RequestValidationError
from pydantic import BeforeValidator, StringConstraints

from entente.serve.labels import EventType, Mode
from entente.store.queries import Filters

MAX_PAGE = 500
#: No control characters: they are never part of a name, and some databases refuse them.
PLAIN_TEXT = r"^[^\x00-\x1f\x7f]*$"
CURSOR = r"^\d{4}-\d{2}-\d{2}_\d{1,18}$"


def _blank_is_none(value: Any) -> Any:
    return None if value == "" else value


def _pair(value: str | None) -> tuple[str, str] | None:
    """``"CHN,RUS"`` as a pair; anything else is a 422 on ``between``."""
    if value is None:
        return None
    parts = [part.strip() for part in value.split(",")]
    if len(parts) != 2 or not all(parts):
        message = "between takes two actors separated by a comma, e.g. CHN,RUS"
        error = {"type": "value_error", "loc": ("query", "between"), "msg": message, "input": value}
        raise RequestValidationError([error])
    return parts[0], parts[1]


Blank = BeforeValidator(_blank_is_none)
#: Constraints sit on the string inside the optional type: a blank value becomes None first.
Name = Annotated[str, StringConstraints(max_length=200, pattern=PLAIN_TEXT)]
ActorName = Annotated[Name | None, Blank, Query(description="A name, a code (CHN, UN) or a Q-id.")]
Between = Annotated[
    Annotated[str, StringConstraints(max_length=401, pattern=PLAIN_TEXT)] | None,
    Blank,
    Query(description="Two actors separated by a comma (CHN,RUS): events involving both."),
]
TypeParam = Annotated[EventType | None, Blank, Query(description="A PLOVER event type.")]
ModeParam = Annotated[Mode | None, Blank, Query(description="The mode of a CONSULT event.")]
Day = Annotated[dt.date | None, Blank, Query(description="YYYY-MM-DD")]
MinSources = Annotated[int, Query(ge=1, le=10_000, description="Reported by at least N documents.")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Cursor = Annotated[
    Annotated[str, StringConstraints(pattern=CURSOR)] | None,
    Blank,
    Query(description="The next_cursor of the previous page."),
]
#: Store ids are 64-bit integers; anything larger cannot be one (and SQLite cannot bind it).
StoreId = Annotated[int, Path(ge=1, le=2**63 - 1)]
ActorRef = Annotated[
    str, Path(max_length=200, pattern=PLAIN_TEXT, description="A name, a code (CHN, UN) or a Q-id.")
]


def event_filters(
    actor: ActorName = None,
    between: Between = None,
    type: TypeParam = None,
    mode: ModeParam = None,
    since: Day = None,
    until: Day = None,
    min_sources: MinSources = 1,
) -> Filters:
    """The event filters of a request, as ``Store.events`` takes them (a FastAPI dependency)."""
    return Filters(
        actor=actor,
        between=_pair(between),
        type=type.value if type else None,
        mode=mode.value if mode else None,
        since=since,
        until=until,
        min_sources=min_sources,
    )
