"""Alembic environment: the store hands over its own connection, so migrations run in-process on
SQLite and PostgreSQL alike (``entente.store.migrate``)."""

from alembic import context

from entente.store.schema import metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("entente's migrations run through entente.store.migrate")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
