"""Alembic environment: runs on the connection `ledger.store.db.Database` hands over (or on `sqlalchemy.url`)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from ledger.store.tables import Base


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    """Migrate on the given connection, or open one from the configured URL (the `alembic` command line)."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as opened:
        _run(opened)


run()
