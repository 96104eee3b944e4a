"""The RFM report's buyers and the segment export's contacts.

The buyers of a period come from one aggregate statement: the period's checks of goods grouped
by member, read from the covering index of sales by day (last day, checks, money paid), joined
with the money the refunds of those checks returned, grouped by member too (refunds are few).
A member merged into another counts for the member who holds their cards now: the few merged
members are read beforehand and their rows folded into that member's as the rows stream by.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from db.models import members, refunds, sales
from db.reports.balances import BalanceQueries
from db.reports.common import chunks, in_terminals
from pos_loyalty.domain.sales import SaleKind
from pos_loyalty.domain.segments import Buyer
from pos_loyalty.reports.period import Period
from pos_loyalty.reports.segment_export import Contact

Terminals = tuple[str, ...] | None
BY_DAY = "INDEXED BY ix_sales_business_date_covering"
MAX_CHAIN = 50
"""How many merges in a row are followed (as `services.merge` does)."""


def _buyers_statement(period: Period, terminals: Terminals) -> Any:
    s = sales.c
    goods = (
        s.business_date.between(period.first, period.last),
        s.member_id.is_not(None),
        s.kind == SaleKind.GOODS.value,
        in_terminals(s.terminal_id, terminals),
    )
    bought = (
        select(
            s.member_id,
            func.max(s.business_date).label("last"),
            func.count().label("checks"),
            func.sum(s.paid).label("paid"),
        )
        .where(*goods)
        .group_by(s.member_id)
        .with_hint(sales, BY_DAY, "sqlite")
        .subquery()
    )
    r = refunds.c
    # A check of the period is refunded on its day or later: the refunds from the period's
    # first day (few, from their day index) lead, each finding its sale by key.
    returned = (
        select(s.member_id, func.sum(r.money_returned).label("money"))
        .select_from(refunds.join(sales, s.id == r.sale_id))
        .where(r.business_date >= period.first, *goods)
        .group_by(s.member_id)
        .with_hint(refunds, "INDEXED BY ix_refunds_business_date", "sqlite")
        .subquery()
    )
    money = bought.c.paid - func.coalesce(returned.c.money, 0)
    return select(bought.c.member_id, bought.c.last, bought.c.checks, money).select_from(
        bought.outerjoin(returned, returned.c.member_id == bought.c.member_id)
    )


class _Buyers:
    """The buyers of a period; each iteration runs the statement again (same snapshot)."""

    def __init__(self, connection: Connection, period: Period, terminals: Terminals) -> None:
        self._connection = connection
        self._statement = _buyers_statement(period, terminals)

    def __iter__(self) -> Iterator[Buyer]:
        final = self._merged()
        targets = set(final.values())
        held: dict[str, Buyer] = {}
        for member_id, last, checks, money in self._connection.execute(self._statement):
            key = final.get(member_id, member_id)
            buyer = Buyer(key, _day(last), int(checks), int(money))
            if key in targets:
                held[key] = _fold(held.get(key), buyer)
            else:
                yield buyer
        yield from held.values()

    def _merged(self) -> dict[str, str]:
        """Each merged member's id -> the id of the member holding their cards now."""
        m = members.c
        merged = (
            select(m.id, m.merged_into)
            .where(m.merged_into.is_not(None))
            .with_hint(members, "INDEXED BY ix_members_merged_into", "sqlite")
        )
        rows = self._connection.execute(merged)
        step = {str(member_id): str(into) for member_id, into in rows}
        final: dict[str, str] = {}
        for member_id, into in step.items():
            for _ in range(MAX_CHAIN):
                if into not in step:
                    break
                into = step[into]
            final[member_id] = into
        return final


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _fold(held: Buyer | None, more: Buyer) -> Buyer:
    if held is None:
        return more
    last = max(held.last_purchase, more.last_purchase)
    return Buyer(held.member_id, last, held.purchases + more.purchases, held.money + more.money)


class RfmQueries(BalanceQueries):
    """The buyers of a period for RFM scoring, and members' contacts for a mailing."""

    _connection: Connection

    def rfm_buyers(self, period: Period, terminals: Terminals) -> Iterable[Buyer]:
        """Members who bought goods in the period: last day, checks, money net of refunds."""
        return _Buyers(self._connection, period, terminals)

    def contacts(self, member_ids: Iterable[str]) -> dict[str, Contact]:
        """Card, name, phone, e-mail and consent of these members, by id."""
        m = members.c
        found: dict[str, Contact] = {}
        for batch in chunks(member_ids):
            numbers = self._cards_of(batch)
            statement = select(
                m.id, m.name, m.phone, m.email, m.marketing_consent_at, m.erased_at
            ).where(m.id.in_(batch))
            for member_id, name, phone, email, consent, erased in self._connection.execute(
                statement
            ):
                found[member_id] = Contact(
                    member_id,
                    numbers.get(member_id),
                    name,
                    phone,
                    email,
                    consent is not None,
                    erased is not None,
                )
        return found
