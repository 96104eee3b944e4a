"""The report-query port over the terminal's SQLite file (SQLAlchemy Core aggregates).

    source = SqlAlchemyReportSource(database.uow)
    with source.open() as queries:      # one read-only transaction: one consistent snapshot
        document = build_document("z", queries, request)

Every sum is computed by the database over the indexes on business dates, balances and
spend; only sums and short lists come back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from db.reports.activity import ActivityQueries
from db.reports.members import MemberQueries
from db.reports.rfm import RfmQueries
from db.reports.setup import SetupQueries
from db.reports.statement import StatementQueries
from db.repositories import ProgrammeCache
from db.uow import SqlAlchemyUnitOfWork


class SqlAlchemyReportQueries(
    ActivityQueries, MemberQueries, RfmQueries, StatementQueries, SetupQueries
):
    """The ReportQueries port on one open connection (inside a read transaction)."""

    def __init__(
        self, connection: Connection, programme_cache: ProgrammeCache | None = None
    ) -> None:
        self._connection = connection
        self._programme_cache = programme_cache or ProgrammeCache()


class SqlAlchemyReportSource:
    """Opens a read-only transaction per report and hands out the queries bound to it.

    Takes what makes units of work (`Database.uow`, or the window's factory); each `open()`
    uses a fresh one, so each thread that makes a report reads through its own connection.
    """

    def __init__(self, uow_factory: Callable[[], SqlAlchemyUnitOfWork]) -> None:
        self._uow_factory = uow_factory
        self._programme_cache = ProgrammeCache()

    @contextmanager
    def open(self) -> Iterator[SqlAlchemyReportQueries]:
        """A read snapshot for one report: building it and writing its files."""
        uow = self._uow_factory()
        if not isinstance(uow, SqlAlchemyUnitOfWork):
            raise TypeError(f"reports read a SQLAlchemy database, not {type(uow).__name__}")
        with uow.read_only():
            yield SqlAlchemyReportQueries(uow.connection, self._programme_cache)


__all__ = ["SqlAlchemyReportQueries", "SqlAlchemyReportSource"]
