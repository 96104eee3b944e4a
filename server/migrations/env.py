"""Alembic environment of the server's database (shared with the terminal: `db.alembic_env`).

The revision is kept in `server_schema_version`, so a server database is never mistaken for
a terminal's file (whose revision is in `alembic_version`).
"""

from __future__ import annotations

from db.alembic_env import run_migrations
from server.migrate import VERSION_TABLE
from server.models import metadata

run_migrations(metadata, version_table=VERSION_TABLE)
