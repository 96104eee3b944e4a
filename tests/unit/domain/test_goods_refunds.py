"""Refunds of goods by their own figures (a till's lines), and the counter's refund after them.

The sale: 700.00 of goods and 300.00 of tobacco (no discount, no points), 100 points
redeemed on the goods, paid 900.00, earned 30 points (the worked example's programme).
"""

from __future__ import annotations

import pytest

from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.refunds import (
    Cumulative,
    RefundEffect,
    ReturnedGoods,
    SaleFigures,
    cumulative,
    goods_refund_effect,
    refund_effect,
    refund_effect_after,
)

SALE = SaleFigures(total=100000, paid=90000, earned=30, redeemed=100)
TOBACCO = ReturnedGoods(amount=30000, paid=30000, earned=0, redeemed=0)
GOODS = ReturnedGoods(amount=70000, paid=60000, earned=30, redeemed=100)
NOTHING = Cumulative(refunded=0, points_reversed=0, points_returned=0, money_returned=0)


def effect(e: RefundEffect) -> tuple[int, int, int]:
    return (e.money_returned, e.points_reversed, e.points_returned)


def test_tobacco_alone_gives_back_its_full_price_and_no_points() -> None:
    back = goods_refund_effect(SALE, NOTHING, TOBACCO)
    assert effect(back) == (30000, 0, 0)
    # the share of the whole sale would have been 270.00, 9 points taken, 30 given back
    assert effect(refund_effect(SALE, 0, 30000)) == (27000, 9, 30)


def test_the_lines_one_by_one_add_up_exactly_to_the_sale() -> None:
    first = goods_refund_effect(SALE, NOTHING, TOBACCO)
    second = goods_refund_effect(SALE, first.after, GOODS)
    assert effect(second) == (60000, 30, 100)
    assert second.after == cumulative(SALE, 100000)


def test_the_counter_after_a_line_refund_undoes_exactly_the_rest() -> None:
    first = goods_refund_effect(SALE, NOTHING, TOBACCO)
    rest = refund_effect_after(SALE, first.after, 70000)
    assert effect(rest) == (60000, 30, 100)


def test_a_figure_the_share_has_not_caught_up_with_waits_at_zero() -> None:
    first = goods_refund_effect(SALE, NOTHING, TOBACCO)
    # 100.00 more: the share 40 % gives money 360.00 (300.00 already back: +60.00),
    # floor(12) = 12 points taken, floor(40) = 40 given back
    more = refund_effect_after(SALE, first.after, 10000)
    assert effect(more) == (6000, 12, 40)
    # 50.00 more after a refund that returned more money than its share: nothing waits below 0
    early = goods_refund_effect(SALE, NOTHING, ReturnedGoods(10000, 10000, 0, 0))
    small = refund_effect_after(SALE, early.after, 5000)
    # share 15 %: money 135.00 > 100.00 (+35.00), floor(4.5) = 4, floor(15) = 15
    assert effect(small) == (3500, 4, 15)
    tiny = refund_effect_after(SALE, early.after, 100)
    # share 10.1 %: money 90.90 < 100.00 already back: 0 now, the points their share
    assert effect(tiny) == (0, 3, 10)


def test_line_figures_after_a_counter_refund_never_undo_more_than_the_sale() -> None:
    counter = refund_effect(SALE, 0, 50000)  # half: 450.00, 15 and 50 points
    line = goods_refund_effect(SALE, counter.after, ReturnedGoods(20000, 20000, 29, 90))
    # at most what is left of each figure: 20 000 money, 15 points taken, 50 given back
    assert effect(line) == (20000, 15, 50)
    last = refund_effect_after(SALE, line.after, 30000)
    assert effect(last) == (90000 - 45000 - 20000, 0, 0)
    assert last.after == cumulative(SALE, 100000)


def test_goods_worth_more_than_is_left_or_nothing_are_refused() -> None:
    done = goods_refund_effect(SALE, NOTHING, GOODS).after
    with pytest.raises(NotAllowed) as e:
        goods_refund_effect(SALE, done, ReturnedGoods(30001, 0, 0, 0))
    assert e.value.code == "refund_too_large"
    with pytest.raises(InvalidInput):
        goods_refund_effect(SALE, NOTHING, ReturnedGoods(0, 0, 0, 0))
