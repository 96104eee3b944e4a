"""The store database opened in the background, so the counter window is usable at once.

Importing the database layer (SQLAlchemy, the models) and opening the file take most of the
counter's start-up. `PendingDatabase` does both on a thread of its own while the window is
built and shown. `uow()` waits until the database is open: the worker tasks that the cashier
starts before then (a scan, a search, the station's settings) wait on their pool thread and run
as soon as it is, in the order they were asked; the GUI thread itself never needs to wait. If
the file cannot be opened, `uow()` raises that error in every task that asks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db import Database
    from pos_loyalty.services.ports import UnitOfWork


class PendingDatabase:
    """A database being opened by `opener` on a background thread (see the module docstring)."""

    def __init__(self, opener: Callable[[], Database]) -> None:
        self._opener = opener
        self._opened = threading.Event()
        self._database: Database | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._open, name="open-database", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        try:
            self._database = self._opener()
        except BaseException as exc:  # handed to every task that asks for a unit of work
            self._error = exc
        finally:
            self._opened.set()

    @property
    def ready(self) -> bool:
        """True once the database is open (or failed to open)."""
        return self._opened.is_set()

    def wait(self, timeout: float | None = None) -> Database:
        """The open database, once it is (raises what opening it raised)."""
        if not self._opened.wait(timeout):
            raise TimeoutError("the store database is still being opened")
        if self._error is not None:
            raise self._error
        assert self._database is not None
        return self._database

    def uow(self) -> UnitOfWork:
        """A unit of work on the database, waiting until it is open."""
        return self.wait().uow()

    def close(self) -> None:
        """Close the database once it is open."""
        self._opened.wait()
        if self._database is not None:
            self._database.close()
