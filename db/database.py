"""Open the terminal's database file: create its folder, migrate it, hand out units of work."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import Self

from sqlalchemy import Engine

from db import migrate
from db.engine import DEFAULT_BUSY_TIMEOUT_MS, create_sqlite_engine, default_database_path
from db.repositories import ProgrammeCache
from db.uow import SqlAlchemyUnitOfWork


class Database:
    """An open database: its engine, a programme cache, and a factory of units of work."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self.programme_cache = ProgrammeCache()

    def uow(self) -> SqlAlchemyUnitOfWork:
        """Return a new unit of work (one per thread; reusable for successive transactions)."""
        return SqlAlchemyUnitOfWork(self.engine, self.programme_cache)

    def close(self) -> None:
        """Close every pooled connection; the file stays consistent (WAL is checkpointed)."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_database(
    path: str | os.PathLike[str] | None = None,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> Database:
    """Open (creating if needed) and migrate the SQLite file at `path` or the default place."""
    target = Path(path) if path is not None else default_database_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(target, busy_timeout_ms=busy_timeout_ms)
    try:
        migrate.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, target)
