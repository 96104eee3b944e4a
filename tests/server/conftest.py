"""Fixtures: a server database on SQLite and on PostgreSQL, a live server, terminals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db.engine import create_sqlite_engine
from server import create_app
from tests.postgres import scratch_schema
from tests.server.live import LiveServer, Till


@pytest.fixture(params=["sqlite", "postgresql"])
def server_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A server database: an SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        engine = create_sqlite_engine(tmp_path / "server.sqlite3")
        yield engine
        engine.dispose()
        return
    with scratch_schema() as engine:
        yield engine


@pytest.fixture
def live(server_engine: Engine) -> Iterator[LiveServer]:
    """The server on a loopback port, over `server_engine`."""
    server = LiveServer(create_app(server_engine))
    yield server
    server.stop()


@pytest.fixture
def till_factory(tmp_path: Path) -> Iterator[object]:
    """Make terminals with their own database files; close them afterwards."""
    made: list[Till] = []

    def make(terminal_id: str) -> Till:
        till = Till.open(tmp_path / f"{terminal_id}.sqlite3", terminal_id)
        made.append(till)
        return till

    yield make
    for till in made:
        till.db.close()
