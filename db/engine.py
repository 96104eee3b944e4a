"""The SQLite engine: WAL, full fsync, foreign keys, and write transactions that lock at BEGIN.

`secure_delete` is on for every connection: deleted and overwritten content is zeroed in the
file instead of lingering in free space, so an erased member's personal data leaves the disk.
A transaction that erased something calls `checkpoint_when_done`; once its connection goes back
to the pool the WAL is checkpointed and truncated, so the old pages leave the -wal file too.

pysqlite's own transaction handling is switched off (isolation_level=None) and the "begin" event
emits BEGIN itself: `BEGIN IMMEDIATE` by default, so a write transaction owns the write lock
from its first statement and never fails half-way on a lock upgrade; a plain deferred `BEGIN`
when the connection carries the execution option `READ_ONLY` (`Connection.execution_options`).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import URL

CHECKPOINT = "pos_loyalty_checkpoint"
"""Connection info key: truncate the WAL when the connection is returned (see the docstring)."""

READ_ONLY = "pos_loyalty_read_only"
"""Execution option: begin this connection's transactions deferred, for reading only."""

ENV_DATABASE = "POS_LOYALTY_DB"
DATABASE_FILE = "loyalty.sqlite3"
DEFAULT_BUSY_TIMEOUT_MS = 5000


def default_database_path() -> Path:
    """Return $POS_LOYALTY_DB if set, else loyalty.sqlite3 in the user data folder."""
    override = os.environ.get(ENV_DATABASE, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("pos-loyalty", appauthor=False)) / DATABASE_FILE


class HintingCompiler(SQLiteCompiler):
    """SQLite's statement compiler, writing FROM hints after the table name.

    SQLAlchemy's SQLite dialect drops `Select.with_hint(table, "INDEXED BY ix_...", "sqlite")`;
    this one writes it, so a report query can name the index SQLite must read where its
    planner, without statistics, would choose a worse one.
    """

    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        """The hint as given (`INDEXED BY ix_...`)."""
        return text


def checkpoint_when_done(connection: Connection) -> None:
    """Checkpoint and truncate the WAL once this connection's transaction is over."""
    if connection.dialect.name == "sqlite":
        connection.info[CHECKPOINT] = True


def create_sqlite_engine(
    path: str | os.PathLike[str], *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Engine:
    """Create an engine for the SQLite file at `path` with the pragmas and BEGIN rules above."""
    url = URL.create("sqlite+pysqlite", database=os.fspath(path))
    engine = create_engine(url, connect_args={"check_same_thread": False})
    engine.dialect.statement_compiler = HintingCompiler
    _install_events(engine, busy_timeout_ms)
    return engine


def _install_events(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA secure_delete = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        # The transaction is over by now (the pool rolled back anything left), so the
        # checkpoint can copy every committed page and truncate the WAL to zero bytes.
        if record.info.pop(CHECKPOINT, False) and dbapi_connection is not None:
            dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
