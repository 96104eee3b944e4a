"""Reading and changing the terminal's sync state, each in a short transaction of its own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from db import Database
from db.repositories.sync_state import LogLine, SqlAlchemySyncState, SyncLink
from sync.client import SyncClient
from sync.errors import NotEnrolled

T = TypeVar("T")


def read(db: Database, what: Callable[[SqlAlchemySyncState], T]) -> T:
    """Run `what` on the sync state in a read transaction."""
    uow = db.uow()
    with uow.read_only():
        return what(SqlAlchemySyncState(uow.connection))


def write(db: Database, what: Callable[[SqlAlchemySyncState], T]) -> T:
    """Run `what` on the sync state in a write transaction and commit."""
    uow = db.uow()
    with uow:
        result = what(SqlAlchemySyncState(uow.connection))
        uow.commit()
    return result


def current(db: Database) -> SyncLink:
    """The enrolment; raise NotEnrolled if there is none."""
    link = read(db, lambda s: s.link())
    if link is None:
        raise NotEnrolled()
    return link


def change(db: Database, **values: Any) -> None:
    """Update fields of the enrolment."""
    write(db, lambda s: s.change(**values))


def log(db: Database, level: str, message: str, at: datetime) -> None:
    """Add a line to the sync log."""
    write(db, lambda s: s.log(level, message, at))


def recent(db: Database, limit: int = 20) -> list[LogLine]:
    """The newest lines of the sync log."""
    return read(db, lambda s: s.recent(limit))


def client_for(link: SyncLink, server_url: str | None = None, timeout: float = 30.0) -> SyncClient:
    """A client for the enrolled server (or another URL of it, e.g. through a proxy)."""
    return SyncClient(
        server_url or link.server_url, link.token, ca_file=link.ca_file, timeout=timeout
    )
