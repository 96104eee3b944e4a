"""SQLAlchemy implementations of the core's repository ports, one module per aggregate."""

from db.repositories.audit import SqlAlchemyAuditLog
from db.repositories.cards import SqlAlchemyCardRepository
from db.repositories.ledger import SqlAlchemyLedgerRepository
from db.repositories.members import SqlAlchemyMemberRepository
from db.repositories.offers import SqlAlchemyOfferRepository
from db.repositories.outbox import OutboxMessage, SqlAlchemyOutbox
from db.repositories.programmes import ProgrammeCache, SqlAlchemyProgrammeRepository
from db.repositories.sales import SqlAlchemySaleRepository
from db.repositories.settings import SqlAlchemySettingsRepository
from db.repositories.slips import SqlAlchemySlipRepository
from db.repositories.spend import SqlAlchemySpendRepository
from db.repositories.staff import SqlAlchemyStaffRepository
from db.repositories.wallets import SqlAlchemyWalletRepository

__all__ = [
    "OutboxMessage",
    "ProgrammeCache",
    "SqlAlchemyAuditLog",
    "SqlAlchemyCardRepository",
    "SqlAlchemyLedgerRepository",
    "SqlAlchemyMemberRepository",
    "SqlAlchemyOfferRepository",
    "SqlAlchemyOutbox",
    "SqlAlchemyProgrammeRepository",
    "SqlAlchemySaleRepository",
    "SqlAlchemySettingsRepository",
    "SqlAlchemySlipRepository",
    "SqlAlchemySpendRepository",
    "SqlAlchemyStaffRepository",
    "SqlAlchemyWalletRepository",
]
