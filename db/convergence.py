"""The terminal's stored wallets, rebuilt from the ledger rows after entries of other terminals
arrive.

Only rows are read and written here: the members' entries out of `ledger_entries`, their wallets
into the balance projection. The rule that makes every copy agree (the order entries apply in,
and how a redemption the wallet cannot cover becomes a debt that later credits pay) is the
core's: `pos_loyalty.domain.convergence.rebuild`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, select

from db.models import ledger_entries
from db.repositories.ledger import COLUMNS, entry_from_row
from db.repositories.wallets import SqlAlchemyWalletRepository
from pos_loyalty.domain.convergence import rebuild
from pos_loyalty.domain.ledger import LedgerEntry

CHUNK = 500
"""Members whose entries are read in one statement."""

_ENTRIES_OF = (
    select(ledger_entries.c.member_id, *COLUMNS)
    .where(ledger_entries.c.member_id.in_(bindparam("ids", expanding=True)))
    .order_by(ledger_entries.c.pos)
)


def entries_of(connection: Connection, member_ids: list[str]) -> dict[str, list[LedgerEntry]]:
    """Every stored entry of these members, in write order."""
    found: dict[str, list[LedgerEntry]] = {member_id: [] for member_id in member_ids}
    for row in connection.execute(_ENTRIES_OF, {"ids": member_ids}):
        found[row[0]].append(entry_from_row(row[1:]))
    return found


def rebuild_wallets(connection: Connection, member_ids: Iterable[str]) -> None:
    """Store the wallets the core rebuilds from the members' entries (caller's transaction)."""
    wallets = SqlAlchemyWalletRepository(connection)
    ids = sorted(member_ids)
    for start in range(0, len(ids), CHUNK):
        for member_id, entries in entries_of(connection, ids[start : start + CHUNK]).items():
            wallets.put(member_id, rebuild(entries))
