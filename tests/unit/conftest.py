"""Shared fixtures for the core's unit tests: a store clock, the in-memory unit of work with the
worked-example programme saved, a registered member, and a `counter` that drives the use cases
the way the till does.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest

from pos_loyalty.domain.approvals import DEFAULT_REFUND_LIMIT
from pos_loyalty.domain.checkout import CheckLine, Quote, RedeemRequest
from pos_loyalty.domain.ledger import LedgerEntry, Wallet
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.services.checkout import Checkout, Committed, commit_checkout, quote_checkout
from pos_loyalty.services.lookup import MemberView, lookup_card
from pos_loyalty.services.members import Registered, Registration, register_member
from pos_loyalty.services.points import adjust_balance, expire_points
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.refunds import Refunded, refund_sale, void_last_sale
from tests.unit.fakes import FakeUnitOfWork

CASHIER, MANAGER, SECOND_MANAGER = "cashier-1", "manager-1", "second-manager"
"""Staff ids of the store's accounts (`add_team`)."""

AT_THE_BACK_OFFICE = Actor("T1", MANAGER)
"""A manager acting (erasures, programme saves, staff changes)."""

STORE_TZ = timezone(timedelta(hours=3))
"""The store's local zone (Moscow time)."""

OPENING_DAY = date(2026, 3, 2)
"""A Monday: the day every test starts on unless it moves the clock."""

WORKED_EXAMPLE: dict[str, Any] = {
    "name": "Worked example",
    "tiers": [{"name": "Bronze", "threshold": "0", "earn_percent": "5"}],
    "max_redeem_percent": "50",
    "min_check_for_redeem": "500.00",
    "point_value": "1.00",
    "bonuses": {"welcome": 100},
    "no_discount_categories": ["tobacco"],
    "no_earn_categories": ["tobacco"],
}
"""The programme of the worked example in DOMAIN.md."""


class StoreClock:
    """A clock the test moves by hand; it always answers in the store's local zone."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    @property
    def today(self) -> date:
        return self.now.date()

    def advance(self, days: int = 0, hours: int = 0, minutes: int = 0) -> None:
        self.now += timedelta(days=days, hours=hours, minutes=minutes)

    def set(self, day: date, at: time = time(12, 0)) -> None:
        self.now = datetime.combine(day, at, tzinfo=STORE_TZ)


def lines(*amounts: Minor | tuple[Minor, str]) -> tuple[CheckLine, ...]:
    """Check lines from amounts in kopecks or (kopecks, category) pairs."""
    out = []
    for item in amounts:
        if isinstance(item, tuple):
            out.append(CheckLine(item[0], item[1]))
        else:
            out.append(CheckLine(item))
    return tuple(out)


class Snapshot:
    """The whole in-memory state at one moment, to prove later that nothing was written."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        self.uow = uow
        self.state = copy.deepcopy(uow.state)
        self.commits = uow.commits

    def assert_unchanged(self) -> None:
        assert self.uow.state.ledger == self.state.ledger
        assert self.uow.state.outbox == self.state.outbox
        assert self.uow.state == self.state
        assert self.uow.commits == self.commits


