"""The local database adapter: SQLite through SQLAlchemy, implementing the core's ports.

    db = open_database()              # creates the folder and file, runs the migrations
    with db.uow() as uow:             # BEGIN IMMEDIATE: the write lock from the start
        uow.members.add(member)
        uow.commit()
    with db.uow().read_only() as uow: # deferred BEGIN: a consistent snapshot for reading
        card = uow.cards.get(number)
    db.close()

`BulkWriter` loads generated data fast; `db.migrate` runs the shipped Alembic migrations.
"""

from db.bulk import BulkWriter
from db.database import Database, open_database
from db.engine import READ_ONLY, create_sqlite_engine, default_database_path
from db.migrate import SchemaTooNew, downgrade, upgrade
from db.repositories import (
    OutboxMessage,
    ProgrammeCache,
    SqlAlchemyCardRepository,
    SqlAlchemyLedgerRepository,
    SqlAlchemyMemberRepository,
    SqlAlchemyOfferRepository,
    SqlAlchemyOutbox,
    SqlAlchemyProgrammeRepository,
    SqlAlchemySaleRepository,
    SqlAlchemySettingsRepository,
    SqlAlchemySpendRepository,
    SqlAlchemyWalletRepository,
)
from db.uow import SqlAlchemyUnitOfWork, TransactionError

__all__ = [
    "READ_ONLY",
    "BulkWriter",
    "Database",
    "OutboxMessage",
    "ProgrammeCache",
    "SchemaTooNew",
    "SqlAlchemyCardRepository",
    "SqlAlchemyLedgerRepository",
    "SqlAlchemyMemberRepository",
    "SqlAlchemyOfferRepository",
    "SqlAlchemyOutbox",
    "SqlAlchemyProgrammeRepository",
    "SqlAlchemySaleRepository",
    "SqlAlchemySettingsRepository",
    "SqlAlchemySpendRepository",
    "SqlAlchemyUnitOfWork",
    "SqlAlchemyWalletRepository",
    "TransactionError",
    "create_sqlite_engine",
    "default_database_path",
    "downgrade",
    "open_database",
    "upgrade",
]
