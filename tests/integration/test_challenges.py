"""Challenges on a real SQLite file: the bonus credited once, taken back by a refund in full,
and the member's progress read from the stored sales.

The bonus programme (100 welcome points, 5 % earned) with "Three visits": 3 purchases of at
least 300.00 in periods of 7 days from Monday 06.04.2026 to 30.04.2026 (06-12, 13-19, ...),
200 points. Anna joins on 06.04 (100) and buys for 400.00 (+20 each) on 06.04, 09.04 and on
12.04, the period's last day: 100 + 20 + 20 + 20 + 200 = 360.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from db import Database, open_database
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.services.challenges import member_challenges
from pos_loyalty.services.checkout import Checkout, Committed, commit_checkout
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.refunds import refund_sale
from pos_loyalty.services.templates import template
from tests.cli_staff import add_staff_by_id

TZ = timezone(timedelta(hours=3))
CASHIER = Actor("T-1", "cashier")
VISITS = {
    "code": "three-visits",
    "name": "Три покупки",
    "kind": "purchases",
    "starts_on": "2026-04-06",
    "ends_on": "2026-04-30",
    "purchases": 3,
    "min_check": "300.00",
    "period_days": 7,
    "bonus_points": 200,
}


class Shop:
    """One terminal's database and its clock."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.now = datetime(2026, 4, 6, 10, 0, tzinfo=TZ)

    def clock(self) -> datetime:
        return self.now

    def on(self, day: int) -> None:
        self.now = datetime(2026, 4, day, 12, 0, tzinfo=TZ)

    def buy(self, card: str, total: int) -> Committed:
        cmd = Checkout(card, (CheckLine(total, ""),))
        return commit_checkout(cmd, uow=self.db.uow(), clock=self.clock, actor=CASHIER)

    def bonus_entries(self) -> list[tuple[int, str]]:
        query = text(
            "SELECT points, reason FROM ledger_entries WHERE reason LIKE 'challenge%' ORDER BY pos"
        )
        with self.db.engine.connect() as connection:
            return [(int(p), str(r)) for p, r in connection.execute(query)]


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    db = open_database(tmp_path / "shop.sqlite3")
    save_programme({**template("bonus"), "challenges": [VISITS]}, uow=db.uow())
    add_staff_by_id(db)
    yield Shop(db)
    db.close()


@pytest.fixture
def anna(shop: Shop) -> tuple[str, str]:
    done = register_member(
        Registration("Анна Смирнова", "+7 912 100 00 01", True),
        uow=shop.db.uow(),
        clock=shop.clock,
        actor=CASHIER,
    )
    return done.card.number, done.member.id


def test_the_completing_sale_credits_once_and_its_refund_takes_it_back(
    shop: Shop, anna: tuple[str, str]
) -> None:
    card, member_id = anna
    for day in (6, 9):
        shop.on(day)
        shop.buy(card, 40000)
    shop.on(12)
    completing = shop.buy(card, 40000)
    assert (completing.balance_before, completing.balance_after) == (140, 360)
    assert completing.sale.bonus_points == 200
    fourth = shop.buy(card, 40000)
    assert (fourth.sale.bonus_points, fourth.balance_after) == (0, 380)
    assert shop.bonus_entries() == [(200, "challenge: three-visits 2026-04-06")]

    refunded = refund_sale(
        completing.sale.id,
        40000,
        "goods returned",
        uow=shop.db.uow(),
        clock=shop.clock,
        actor=CASHIER,
    )
    assert (refunded.refund.points_reversed, refunded.balance_after) == (220, 160)
    (visits,) = member_challenges(member_id, uow=shop.db.uow(), clock=shop.clock)
    # 06.04, 09.04 and the fourth of 12.04 still count: complete, but its bonus was taken back
    assert (visits.first_day, visits.done, visits.credited) == (date(2026, 4, 6), 3, False)
    fifth = shop.buy(card, 40000)  # counts itself: the period's bonus is credited again
    assert (fifth.sale.bonus_points, fifth.balance_after) == (200, 380)


def test_the_day_after_the_period_the_progress_starts_again(
    shop: Shop, anna: tuple[str, str]
) -> None:
    card, member_id = anna
    for day in (6, 9):
        shop.on(day)
        shop.buy(card, 40000)
    shop.on(13)
    third = shop.buy(card, 40000)
    assert (third.sale.bonus_points, third.balance_after) == (0, 160)
    (visits,) = member_challenges(member_id, uow=shop.db.uow(), clock=shop.clock)
    assert (visits.first_day, visits.last_day, visits.done, visits.days_left) == (
        date(2026, 4, 13),
        date(2026, 4, 19),
        1,
        7,
    )
    assert shop.bonus_entries() == []
