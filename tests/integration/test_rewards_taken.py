"""The rewards a member took and may give back, on a real SQLite file: the last 30 days, newest
first, without those given back, each with its points' value for the refund limit.

Bonus programme (100 welcome points, 5 % earned, 1 point = 1.00) and a catalogue: a mug for
149 points and a coffee for 20. Anna joins on 01.03.2026 (+100) and buys for 5 000.00 (+250):
350 points. She takes a coffee on 01.03 (330), the mug on 02.03 (181) and a coffee on 15.03
(161). On 31.03 the last 30 days run from 02.03 to 31.03: the mug and the second coffee.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from db import Database, open_database
from pos_loyalty.domain.approvals import Limits
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import NotAllowed, NotFound
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.merge import merge_members
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.reward_redemption import (
    RewardGiven,
    redeem_reward,
    refund_reward,
    rewards_for,
)
from pos_loyalty.services.rewards_taken import give_back_check
from pos_loyalty.services.templates import template
from tests.cli_staff import add_staff_by_id

TZ = timezone(timedelta(hours=3))
CASHIER = Actor("T-1", "cashier")
REWARDS = [
    {"id": "mug", "name": "Кружка", "points": 149},
    {"id": "coffee", "name": "Кофе", "points": 20},
]


class Anna:
    """Anna's card on the shop's file, and the day the clock shows (at noon)."""

    def __init__(self, db: Database) -> None:
        self.db, self.today = db, date(2026, 3, 1)
        done = register_member(
            Registration("Анна Смирнова", "+7 912 100 00 01", True),
            uow=db.uow(),
            clock=self.clock,
            actor=CASHIER,
        )
        self.card = done.card.number
        cmd = Checkout(self.card, (CheckLine(500_000, ""),))
        commit_checkout(cmd, uow=db.uow(), clock=self.clock, actor=CASHIER)

    def clock(self) -> datetime:
        return datetime.combine(self.today, time(12, 0), tzinfo=TZ)

    def on(self, day: date) -> Anna:
        self.today = day
        return self

    def taken(self) -> list[tuple[str, str, int, int]]:
        found = rewards_for(self.card, uow=self.db.uow(), clock=self.clock).taken
        return [(t.entry.id, t.name, t.points, t.value) for t in found]

    def take(self, day: int, reward_id: str) -> RewardGiven:
        self.today = date(2026, 3, day)
        return redeem_reward(
            self.card, reward_id, uow=self.db.uow(), clock=self.clock, actor=CASHIER
        )


@pytest.fixture
def anna(tmp_path: Path) -> Iterator[Anna]:
    db = open_database(tmp_path / "shop.sqlite3")
    save_programme({**template("bonus"), "rewards": REWARDS}, uow=db.uow())
    add_staff_by_id(db)
    yield Anna(db)
    db.close()


def test_the_rewards_of_the_last_30_days_newest_first_each_with_its_value(anna: Anna) -> None:
    assert anna.take(1, "coffee").balance_after == 330
    mug = anna.take(2, "mug")
    coffee = anna.take(15, "coffee")
    assert coffee.balance_after == 161
    assert anna.on(date(2026, 3, 31)).taken() == [
        (coffee.entry.id, "Кофе", 20, 2_000),
        (mug.entry.id, "Кружка", 149, 14_900),
    ]
    # the next day the window runs from 03.03: the mug of 02.03 is out of it
    assert anna.on(date(2026, 4, 1)).taken() == [(coffee.entry.id, "Кофе", 20, 2_000)]


def test_a_reward_given_back_is_no_longer_listed_and_cannot_be_given_back_again(
    anna: Anna,
) -> None:
    mug = anna.take(2, "mug")
    anna.on(date(2026, 3, 31))
    check = give_back_check(mug.entry.id, uow=anna.db.uow())
    assert (check.taken.name, check.taken.points, check.taken.value) == ("Кружка", 149, 14_900)
    assert check.limits == Limits()  # 1 500.00: a cashier gives 149.00 back alone
    back = refund_reward(mug.entry.id, uow=anna.db.uow(), clock=anna.clock, actor=CASHIER)
    assert back.balance_after == 350
    assert anna.taken() == []
    with pytest.raises(NotAllowed) as twice:
        give_back_check(mug.entry.id, uow=anna.db.uow())
    assert twice.value.code == "reward_already_refunded"
    with pytest.raises(NotFound) as refund_entry:  # the reversal itself is no reward
        give_back_check(back.returned.id, uow=anna.db.uow())
    assert refund_entry.value.code == "reward_entry_unknown"


def test_a_reward_taken_on_a_record_since_merged_in_is_listed_and_given_back_to_the_kept(
    anna: Anna,
) -> None:
    """Anna's second card (a second registration) took a coffee; after the merge her counter
    lists it among her own rewards, and giving it back returns its points to her."""
    anna.today = date(2026, 3, 1)
    second = register_member(
        Registration("Анна С.", "+7 912 100 00 02", True),
        uow=anna.db.uow(),
        clock=anna.clock,
        actor=CASHIER,
    ).card.number
    cmd = Checkout(second, (CheckLine(100_000, ""),))
    commit_checkout(cmd, uow=anna.db.uow(), clock=anna.clock, actor=CASHIER)
    mug = anna.take(2, "mug")
    anna.today = date(2026, 3, 3)
    coffee = redeem_reward(second, "coffee", uow=anna.db.uow(), clock=anna.clock, actor=CASHIER)
    anna.today = date(2026, 3, 4)
    merged = merge_members(anna.card, second, uow=anna.db.uow(), clock=anna.clock, actor=CASHIER)
    before = merged.wallet.balance
    assert anna.taken() == [
        (coffee.entry.id, "Кофе", 20, 2_000),
        (mug.entry.id, "Кружка", 149, 14_900),
    ]
    back = refund_reward(coffee.entry.id, uow=anna.db.uow(), clock=anna.clock, actor=CASHIER)
    assert back.balance_after == before + 20
    assert anna.taken() == [(mug.entry.id, "Кружка", 149, 14_900)]
