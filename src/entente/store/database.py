"""Opening a database: an SQLite file by default, PostgreSQL by URL, with the same code.

Every failure to open becomes a ``StoreError`` whose message a user can act on (an unreachable server,
a read-only file, a file that is not a database), never a driver traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from entente.store import migrate

DEFAULT_URL = "entente.db"


class StoreError(RuntimeError):
    """The store cannot do what was asked; the message says why and what to do."""


class StoreUnavailable(StoreError):
    """The database cannot be opened, read or written (not the request's fault)."""


class NotFound(StoreError):
    """No event, actor or document has the id asked for."""


def normalise_url(url: str | Path) -> str:
    """A path is an SQLite file; ``postgresql://`` uses the psycopg 3 driver entente installs."""
    text = str(url)
    if "://" not in text:
        return f"sqlite:///{text}"
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    return text


def _sqlite_pragmas(connection: sqlite3.Connection, _record: object) -> None:
    """WAL lets readers (the dashboard) work while an ingest writes; foreign keys cascade deletes."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def describe(error: Exception, url: str | None = None) -> str:
    """A driver error as one line a user can act on."""
    reason = str(getattr(error, "orig", error)).strip().splitlines()[0]
    shown = make_url(url).render_as_string(hide_password=True) if url else "the database"
    if "readonly" in reason or "read-only" in reason:
        return f"cannot write to {shown}: it is read-only ({reason})"
    if "not a database" in reason or "malformed" in reason:
        return f"{shown} is not an entente database or is corrupt ({reason})"
    return f"cannot use {shown}: {reason}"


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ValueError) as error:
        raise StoreError(f"not a database URL: {url!r} ({error})") from None
    except ModuleNotFoundError as error:
        raise StoreError(f"no driver for {url!r}: {error.name} is not installed") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        database = parsed.database
        local = database and database != ":memory:" and not parsed.query.get("uri")
        if local and not Path(database).parent.exists():
            raise StoreError(f"cannot create {database}: its folder does not exist")
    return engine


def open_engine(url: str | Path, *, create: bool) -> Engine:
    """An engine on a database at the latest schema revision.

    With ``create`` the database is made or upgraded; without it (queries) a missing or outdated
    database is an error, so that a mistyped path never leaves an empty file behind.
    """
    full = normalise_url(url)
    parsed = make_url(full)
    if not create and parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        local = database != ":memory:" and not parsed.query.get("uri")
        if local and not Path(database).exists():
            raise StoreUnavailable(f"no database at {database}; run `entente ingest` first")
    engine = _engine(full)
    try:
        if create:
            _set_wal(engine)
            migrate.upgrade(engine)
        else:
            _check_revision(engine, full)
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        raise StoreUnavailable(describe(error, full)) from None
    return engine


def _set_wal(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")


def _check_revision(engine: Engine, url: str) -> None:
    revision = migrate.current(engine)
    if revision == migrate.head():
        return
    shown = make_url(url).render_as_string(hide_password=True)
    if revision is None and not inspect(engine).get_table_names():
        raise StoreUnavailable(f"{shown} is empty; run `entente ingest` first")
    raise StoreUnavailable(
        f"{shown} is at schema revision {revision}, this entente needs {migrate.head()}; "
        "run `entente ingest` (it upgrades the schema) or use a matching entente"
    )
