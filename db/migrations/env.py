"""Alembic environment: runs on the connection `db.migrate` hands over, or offline to SQL.

`render_as_batch=True` makes later ALTERs work on SQLite (table copy and move).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from db.models import metadata

config = context.config


def run_offline() -> None:
    """Write the migration SQL for the configured URL without connecting."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online(connection: Connection) -> None:
    """Migrate over an open connection, inside the caller's transaction."""
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online(config.attributes["connection"])