@dataclass
class Counter:
    """Drives the use cases as the till does, with the fixture's clock and actor."""

    uow: FakeUnitOfWork
    clock: StoreClock
    actor: Actor
    base: dict[str, Any]

    def programme(self, **changes: Any) -> Programme:
        """Save a new programme version: the worked example with `changes` applied."""
        data = copy.deepcopy(self.base)
        data.update(copy.deepcopy(changes))
        return save_programme(data, uow=self.uow)

    def register(
        self, name: str = "Ivan Petrov", phone: str = "+7 912 345 67 89", **extra: Any
    ) -> Registered:
        return register_member(
            Registration(name, phone, True, **extra),
            uow=self.uow,
            clock=self.clock,
            actor=self.actor,
        )

    def buy(
        self,
        card: str | None,
        *amounts: Minor | tuple[Minor, str],
        redeem: RedeemRequest = None,
        override: bool = False,
    ) -> Committed:
        return commit_checkout(
            Checkout(
                card,
                lines(*amounts),
                redeem,
                receipt_no="R1",
                override_redeem_cap=override,
                approved_by=MANAGER if override else "",
            ),
            uow=self.uow,
            clock=self.clock,
            actor=self.actor,
        )

    def quote(
        self,
        card: str | None,
        *amounts: Minor | tuple[Minor, str],
        redeem: RedeemRequest = None,
        override: bool = False,
    ) -> Quote:
        return quote_checkout(
            Checkout(card, lines(*amounts), redeem, override_redeem_cap=override),
            uow=self.uow,
            clock=self.clock,
        )

    def refund(self, sale_id: str, amount: Minor, reason: str = "goods returned") -> Refunded:
        # A manager approves refunds above the limit, as the policy requires.
        approved_by = MANAGER if amount > DEFAULT_REFUND_LIMIT else ""
        return refund_sale(
            sale_id,
            amount,
            reason,
            uow=self.uow,
            clock=self.clock,
            actor=self.actor,
            approved_by=approved_by,
        )

    def void(self) -> Refunded:
        return void_last_sale(uow=self.uow, clock=self.clock, actor=self.actor)

    def adjust(self, member_id: str, points: int, reason: str = "correction") -> Wallet:
        # Set-up corrections of any size: a manager's, approved by a second manager.
        return adjust_balance(
            member_id,
            points,
            reason,
            uow=self.uow,
            clock=self.clock,
            actor=Actor(self.actor.terminal_id, MANAGER),
            approved_by=SECOND_MANAGER,
        )

    def expire(self) -> int:
        return expire_points(uow=self.uow, clock=self.clock, actor=self.actor)

    def look(self, card: str) -> MemberView:
        return lookup_card(self.uow, card, self.clock)

    def entries(self, member_id: str) -> list[LedgerEntry]:
        return self.uow.ledger.of_member(member_id)

    def ledger_sum(self, member_id: str) -> int:
        return sum(e.points for e in self.entries(member_id))

    def wallet(self, member_id: str) -> Wallet:
        return self.uow.wallets.get(member_id)

    def snapshot(self) -> Snapshot:
        return Snapshot(self.uow)


@pytest.fixture
def clock() -> StoreClock:
    """Noon on the opening day, store time."""
    return StoreClock(datetime.combine(OPENING_DAY, time(12, 0), tzinfo=STORE_TZ))


@pytest.fixture
def actor() -> Actor:
    return Actor("T1", CASHIER)


@pytest.fixture
def programme_data() -> dict[str, Any]:
    """The worked-example programme as plain data (a fresh copy per test)."""
    return copy.deepcopy(WORKED_EXAMPLE)


@pytest.fixture
def uow(programme_data: dict[str, Any]) -> FakeUnitOfWork:
    """An in-memory unit of work with `programme_data` saved as version 1."""
    fake = FakeUnitOfWork()
    save_programme(programme_data, uow=fake)
    add_team(fake)
    return fake


def add_team(fake: FakeUnitOfWork) -> None:
    """The store's staff: the cashier at the counter and two managers (PIN 123456 each)."""
    with fake:
        for staff_id, role in ((CASHIER, Role.CASHIER), (MANAGER, Role.MANAGER)):
            fake.staff.add(Staff(staff_id, staff_id, role, "plain:123456"))
        fake.staff.add(Staff(SECOND_MANAGER, SECOND_MANAGER, Role.MANAGER, "plain:123456"))
        fake.commit()


@pytest.fixture
def counter(
    uow: FakeUnitOfWork, clock: StoreClock, actor: Actor, programme_data: dict[str, Any]
) -> Counter:
    return Counter(uow, clock, actor, programme_data)


@pytest.fixture
def member(counter: Counter) -> Registered:
    """Ivan, registered on the opening day with consent (welcome bonus per the programme)."""
    return counter.register()


@pytest.fixture
def card(member: Registered) -> str:
    return member.card.number
