"""Run the server's migrations shipped inside the package, at every start-up, in one transaction."""

from __future__ import annotations

import io
from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

VERSION_TABLE = "server_schema_version"


def _config(connection: Connection | None = None, url: str | None = None) -> Config:
    config = Config(output_buffer=io.StringIO())
    location = str(files("server").joinpath("migrations"))
    config.set_main_option("script_location", location.replace("%", "%%"))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the server database up to `revision` in one transaction."""
    with engine.begin() as connection:
        command.upgrade(_config(connection), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Take the server database back to `revision` (nothing by default)."""
    with engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    """Return the revision the server database is at, or None if never migrated."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
        return context.get_current_revision()


def head_revision() -> str | None:
    """Return the newest server revision shipped with this version."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrade_sql(url: str, revision: str = "head") -> str:
    """Return the SQL an upgrade would run on the database at `url`, without connecting."""
    config = _config(url=url)
    command.upgrade(config, revision, sql=True)
    buffer = config.output_buffer
    assert isinstance(buffer, io.StringIO)
    return buffer.getvalue()
