"""Refunds of goods by their own figures through the use case, against the fake store.

The worked example's programme (Bronze 5 %, tobacco neither discounted nor earning, redeem up
to 50 %): Ivan holds his welcome 100 points and buys 700.00 of goods and 300.00 of tobacco,
redeeming the most he may: cap floor(700.00 x 50 %) = 350, he holds 100, so 100 points pay
100.00 of the goods; paid 900.00; earned floor(5 % of 600.00) = 30. Balance 30.
"""

from __future__ import annotations

import pytest

from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.refunds import ReturnedGoods
from pos_loyalty.domain.sales import Sale
from pos_loyalty.services.members import Registered
from pos_loyalty.services.refunds import Refunded, record_goods_refund
from tests.unit.conftest import MANAGER, Counter

TOBACCO = ReturnedGoods(amount=30000, paid=30000, earned=0, redeemed=0)


def _sale(counter: Counter, card: str) -> Sale:
    sale = counter.buy(card, 70000, (30000, "tobacco"), redeem=MAX).sale
    assert (sale.redeemed_points, sale.paid, sale.earned_points) == (100, 90000, 30)
    return sale


def _goods(counter: Counter, sale: Sale, goods: ReturnedGoods, approved_by: str = "") -> Refunded:
    with counter.uow:
        done = record_goods_refund(
            sale.id,
            goods,
            "till: lines returned",
            uow=counter.uow,
            clock=counter.clock,
            actor=counter.actor,
            approved_by=approved_by,
        )
        counter.uow.commit()
    return done


def test_tobacco_returned_alone_gives_back_its_price_and_touches_no_points(
    counter: Counter, member: Registered
) -> None:
    sale = _sale(counter, member.card.number)
    done = _goods(counter, sale, TOBACCO)
    r = done.refund
    assert (r.amount, r.money_returned) == (30000, 30000)
    assert (r.points_reversed, r.points_returned) == (0, 0)
    assert done.balance_after == 30 and done.sale.refunded == 30000
    # the counter's refund of the rest undoes exactly what is left of the sale
    rest = counter.refund(sale.id, 70000)
    f = rest.refund
    assert (f.money_returned, f.points_reversed, f.points_returned) == (60000, 30, 100)
    assert rest.balance_after == 30 - 30 + 100
    refunds = counter.uow.sales.refunds_of(sale.id)
    assert sum(x.money_returned for x in refunds) == 90000
    assert counter.ledger_sum(member.member.id) == 100


def test_goods_above_the_refund_limit_need_a_manager(counter: Counter, member: Registered) -> None:
    # 1 700.00 of goods and 300.00 of tobacco: 100 points redeemed, paid 1 900.00,
    # earned floor(5 % of 1 600.00) = 80; the goods alone are above the 1 500.00 limit
    sale = counter.buy(member.card.number, 170000, (30000, "tobacco"), redeem=MAX).sale
    assert (sale.paid, sale.earned_points, sale.redeemed_points) == (190000, 80, 100)
    goods = ReturnedGoods(amount=170000, paid=160000, earned=80, redeemed=100)
    snapshot = counter.snapshot()
    with pytest.raises(NotAllowed):
        _goods(counter, sale, goods)
    snapshot.assert_unchanged()
    done = _goods(counter, sale, goods, approved_by=MANAGER)
    assert (done.refund.money_returned, done.balance_after) == (160000, 80 - 80 + 100)
