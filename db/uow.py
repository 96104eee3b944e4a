"""The unit of work: one SQLite transaction on one connection, with every repository bound to it.

`with uow:` begins a write transaction (BEGIN IMMEDIATE: the write lock is held from the start,
so the transaction cannot fail later on a lock upgrade); `with uow.read_only():` begins a
deferred read transaction that sees one consistent snapshot. Leaving the block without
`commit()` rolls back. A unit of work is reusable for successive transactions but is not
shared between threads: give each thread its own (`Database.uow()` is cheap).
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine

from db.engine import READ_ONLY
from db.repositories import (
    ProgrammeCache,
    SqlAlchemyAuditLog,
    SqlAlchemyCardRepository,
    SqlAlchemyLedgerRepository,
    SqlAlchemyMemberRepository,
    SqlAlchemyOfferRepository,
    SqlAlchemyOutbox,
    SqlAlchemyProgrammeRepository,
    SqlAlchemySaleRepository,
    SqlAlchemySettingsRepository,
    SqlAlchemySlipRepository,
    SqlAlchemySpendRepository,
    SqlAlchemyStaffRepository,
    SqlAlchemyWalletRepository,
)
from db.repositories.directory import SqlAlchemyMemberDirectory
from db.repositories.exports import SqlAlchemyExportSource
from db.repositories.imports import SqlAlchemyImportStore
from db.repositories.projections import SqlAlchemyProjectionSource
from db.repositories.till_checks import SqlAlchemyTillCheckRepository
from pos_loyalty.services.ports import (
    AuditLog,
    CardRepository,
    ExportSource,
    ImportStore,
    LedgerRepository,
    MemberDirectory,
    MemberRepository,
    OfferRepository,
    Outbox,
    ProgrammeRepository,
    ProjectionSource,
    SaleRepository,
    SettingsRepository,
    SlipRepository,
    SpendRepository,
    StaffRepository,
    WalletRepository,
)
from pos_loyalty.services.till import TillCheckRepository


class TransactionError(RuntimeError):
    """A unit of work was used outside a transaction, or entered twice."""


class SqlAlchemyUnitOfWork:
    """The UnitOfWork port over a SQLAlchemy engine (see the module docstring)."""

    members: MemberRepository
    cards: CardRepository
    ledger: LedgerRepository
    wallets: WalletRepository
    spend: SpendRepository
    sales: SaleRepository
    programmes: ProgrammeRepository
    offers: OfferRepository
    outbox: Outbox
    settings: SettingsRepository
    staff: StaffRepository
    slips: SlipRepository
    audit: AuditLog
    imports: ImportStore
    exports: ExportSource
    directory: MemberDirectory
    projections: ProjectionSource
    till_checks: TillCheckRepository

    def __init__(self, engine: Engine, programme_cache: ProgrammeCache | None = None) -> None:
        self._engine = engine
        self._programme_cache = programme_cache or ProgrammeCache()
        self._connection: Connection | None = None
        self._read_only_next = False

    @property
    def connection(self) -> Connection:
        """The connection of the open transaction (for statements no repository offers)."""
        if self._connection is None:
            raise TransactionError("no transaction is open: use `with uow:` first")
        return self._connection

    @property
    def sync_outbox(self) -> SqlAlchemyOutbox:
        """The outbox of the open transaction with the sync's helpers (pending, mark_sent)."""
        return SqlAlchemyOutbox(self.connection)

    @property
    def in_transaction(self) -> bool:
        """True between entering and leaving a `with` block."""
        return self._connection is not None

    def read_only(self) -> Self:
        """Make the next `with` block a deferred, read-only transaction."""
        self._read_only_next = True
        return self

    def __enter__(self) -> Self:
        if self._connection is not None:
            raise TransactionError("a transaction is already open on this unit of work")
        read_only, self._read_only_next = self._read_only_next, False
        connection = self._engine.connect()
        try:
            if read_only:
                connection.execution_options(**{READ_ONLY: True})
            connection.begin()
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        self._bind(connection)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            if connection.in_transaction():
                connection.rollback()
        finally:
            connection.close()

    def commit(self) -> None:
        """Make the transaction's changes permanent."""
        self.connection.commit()

    def rollback(self) -> None:
        """Undo everything since the transaction began."""
        self.connection.rollback()

    def _bind(self, connection: Connection) -> None:
        self.members = SqlAlchemyMemberRepository(connection)
        self.cards = SqlAlchemyCardRepository(connection)
        self.ledger = SqlAlchemyLedgerRepository(connection)
        self.wallets = SqlAlchemyWalletRepository(connection)
        self.spend = SqlAlchemySpendRepository(connection)
        self.sales = SqlAlchemySaleRepository(connection)
        self.programmes = SqlAlchemyProgrammeRepository(connection, self._programme_cache)
        self.offers = SqlAlchemyOfferRepository(connection)
        self.outbox = SqlAlchemyOutbox(connection)
        self.settings = SqlAlchemySettingsRepository(connection)
        self.staff = SqlAlchemyStaffRepository(connection)
        self.slips = SqlAlchemySlipRepository(connection)
        self.audit = SqlAlchemyAuditLog(connection)
        self.imports = SqlAlchemyImportStore(connection)
        self.exports = SqlAlchemyExportSource(connection)
        self.directory = SqlAlchemyMemberDirectory(connection)
        self.projections = SqlAlchemyProjectionSource(connection)
        self.till_checks = SqlAlchemyTillCheckRepository(connection)
