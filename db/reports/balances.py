"""Balances for the reports: open lots by expiry, debts, and members as staff lists show them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Connection, Table, case, func, select

from db.models import balances, cards, lots, member_spend, members
from db.reports.common import chunks
from db.repositories.wallets import SqlAlchemyWalletRepository
from pos_loyalty.domain.ledger import Wallet
from pos_loyalty.reports.rows import Debts, LotSum, MemberLine


class BalanceQueries:
    """The balance projection summed, and members with their card and balance."""

    _connection: Connection

    def lot_sums(self, today: date) -> list[LotSum]:
        """Open points and pending points grouped by the day they are gone.

        Read from the index on (expires_on, active_from, remaining) alone, in its order.
        """
        lot = lots.c
        pending = func.sum(case((lot.active_from > today, lot.remaining), else_=0))
        statement = (
            select(lot.expires_on, func.sum(lot.remaining), pending)
            .where(lot.remaining > 0)
            .group_by(lot.expires_on)
            .with_hint(lots, "INDEXED BY ix_lots_expires_on_active_from_remaining", "sqlite")
        )
        rows = self._connection.execute(statement)
        return [LotSum(expires_on, int(points), int(held)) for expires_on, points, held in rows]

    def debts(self) -> Debts:
        """Members whose balance is below zero, and the points they owe."""
        b = balances.c
        statement = select(func.count(), func.coalesce(func.sum(-b.balance), 0)).where(
            b.balance < 0
        )
        count, owed = self._connection.execute(statement).one()
        return Debts(int(count), int(owed))

    def negative_balances(self, limit: int) -> list[MemberLine]:
        """The members owing the most points first."""
        b = balances.c
        statement = (
            select(b.member_id).where(b.balance < 0).order_by(b.balance, b.member_id).limit(limit)
        )
        ids = [member_id for (member_id,) in self._connection.execute(statement)]
        found = self.member_lines(ids)
        return [found[member_id] for member_id in ids if member_id in found]

    def member_lines(self, member_ids: Iterable[str]) -> dict[str, MemberLine]:
        """Each member with their current card (the active one if any), balance and dates."""
        m, b = members.c, balances.c
        found: dict[str, MemberLine] = {}
        for batch in chunks(member_ids):
            numbers = self._cards_of(batch)
            statement = (
                select(
                    m.id, m.name, func.coalesce(b.balance, 0), m.last_purchase_on, m.registered_on
                )
                .select_from(members.outerjoin(balances, b.member_id == m.id))
                .where(m.id.in_(batch))
            )
            for member_id, name, balance, last, registered in self._connection.execute(statement):
                found[member_id] = MemberLine(
                    member_id, numbers.get(member_id), name, int(balance), last, registered
                )
        return found

    def _cards_of(self, member_ids: list[str]) -> dict[str, str]:
        c = cards.c
        statement = (
            select(c.member_id, c.number, c.state)
            .where(c.member_id.in_(member_ids))
            .order_by(c.member_id, c.issued_at, c.number)
        )
        chosen: dict[str, str] = {}
        for member_id, number, state in self._connection.execute(statement):
            if state == "active" or member_id not in chosen:
                chosen[member_id] = number
        return chosen

    def wallet(self, member_id: str) -> Wallet:
        """The member's open lots and debt."""
        return SqlAlchemyWalletRepository(self._connection).get(member_id)

    def spend(self, member_id: str, first: date, last: date) -> int:
        """The member's qualifying spend from `first` to `last`."""
        return spend_in(self._connection, member_spend, member_id, first, last)


def spend_in(
    connection: Connection, spend_table: Table, member_id: str, first: date, last: date
) -> int:
    """A member's spend from `first` to `last` in a table of spend by member and day."""
    s = spend_table.c
    statement = select(func.coalesce(func.sum(s.amount), 0)).where(
        s.member_id == member_id, s.day.between(first, last)
    )
    return int(connection.execute(statement).scalar_one())
