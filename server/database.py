"""Open the server's database from a URL: SQLite for one shop, PostgreSQL for a chain.

`sqlite:///path` uses the terminal's SQLite engine (WAL, full fsync, write transactions that
lock at BEGIN, so writers queue instead of failing). `postgresql+psycopg://...` uses a
connection pool; pull pages read in REPEATABLE READ so a page and its cursor see one
snapshot. The migrations run on every start-up.

A request waits for its turn (`ServerDatabase.turn`) before it takes a connection: no more
requests than the pool has connections go on at once, and the others wait in the event loop.
Waiting in the pool instead would hold one of the worker's threads, and once every thread
waits so, a request holding a connection finds no thread to finish on: nothing moves until the
pool's timeout fails them all (200 terminals pushing at once did that).
"""

from __future__ import annotations

import asyncio
import os
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

from db.engine import READ_ONLY, create_sqlite_engine
from server import migrate
from server.epoch import check_epoch
from server.models import server_meta

ENV_DATABASE = "POS_LOYALTY_SERVER_DB"
POOL_SIZE = 20
"""Connections a worker opens to PostgreSQL, and keeps open once opened."""
MAX_OVERFLOW = 0
"""Connections opened beyond `POOL_SIZE` under load and closed again when returned: none. A
connection closed and opened again at every burst (the 200 terminals' morning was a burst of
bursts) costs PostgreSQL a new backend process that warms its caches again."""


def default_url() -> str:
    """$POS_LOYALTY_SERVER_DB, else an SQLite file in the user data folder."""
    found = os.environ.get(ENV_DATABASE, "").strip()
    if found:
        return found
    path = Path(user_data_dir("pos-loyalty", appauthor=False)) / "server.sqlite3"
    return f"sqlite:///{path}"


def engine_for(url: str) -> Engine:
    """Create the engine a database URL names (the folder of an SQLite file is created)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise ValueError("the server needs an SQLite file, e.g. sqlite:///server.sqlite3")
        path = Path(parsed.database).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        return create_sqlite_engine(path)
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(
            parsed, pool_size=POOL_SIZE, max_overflow=MAX_OVERFLOW, pool_pre_ping=True
        )
    raise ValueError(
        f"unsupported database URL scheme {backend!r}: use sqlite:/// or postgresql://"
    )


@dataclass
class ServerDatabase:
    """The migrated engine and what the routes need to know about it."""

    engine: Engine
    _turns: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = field(
        default_factory=weakref.WeakKeyDictionary, repr=False
    )

    @property
    def connections(self) -> int:
        """How many connections the pool gives at once (the requests that go on at once)."""
        pool = self.engine.pool
        if isinstance(pool, QueuePool):
            overflow = int(getattr(pool, "_max_overflow", 0))
            return pool.size() + overflow if overflow >= 0 else 1_000_000
        return POOL_SIZE

    def turn(self) -> asyncio.Semaphore:
        """Wait on this before taking a connection (one per request at a time); see the module.

        One semaphore per event loop (a test may serve the app from several loops).
        """
        loop = asyncio.get_running_loop()
        found = self._turns.get(loop)
        if found is None:
            found = self._turns[loop] = asyncio.Semaphore(self.connections)
        return found

    @property
    def is_postgresql(self) -> bool:
        """True on PostgreSQL (the xid-based pull cursor), False on SQLite."""
        return self.engine.dialect.name == "postgresql"

    def write(self) -> Connection:
        """A connection for one write transaction (the caller begins and commits)."""
        return self.engine.connect()

    def look_up(self) -> Connection:
        """A connection for a single read statement: on PostgreSQL it runs alone, with no
        BEGIN and ROLLBACK around it (two round trips fewer; a terminal's token is checked so
        on every request). On SQLite, as `read`."""
        if not self.is_postgresql:
            return self.read()
        return self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")

    def read(self) -> Connection:
        """A connection for one consistent read: REPEATABLE READ, or a deferred SQLite BEGIN."""
        connection = self.engine.connect()
        if self.is_postgresql:
            return connection.execution_options(isolation_level="REPEATABLE READ")
        return connection.execution_options(**{READ_ONLY: True})


def open_server_database(engine: Engine) -> ServerDatabase:
    """Migrate the database, make sure its epoch fits its history, and wrap it."""
    migrate.upgrade(engine)
    with engine.begin() as connection:
        check_epoch(connection)
    return ServerDatabase(engine)


def read_epoch(connection: Connection) -> str:
    """Return the server's epoch."""
    query = select(server_meta.c.value).where(server_meta.c.key == "epoch")
    return str(connection.execute(query).scalar_one())
