"""Run the schema migrations shipped inside the package, without an alembic.ini on disk.

`upgrade()` runs at every start-up (a no-op when the file is current) in one transaction, so a
failed migration leaves the file as it was.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from db.engine import create_sqlite_engine

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0018"
"""The newest revision this version ships (a test checks it against the migration scripts)."""


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of the program than this one."""


def script_location() -> str:
    """Return the folder holding env.py and versions/."""
    return str(files("db").joinpath("migrations"))


def _config(connection: Connection | None = None, url: str | None = None) -> Config:
    from alembic.config import Config

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


def is_current(engine: Engine) -> bool:
    """True if the file is already at HEAD (checked without loading Alembic, for start-up)."""
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except Exception:  # no alembic_version table yet: a new file
        return False
    return [row[0] for row in found] == [HEAD]


def upgrade(url_or_engine: str | Engine, revision: str = "head") -> None:
    """Bring the database up to `revision` (the newest by default) in one transaction."""
    from alembic import command

    with _engine(url_or_engine) as engine:
        if revision == "head" and is_current(engine):
            return
        with engine.begin() as connection:
            config = _config(connection)
            _refuse_unknown_revision(config, connection)
            command.upgrade(config, revision)


def _refuse_unknown_revision(config: Config, connection: Connection) -> None:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

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
    from alembic import command

    with _engine(url_or_engine) as engine, engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def current_revision(url_or_engine: str | Engine) -> str | None:
    """Return the revision the database is at, or None if it was never migrated."""
    from alembic.runtime.migration import MigrationContext

    with _engine(url_or_engine) as engine, engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """Return the newest revision shipped with this version of the program."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrade_sql(url: str, revision: str = "head") -> str:
    """Return the SQL an upgrade would run on a database at `url`, without connecting."""
    from alembic import command

    config = _config(url=url)
    command.upgrade(config, revision, sql=True)
    buffer = config.output_buffer
    assert isinstance(buffer, io.StringIO)
    return buffer.getvalue()
