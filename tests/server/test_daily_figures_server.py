"""The server's daily figures, kept at each push, equal the figures computed from its rows.

Three terminals of two stores sell over HTTP for two months on a seeded random plan: members
join at one terminal and reach the others through the server; sales with and without a card,
redemptions, refunds of the terminal's own checks, voids, club memberships (a programme
version with a plan and a short expiry, made at one terminal and pulled by the others) and
refunds of them, balance adjustments and expiry runs. Terminals push every few days, one of
them after weeks offline, so a member's months reach the server out of order. Then every sum
and buyer count the reports read, on the server (SQLite and PostgreSQL) and on each terminal
(whose ledger holds the entries pulled from the others), equals the same figure from the rows,
and the tables kept push by push equal those the migration's backfill makes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import Engine

from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.reports.period import Period
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.membership import Step, sell_membership
from pos_loyalty.services.points import adjust_balance, expire_points
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.refunds import refund_sale, void_sale
from pos_loyalty.services.templates import template
from tests.cli_staff import add_staff_by_id
from tests.integration.reports.figures_check import check_backfill, check_buyers, check_sums
from tests.server.live import START, STORE_TZ, LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]
FIRST, LAST = START.date(), date(2026, 5, 31)
STORES = {"T-A": "Север", "T-B": "Север", "T-C": "Юг"}
CLUB = {
    **template("bonus"),
    "min_check_for_redeem": "0",
    "expire_after_days": 20,
    "membership": {"fee": "990.00", "period_days": 30, "refund_days": 0},
}


@dataclass
class Chain:
    """The terminals, what each of them knows, and the plan's dice."""

    tills: dict[str, Till]
    pick: random.Random
    cards: dict[str, list[str]] = field(default_factory=dict)
    """The member cards each terminal knows (its own, and those pulled)."""
    pushed: list[str] = field(default_factory=list)
    sales: dict[str, list[str]] = field(default_factory=dict)
    done: dict[str, int] = field(default_factory=dict)

    def sync(self, terminal: str) -> None:
        own = [c for c in self.cards[terminal] if c not in self.pushed]
        self.tills[terminal].sync()
        self.pushed.extend(own)
        self.cards[terminal] = list(dict.fromkeys([*self.cards[terminal], *self.pushed]))

    def at(self, day: date, minute: int) -> None:
        for till in self.tills.values():
            till.now = datetime.combine(day, time(minute // 60, minute % 60), STORE_TZ)

    def step(self, terminal: str) -> None:
        roll, actor = self.pick.random(), Actor(terminal, "cashier")
        steps: list[tuple[float, str, Callable[[], object]]] = [
            (0.12, "registration", lambda: self._join(terminal)),
            (0.60, "sale", lambda: self._sell(terminal)),
            (0.72, "refund", lambda: self._refund(terminal, actor)),
            (0.80, "void", lambda: self._void(terminal, actor)),
            (0.88, "membership", lambda: self._membership(terminal, actor)),
            (1.00, "adjustment", lambda: self._adjust(terminal)),
        ]
        if len(self.cards[terminal]) < 2:
            roll = 0.0
        name, run = next((n, r) for limit, n, r in steps if roll < limit)
        try:
            run()
        except LoyaltyError:
            name += " refused"
        self.done[name] = self.done.get(name, 0) + 1

    def _join(self, terminal: str) -> None:
        count = sum(len(c) for c in self.cards.values())
        phone = f"+7 913 {self.pick.randint(0, 999):03d}-{count:02d}-00"
        done = self.tills[terminal].register(f"Член {terminal} {count}", phone)
        self.cards[terminal].append(done.card.number)

    def _sell(self, terminal: str) -> None:
        till = self.tills[terminal]
        card = self.pick.choice(self.cards[terminal]) if self.pick.random() < 0.85 else None
        total = self.pick.randint(1, 300) * 500
        if card is None:
            cmd = Checkout(None, (CheckLine(total, ""),))
            sale = commit_checkout(cmd, uow=till.db.uow(), clock=till.clock, actor=till.actor())
        else:
            redeem = self.pick.choice((None, None, None, 50))
            sale = till.checkout(card, total, redeem=redeem)
        self.sales[terminal].append(sale.sale.id)

    def _refund(self, terminal: str, actor: Actor) -> None:
        till = self.tills[terminal]
        sale_id = self.pick.choice(self.sales[terminal]) if self.sales[terminal] else "none"
        amount = self.pick.randint(1, 60) * 500
        refund_sale(sale_id, amount, "returned", uow=till.db.uow(), clock=till.clock, actor=actor)

    def _void(self, terminal: str, actor: Actor) -> None:
        self._sell(terminal)
        till = self.tills[terminal]
        void_sale(self.sales[terminal][-1], uow=till.db.uow(), clock=till.clock, actor=actor)

    def _membership(self, terminal: str, actor: Actor) -> None:
        till = self.tills[terminal]
        card = self.pick.choice(self.cards[terminal])
        step = self.pick.choice((Step.SELL, Step.RENEW))
        done = sell_membership(card, step=step, uow=till.db.uow(), clock=till.clock, actor=actor)
        if self.pick.random() < 0.3:
            uow = till.db.uow()
            refund_sale(done.sale.id, 990_00, "changed", uow=uow, clock=till.clock, actor=actor)

    def _adjust(self, terminal: str) -> None:
        till = self.tills[terminal]
        card = self.pick.choice(self.cards[terminal])
        uow = till.db.uow()
        with uow.read_only():
            found = uow.cards.get(card)
        assert found is not None and found.member_id is not None
        adjust_balance(
            found.member_id,
            self.pick.choice((-30, 15, 40)),
            "correction",
            uow=till.db.uow(),
            clock=till.clock,
            actor=Actor(terminal, "manager"),
            approved_by="second-manager",
        )


def _chain(live: LiveServer, engine: Engine, make: MakeTill, seed: int) -> Chain:
    tills = {terminal: make(terminal) for terminal in STORES}
    for terminal, till in tills.items():
        till.enrol(live.url, enrolment_code(engine, STORES[terminal]))
        add_staff_by_id(till.db)
    chain = Chain(tills, random.Random(seed), {t: [] for t in tills}, sales={t: [] for t in tills})
    save_programme(CLUB, uow=tills["T-A"].db.uow())
    for terminal in ("T-A", "T-B", "T-C"):
        chain.sync(terminal)
    return chain


def _days(chain: Chain) -> None:
    day = FIRST
    offline = (date(2026, 4, 20), date(2026, 5, 12))  # T-C pushes nothing in between
    while day <= LAST:
        for minute in sorted(chain.pick.sample(range(9 * 60, 21 * 60), chain.pick.randint(3, 8))):
            chain.at(day, minute)
            chain.step(chain.pick.choice(list(chain.tills)))
        chain.at(day, 21 * 60)
        for terminal, till in chain.tills.items():
            if chain.pick.random() < 0.15:
                actor = Actor(terminal, "manager")
                expire_points(uow=till.db.uow(), clock=till.clock, actor=actor)
            away = terminal == "T-C" and offline[0] <= day <= offline[1]
            if not away and chain.pick.random() < 0.4:
                chain.sync(terminal)
        day += timedelta(days=1)
    for _ in range(2):
        for terminal in chain.tills:
            chain.sync(terminal)


@pytest.mark.parametrize("seed", [5])
def test_the_servers_daily_figures_equal_the_figures_from_its_rows(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill, seed: int
) -> None:
    chain = _chain(live, server_engine, till_factory, seed)
    _days(chain)
    for done in ("registration", "sale", "refund", "void", "membership", "adjustment"):
        assert chain.done.get(done, 0) > 0, (done, chain.done)
    span = Period(FIRST - timedelta(days=2), LAST + timedelta(days=2))
    scopes = (None, ("T-A", "T-B"), ("T-C",))
    with server_engine.connect() as connection:
        assert check_sums(connection, span, scopes) > 100
        assert check_buyers(connection, span, seed) > 20
        figures, months = check_backfill(connection)
        assert figures > 100 and months > 20
        connection.rollback()
    for till in chain.tills.values():
        uow = till.db.uow()
        with uow:
            assert check_sums(uow.connection, span, (None, (till.terminal_id,))) > 50
            check_buyers(uow.connection, span, seed, spans=10)
            check_backfill(uow.connection)
