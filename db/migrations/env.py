"""Alembic environment of the terminal's database (shared with the server: `db.alembic_env`).

The revision is kept in Alembic's usual `alembic_version` table.
"""

from __future__ import annotations

from db.alembic_env import run_migrations
from db.models import metadata

run_migrations(metadata)
