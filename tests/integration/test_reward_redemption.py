"""Rewards for points on a real SQLite file: the price, the window, the lots, the refund, the stock.

Bonus programme (100 welcome points, 5 % earned, points expire after 365 days) and a catalogue:
a mug for 149 points (2 in stock), a coffee for 120 points offered 01.04 to 10.04.2026, a
tote bag for 50 points (1 in stock). Anna joins on 01.04 (+100, a lot expiring 01.04.2027)
and buys for 999.99 on 05.04 (floor(49.9995) = 49, a lot expiring 05.04.2027): 149 points.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from db import Database, open_database
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.ledger import EntryKind, Lot
from pos_loyalty.domain.slip import SlipKind
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.reward_redemption import (
    catalogue,
    redeem_reward,
    refund_reward,
    rewards_for,
)
from pos_loyalty.services.slips import reprint
from pos_loyalty.services.templates import template
from tests.cli_staff import add_staff_by_id

TZ = timezone(timedelta(hours=3))
CASHIER = Actor("T-1", "cashier")
REWARDS = [
    {"id": "mug", "name": "Кружка", "points": 149, "stock": 2},
    {
        "id": "coffee",
        "name": "Кофе",
        "points": 120,
        "starts_on": "2026-04-01",
        "ends_on": "2026-04-10",
    },
    {"id": "tote", "name": "Сумка", "points": 50, "stock": 1},
]


@dataclass
class Shop:
    """One terminal's database, its clock and the cashier at it."""

    db: Database
    now: datetime
    actor: Actor = CASHIER

    def clock(self) -> datetime:
        return self.now

    def on(self, day: int) -> None:
        """Move the clock to `day` April 2026, noon."""
        self.now = datetime(2026, 4, day, 12, 0, tzinfo=TZ)

    def join(self, name: str, phone: str) -> tuple[str, str]:
        done = register_member(
            Registration(name, phone, True), uow=self.db.uow(), clock=self.clock, actor=self.actor
        )
        return done.card.number, done.member.id

    def buy(self, card: str, total: int) -> None:
        cmd = Checkout(card, (CheckLine(total, ""),))
        commit_checkout(cmd, uow=self.db.uow(), clock=self.clock, actor=self.actor)

    def give(self, card: str, reward_id: str):  # type: ignore[no-untyped-def]
        return redeem_reward(card, reward_id, uow=self.db.uow(), clock=self.clock, actor=self.actor)

    def lots(self, member_id: str) -> tuple[Lot, ...]:
        uow = self.db.uow()
        with uow.read_only():
            return uow.wallets.get(member_id).lots


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    db = open_database(tmp_path / "shop.sqlite3")
    save_programme({**template("bonus"), "rewards": REWARDS}, uow=db.uow())
    add_staff_by_id(db)
    yield Shop(db, datetime(2026, 4, 1, 10, 0, tzinfo=TZ))
    db.close()


@pytest.fixture
def anna(shop: Shop) -> tuple[str, str]:
    card, member_id = shop.join("Анна Смирнова", "+7 912 100 00 01")
    shop.on(5)
    shop.buy(card, 99999)
    return card, member_id


def test_a_balance_exactly_the_price_takes_the_reward_and_leaves_zero(
    shop: Shop, anna: tuple[str, str]
) -> None:
    card, member_id = anna
    offered = rewards_for(card, uow=shop.db.uow(), clock=shop.clock)
    assert offered.spendable == 149
    assert [o.reward.id for o in offered.rewards] == ["mug", "coffee", "tote"]
    done = shop.give(card, "mug")
    assert (done.balance_before, done.balance_after) == (149, 0)
    assert (done.entry.kind, done.entry.points, done.entry.refers_to) == (
        EntryKind.REWARD,
        -149,
        "mug",
    )
    assert shop.lots(member_id) == ()
    assert done.slip is not None and done.slip.kind is SlipKind.REWARD
    assert (done.slip.reward_name, done.slip.reward_points) == ("Кружка", 149)
    assert (done.slip.balance_before, done.slip.balance_after, done.slip.paid) == (149, 0, 0)
    assert reprint(done.entry.id, uow=shop.db.uow()).reward_name == "Кружка"
    after = rewards_for(card, uow=shop.db.uow(), clock=shop.clock)
    assert after.rewards == ()  # 0 points: nothing is affordable any more


