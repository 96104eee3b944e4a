"""The Alembic environment both sets of migrations run in: the terminal's and the server's.

Each `env.py` names its metadata and its version table and calls `run_migrations`. Online it
migrates over the connection `db.migrate` or `server.migrate` hands over, inside the caller's
transaction; offline it writes the SQL for the configured URL. `render_as_batch=True` makes
later ALTERs work on SQLite (table copy and move).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import MetaData

DEFAULT_VERSION_TABLE = "alembic_version"


def run_migrations(metadata: MetaData, version_table: str = DEFAULT_VERSION_TABLE) -> None:
    """Run the migrations Alembic was asked for, online or offline."""
    config = context.config
    if context.is_offline_mode():
        context.configure(
            url=config.get_main_option("sqlalchemy.url"),
            literal_binds=True,
            dialect_opts={"paramstyle": "named"},
            target_metadata=metadata,
            render_as_batch=True,
            version_table=version_table,
        )
    else:
        context.configure(
            connection=config.attributes["connection"],
            target_metadata=metadata,
            render_as_batch=True,
            version_table=version_table,
        )
    with context.begin_transaction():
        context.run_migrations()
