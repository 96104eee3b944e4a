"""The SQLite engine: WAL, full fsync, foreign keys, and write transactions that lock at BEGIN.

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
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
