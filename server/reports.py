"""The report-query port over the central server's database: chain-wide reports.

The server holds the sales, refunds, ledger entries, members, cards, balances and programmes
that every terminal pushed, in tables of the same shape as a terminal's, so the terminal's
aggregates (`db.reports`, SQLAlchemy Core) run here unchanged, on SQLite and on PostgreSQL.
What differs:

- stores and their terminals come from the server's `stores` and `terminals` tables;
- the server keeps no lots: the liability's open points by expiry are rebuilt from each
  member's entries in canonical order (`db.convergence`, the rule the balances follow), read
  member by member in one pass over the ledger;
- qualifying spend per member and day comes from `chain_spend` (one row per terminal, which
  the sync keeps from every terminal's sales and refunds), so the tiers report ranks each
  member by what they spent in every store. `CHAIN_REPORTS` lists the reports the server
  makes; a member's statement and the ledger export are made at a terminal.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from itertools import groupby

from sqlalchemy import Connection, select

from db.reports.activity import ActivityQueries
from db.reports.balances import spend_in
from db.reports.members import MemberQueries, tier_moves_in
from db.reports.rfm import RfmQueries
from db.reports.setup import SetupQueries
from db.reports.statement import StatementQueries
from db.repositories import ProgrammeCache
from db.repositories.ledger import FIELDS, entry_from_row
from pos_loyalty.domain.convergence import rebuild
from pos_loyalty.domain.ledger import LedgerEntry, Wallet
from pos_loyalty.reports.catalogue import CHAIN_REPORTS
from pos_loyalty.reports.rows import LotSum, SpendWindow, TierMove
from server.models import chain_spend, ledger_entries, stores, terminals
from server.store.wallets import wallet_of

__all__ = ["CHAIN_REPORTS", "ServerReportQueries"]

CHAIN_NAME = "Chain"
STREAM_ROWS = 5000


class ServerReportQueries(
    ActivityQueries, MemberQueries, RfmQueries, StatementQueries, SetupQueries
):
    """The ReportQueries port on one open server connection (inside a read transaction)."""

    def __init__(
        self, connection: Connection, programme_cache: ProgrammeCache | None = None
    ) -> None:
        self._connection = connection
        self._programme_cache = programme_cache or ProgrammeCache()

    def store_name(self) -> str:
        """The chain, not one store (the endpoint heads its reports in their language)."""
        return CHAIN_NAME

    def stores(self) -> dict[str, tuple[str, ...]]:
        """Every store and its enrolled terminals (revoked ones too: their data still counts)."""
        s, t = stores.c, terminals.c
        query = select(s.name, t.id).select_from(stores.outerjoin(terminals, t.store_id == s.id))
        found: dict[str, set[str]] = {}
        for name, terminal in self._connection.execute(query):
            found.setdefault(str(name), set()).update([str(terminal)] if terminal else [])
        return {name: tuple(sorted(ids)) for name, ids in found.items()}

    def cards_issued(self, start: datetime, end: datetime) -> int | None:
        """Unknown: a terminal sends its cards, not the moment it stored them."""
        return None

    def lot_sums(self, today: date) -> list[LotSum]:
        """Open points by expiry day, from every member's wallet rebuilt from their entries."""
        sums: dict[date | None, list[int]] = {}
        for wallet in self._wallets():
            for lot in wallet.lots:
                if lot.remaining <= 0:
                    continue
                pair = sums.setdefault(lot.expires_on, [0, 0])
                pair[0] += lot.remaining
                pair[1] += lot.remaining if lot.active_from > today else 0
        ordered = sorted(sums.items(), key=lambda item: (item[0] is None, item[0] or date.min))
        return [LotSum(expires_on, points, held) for expires_on, (points, held) in ordered]

    def _wallets(self) -> Iterator[Wallet]:
        e = ledger_entries.c
        query = select(e.member_id, *(e[name] for name in FIELDS)).order_by(e.member_id)
        rows = self._connection.execution_options(
            stream_results=True, yield_per=STREAM_ROWS
        ).execute(query)
        for _member, group in groupby(rows, key=lambda row: row[0]):
            entries: list[LedgerEntry] = [entry_from_row(row[1:]) for row in group]
            yield rebuild(entries)

    def wallet(self, member_id: str) -> Wallet:
        """The member's wallet rebuilt from every entry the server has."""
        return wallet_of(self._connection, member_id)

    def tier_moves(self, start: SpendWindow, end: SpendWindow) -> list[TierMove]:
        """Members ranked by their spend in every store of the chain, at both dates."""
        return tier_moves_in(self._connection, chain_spend, start, end)

    def spend(self, member_id: str, first: date, last: date) -> int:
        """The member's qualifying spend in every store of the chain."""
        return spend_in(self._connection, chain_spend, member_id, first, last)
