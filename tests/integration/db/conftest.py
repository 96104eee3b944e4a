"""Fixtures: a fresh database file per test, built by running the migrations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Database, SqlAlchemyUnitOfWork, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Return where the test's database file lives."""
    return tmp_path / "store" / "loyalty.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """Open a new, migrated database file and close it after the test."""
    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def uow(database: Database) -> SqlAlchemyUnitOfWork:
    """Return a unit of work over the test's database."""
    return database.uow()
