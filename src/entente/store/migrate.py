"""Schema migrations with Alembic, run in-process: a new database is created at the latest
revision, an older one is brought up to it before the first write."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

SCRIPTS = "entente.store:migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPTS)
    config.attributes["connection"] = connection
    return config


def head() -> str | None:
    """The latest revision this version of entente knows."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def current(engine: Engine) -> str | None:
    """The revision a database is at (``None`` for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring a database to the latest revision; a database already there is left untouched."""
    with engine.begin() as connection:
        command.upgrade(_config(connection), "head")


def new_revision(engine: Engine, message: str, rev_id: str) -> None:
    """Write a migration for the difference between ``schema.py`` and a database at head
    (a developer's tool: ``python -m entente.store.migrate "message" 0002``)."""
    with engine.begin() as connection:
        command.revision(_config(connection), message=message, autogenerate=True, rev_id=rev_id)


if __name__ == "__main__":
    import sys
    import tempfile

    from sqlalchemy import create_engine

    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{folder}/schema.db")
        upgrade(engine)
        new_revision(engine, sys.argv[1], sys.argv[2])