def test_one_point_short_of_the_price_is_refused(shop: Shop, anna: tuple[str, str]) -> None:
    card, _ = anna
    shop.give(card, "tote")  # 149 - 50 = 99 left; the coffee costs 120
    with pytest.raises(NotAllowed) as refused:
        shop.give(card, "coffee")
    assert refused.value.code == "reward_too_few_points"
    assert refused.value.params["spendable"] == 99


def test_the_reward_spends_the_lot_that_expires_first(shop: Shop, anna: tuple[str, str]) -> None:
    card, member_id = anna
    welcome, bought = shop.lots(member_id)
    assert (welcome.remaining, welcome.expires_on) == (100, date(2027, 4, 1))
    assert (bought.remaining, bought.expires_on) == (49, date(2027, 4, 5))
    shop.give(card, "coffee")  # 120: the 100 of 01.04 first, then 20 of the 49 of 05.04
    (left,) = shop.lots(member_id)
    assert (left.id, left.remaining, left.expires_on) == (bought.id, 29, date(2027, 4, 5))


def test_a_reward_is_offered_on_the_last_day_of_its_window_and_not_the_day_after(
    shop: Shop, anna: tuple[str, str]
) -> None:
    card, _ = anna
    shop.on(10)
    assert "coffee" in [
        o.reward.id for o in rewards_for(card, uow=shop.db.uow(), clock=shop.clock).rewards
    ]
    shop.on(11)
    assert "coffee" not in [
        o.reward.id for o in rewards_for(card, uow=shop.db.uow(), clock=shop.clock).rewards
    ]
    with pytest.raises(NotAllowed) as refused:
        shop.give(card, "coffee")
    assert refused.value.code == "reward_ended"
    assert refused.value.params["last_day"] == "2026-04-10"
    shop.on(10)
    assert shop.give(card, "coffee").balance_after == 29


def test_a_refund_gives_the_points_back_as_a_new_lot_and_the_unit_back_to_the_stock(
    shop: Shop, anna: tuple[str, str]
) -> None:
    card, member_id = anna
    given = shop.give(card, "mug")
    assert {o.reward.id: o.left for o in catalogue(uow=shop.db.uow())}["mug"] == 1
    shop.on(8)
    back = refund_reward(given.entry.id, uow=shop.db.uow(), clock=shop.clock, actor=shop.actor)
    assert back.balance_after == 149
    assert (back.returned.kind, back.returned.points, back.returned.refers_to) == (
        EntryKind.REVERSAL,
        149,
        given.entry.id,
    )
    (lot,) = shop.lots(member_id)  # refunded on 08.04: spendable at once, gone on 08.04.2027
    assert (lot.remaining, lot.active_from, lot.expires_on) == (
        149,
        date(2026, 4, 8),
        date(2027, 4, 8),
    )
    assert {o.reward.id: o.left for o in catalogue(uow=shop.db.uow())}["mug"] == 2
    assert back.slip is not None and back.slip.kind is SlipKind.REFUND
    assert (back.slip.reward_name, back.slip.balance_before, back.slip.balance_after) == (
        "Кружка",
        0,
        149,
    )
    with pytest.raises(NotAllowed) as twice:
        refund_reward(given.entry.id, uow=shop.db.uow(), clock=shop.clock, actor=shop.actor)
    assert twice.value.code == "reward_already_refunded"
    uow = shop.db.uow()
    with uow.read_only():
        logged = uow.audit.newest(1, None, "reward_refunded")
    assert logged[0].details == {"entry_id": given.entry.id, "reward_id": "mug", "points": 149}


def test_the_last_unit_of_stock_goes_to_one_member_only(shop: Shop, anna: tuple[str, str]) -> None:
    card, _ = anna
    shop.give(card, "tote")
    boris, _ = shop.join("Борис Орлов", "+7 912 100 00 02")  # 100 welcome points
    # 100 points: the mug (149) and the coffee (120) cost more, the tote bag is gone
    assert rewards_for(boris, uow=shop.db.uow(), clock=shop.clock).rewards == ()
    with pytest.raises(NotAllowed) as refused:
        shop.give(boris, "tote")
    assert refused.value.code == "reward_out_of_stock"
