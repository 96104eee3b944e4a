"""The daily figures equal the figures computed from the raw rows, on random stores.

A seeded random store on a terminal's SQLite file: three terminals over eleven weeks of three
months sell with and without a card (redeeming points now and then), refund parts of earlier
checks, void the last check, sell and refund club memberships, adjust balances and run the
expiry, with members joining all the time. Every sum the reports read from `daily_figures` and
every buyer count from `buyer_months` is then compared with the same figure computed from the
sales, refunds and ledger entries (`tests.integration.reports.figures_check`), and the tables
kept with each write with those the migration's backfill makes from the rows.
The server's copy (pushed over HTTP, on SQLite and PostgreSQL) is checked the same way in
`tests/server/test_daily_figures_server.py`.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.domain.money import format_money
from pos_loyalty.reports.kpi import build_kpi
from pos_loyalty.reports.period import Period
from pos_loyalty.services.membership import Step, sell_membership
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.refunds import void_sale
from tests.integration.db.builders import a_member, an_entry
from tests.integration.reports.conftest import PROGRAMME, Shop
from tests.integration.reports.figures_check import (
    Figures,
    check_backfill,
    check_buyers,
    check_sums,
)
from tests.integration.reports.till import Member, Till

FIRST, LAST = date(2026, 1, 5), date(2026, 3, 22)
TERMINALS = ("T1", "T2", "T3")
CLUB = {**PROGRAMME, "membership": {"fee": "990.00", "period_days": 30, "refund_days": 0}}


class RandomStore:
    """Random days of a store, each step through the real use cases."""

    def __init__(self, till: Till, seed: int) -> None:
        self.till, self.pick = till, random.Random(seed)
        self.members: list[Member] = []
        self.tags: list[str] = []
        self.done: dict[str, int] = {}

    def _try(self, name: str, step: object) -> None:
        try:
            step()  # type: ignore[operator]
        except LoyaltyError:
            name += " refused"
        self.done[name] = self.done.get(name, 0) + 1

    def day(self, day: date) -> None:
        for minute in sorted(self.pick.sample(range(9 * 60, 21 * 60), self.pick.randint(2, 9))):
            self.till.at(day, minute // 60, minute % 60)
            self.step(self.pick.choice(TERMINALS))
        if self.pick.random() < 0.2:
            self.till.at(day, 22)
            self._try("expiry run", lambda: self.till.expire(self.pick.choice(TERMINALS)))

    def step(self, terminal: str) -> None:
        roll = self.pick.random()
        if roll < 0.12 or len(self.members) < 3:
            phone = f"+7 900 {len(self.members):03d}-00-00"
            self._try("registration", lambda: self._join(phone, terminal))
        elif roll < 0.62:
            self._try("sale", lambda: self._buy(terminal))
        elif roll < 0.75:
            self._try("refund", lambda: self._refund(terminal))
        elif roll < 0.82:
            self._try("void", lambda: self._void(terminal))
        elif roll < 0.90:
            self._try("membership", lambda: self._membership(terminal))
        else:
            member = self.pick.choice(self.members)
            points = self.pick.choice((-40, -5, 10, 25, 60))
            self._try("adjustment", lambda: self.till.adjust(member, points, "fix", terminal))

    def _join(self, phone: str, terminal: str) -> None:
        self.members.append(self.till.register(f"Член {len(self.members)}", phone, terminal))

    def _buy(self, terminal: str) -> None:
        card = self.pick.choice(self.members).card if self.pick.random() < 0.8 else None
        amount = format_money(self.pick.randint(1, 400) * 250)
        tag = f"sale-{len(self.tags)}"
        redeem = card is not None and self.pick.random() < 0.25
        self.till.buy(card, amount, terminal, redeem=redeem, tag=tag)
        self.tags.append(tag)

    def _refund(self, terminal: str) -> None:
        tag = self.pick.choice(self.tags) if self.tags else ""
        amount = format_money(self.pick.randint(1, 40) * 500)
        self.till.refund(tag, amount, terminal)

    def _void(self, terminal: str) -> None:
        self._buy(terminal)
        sale_id = self.till.sales[self.tags[-1]]
        actor = Actor(terminal, "cashier")
        void_sale(sale_id, uow=self.till.db.uow(), clock=self.till.clock, actor=actor)

    def _membership(self, terminal: str) -> None:
        member = self.pick.choice(self.members)
        for step in (Step.SELL, Step.RENEW):
            try:
                done = sell_membership(
                    member.card,
                    step=step,
                    uow=self.till.db.uow(),
                    clock=self.till.clock,
                    actor=Actor(terminal, "cashier"),
                )
            except LoyaltyError:
                continue
            tag = f"fee-{len(self.tags)}"
            self.till.sales[tag] = done.sale.id
            if self.pick.random() < 0.3:  # refunded the same day, as the plan allows
                self.till.refund(tag, "990.00", terminal)
            return


def _store(path: Path, seed: int) -> tuple[Till, RandomStore]:
    till = Till.open(path)
    till.programme(CLUB)
    store = RandomStore(till, seed)
    day = FIRST
    while day <= LAST:
        store.day(day)
        day += timedelta(days=1)
    return till, store


@pytest.mark.parametrize("seed", [11, 2026])
def test_the_daily_figures_equal_the_figures_from_the_rows(tmp_path: Path, seed: int) -> None:
    till, store = _store(tmp_path / "random.sqlite3", seed)
    # The scenario did what it is meant to: every kind of write, refusals included.
    for done in ("registration", "sale", "refund", "void", "membership", "adjustment"):
        assert store.done.get(done, 0) > 0, (done, store.done)
    span = Period(FIRST - timedelta(days=3), LAST + timedelta(days=3))
    scopes = (None, ("T1",), ("T2", "T3"), ("T9",))
    uow = till.db.uow()
    with uow:
        connection = uow.connection
        assert check_sums(connection, span, scopes) > 100
        assert check_buyers(connection, span, seed) > 30
        figures, months = check_backfill(connection)
        assert figures > 100 and months > 20
    till.db.close()


def test_a_months_buyers_and_churn_come_from_the_buyer_months_as_counted_by_hand(
    shop: Shop,
) -> None:
    # March: Anna's three checks and Boris's one; her month row has 3 checks, his 1.
    march = shop.till.read(build_kpi, date(2026, 3, 1), date(2026, 3, 31), inactive_days=7)
    assert (march.buyers.members, march.buyers.repeat_members, march.buyers.checks) == (2, 1, 4)
    # Window 25-31 March: Anna and Boris joined before it and bought nothing in it.
    assert (march.churn.base, march.churn.active) == (2, 0)
    # April: Vera (1 check), Anna (1) and Dmitry (2, so a repeat buyer).
    april = shop.till.read(build_kpi, date(2026, 4, 1), date(2026, 4, 30), inactive_days=30)
    assert (april.buyers.members, april.buyers.repeat_members, april.buyers.checks) == (3, 1, 4)
    # Window 1-30 April: Anna and Boris joined before it, Anna bought on the 1st; Vera and
    # Dmitry joined on its first day, so they are in neither count.
    assert (april.churn.base, april.churn.active, april.churned) == (2, 1, 1)
    # March and April together: Anna bought in both months (4 checks), Boris, Vera, Dmitry.
    both = shop.till.read(build_kpi, date(2026, 3, 1), date(2026, 4, 30), inactive_days=45)
    assert (both.buyers.members, both.buyers.repeat_members, both.buyers.checks) == (4, 2, 8)
    # Window 17 March - 30 April: of Anna and Boris only Anna bought (1 April).
    assert (both.churn.base, both.churn.active) == (2, 1)


def test_every_kind_of_entry_is_summed_under_its_own_name(tmp_path: Path) -> None:
    till = Till.open(tmp_path / "kinds.sqlite3")
    member = a_member()
    uow = till.db.uow()
    with uow:
        uow.members.add(member)
        for kind, points in (
            (EntryKind.EARN, 49),
            (EntryKind.REWARD, -300),
            (EntryKind.REWARD, -50),
        ):
            uow.ledger.add(an_entry(member.id, kind=kind, points=points, terminal_id="T7"))
        uow.commit()
    with uow:
        day = Period(date(2000, 1, 1), date(2100, 1, 1))
        rows = {
            (p.kind, p.added, p.removed) for p in Figures(uow.connection).points_by_day(day, None)
        }
        assert rows == {("earn", 49, 0), ("reward", 0, 350)}
        assert check_sums(uow.connection, day, (None, ("T7",))) == 4  # 2 kinds, 2 scopes
    till.db.close()
