"""Databases for the store tests: an SQLite file always, PostgreSQL when a server is given.

CI's ``.ci/run`` starts a PostgreSQL server on loopback and sets ``ENTENTE_TEST_POSTGRES``; on a
machine without one the PostgreSQL cases are skipped with that reason, never silently passed.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

POSTGRES_ENV = "ENTENTE_TEST_POSTGRES"
BACKENDS = ("sqlite", "postgresql")


def postgres_server() -> str:
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        pytest.skip(
            f"no PostgreSQL server: set {POSTGRES_ENV}=postgresql://user@host:port/db "
            "(CI's .ci/run starts one)"
        )
    return server


def _admin(server: str):
    url = server.replace("postgresql://", "postgresql+psycopg://", 1)
    return create_engine(url, isolation_level="AUTOCOMMIT")


def fresh_database(backend: str, folder: Path) -> Iterator[str]:
    """A URL to an empty database of the backend; a PostgreSQL database is dropped afterwards."""
    if backend == "sqlite":
        yield str(folder / "entente.db")
        return
    server = postgres_server()
    name = f"entente_test_{uuid.uuid4().hex[:12]}"
    admin = _admin(server)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
