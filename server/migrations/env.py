"""Alembic environment of the server: runs on the connection `server.migrate` hands over.

The revision is kept in `server_schema_version`, so a server database is never mistaken for
a terminal's file (whose revision is in `alembic_version`).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from server.models import metadata

VERSION_TABLE = "server_schema_version"
config = context.config


def run_offline() -> None:
    """Write the migration SQL for the configured URL without connecting."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=True,
        version_table=VERSION_TABLE,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online(connection: Connection) -> None:
    """Migrate over an open connection, inside the caller's transaction."""
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        version_table=VERSION_TABLE,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online(config.attributes["connection"])
