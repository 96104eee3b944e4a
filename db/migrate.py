"""Run the schema migrations shipped inside the package, without an alembic.ini on disk.

`upgrade()` runs at every start-up (a no-op when the file is current) in one transaction, so a
failed migration leaves the file as it was.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import make_url

from db.engine import create_sqlite_engine


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of the program than this one."""


def script_location() -> str:
    """Return the folder holding env.py and versions/."""
    return str(files("db").joinpath("migrations"))


def _config(connection: Connection | None = None, url: str | None = None) -> Config:
    config = Config(output_buffer=io.StringIO())
    config.set_main_option("script_location", script_location().replace("%", "%%"))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


@contextmanager
def _engine(url_or_engine: str | Engine) -> Iterator[Engine]:
    if isinstance(url_or_engine, Engine):
        yield url_or_engine
        return
    url = make_url(url_or_engine)
    if url.get_backend_name() == "sqlite" and url.database:
        engine = create_sqlite_engine(url.database)
    else:
        engine = create_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def upgrade(url_or_engine: str | Engine, revision: str = "head") -> None:
    """Bring the database up to `revision` (the newest by default) in one transaction."""
    with _engine(url_or_engine) as engine, engine.begin() as connection:
        config = _config(connection)
        _refuse_unknown_revision(config, connection)
        command.upgrade(config, revision)


def _refuse_unknown_revision(config: Config, connection: Connection) -> None:
    current = MigrationContext.configure(connection).get_current_revision()
    if current is None:
        return
    try:
        ScriptDirectory.from_config(config).get_revision(current)
    except CommandError:
        raise SchemaTooNew(
            f"this database has schema revision {current!r}, written by a newer version of "
            "POS Loyalty: install that version (or newer) to open it"
        ) from None


def downgrade(url_or_engine: str | Engine, revision: str = "base") -> None:
    """Take the database back to `revision` (an empty schema by default)."""
    with _engine(url_or_engine) as engine, engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def current_revision(url_or_engine: str | Engine) -> str | None:
    """Return the revision the database is at, or None if it was never migrated."""
    with _engine(url_or_engine) as engine, engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """Return the newest revision shipped with this version of the program."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrade_sql(url: str, revision: str = "head") -> str:
    """Return the SQL an upgrade would run on a database at `url`, without connecting."""
    config = _config(url=url)
    command.upgrade(config, revision, sql=True)
    buffer = config.output_buffer
    assert isinstance(buffer, io.StringIO)
    return buffer.getvalue()
