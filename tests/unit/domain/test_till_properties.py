"""Properties of a till's check, for random checks: the lines' figures add up to the check's
totals, an excluded line gets nothing, and refunds of random parts never undo more than a line
(or the sale) did, while all of them together undo exactly that.

The checks go through the real checkout maths (`quote`); categories: ordinary, dairy, tobacco
(neither discount nor points), gift cards (no points), alcohol (no discount).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from pos_loyalty.domain.checkout import MAX, CheckLine, Quote, RedeemRequest, Terms, quote
from pos_loyalty.domain.line_returns import NOTHING, ReturnedLine, return_part
from pos_loyalty.domain.line_split import LineShare, split_lines
from pos_loyalty.domain.programme import Programme, Tier
from pos_loyalty.domain.promotions import Effect, Promotion
from pos_loyalty.domain.refunds import (
    Cumulative,
    ReturnedGoods,
    SaleFigures,
    cumulative,
    goods_refund_effect,
)

NO_DISCOUNT = frozenset({"tobacco", "alcohol"})
NO_EARN = frozenset({"tobacco", "gift"})
DAY = date(2026, 3, 2)


@dataclass(frozen=True)
class Line:
    amount: int
    category: str
    quantity: int


@dataclass(frozen=True)
class Check:
    lines: list[Line]
    discount_percent: int
    earn_percent: int
    point_value: int
    spendable: int
    redeem: RedeemRequest
    bonus: int


CHECKS = st.builds(
    Check,
    lines=st.lists(
        st.builds(
            Line,
            st.integers(min_value=1, max_value=5_000_000),
            st.sampled_from(["", "dairy", "tobacco", "gift", "alcohol"]),
            st.integers(min_value=1, max_value=7),
        ),
        min_size=1,
        max_size=8,
    ),
    discount_percent=st.integers(min_value=0, max_value=30),
    earn_percent=st.integers(min_value=0, max_value=10),
    point_value=st.sampled_from([1, 50, 100]),
    spendable=st.integers(min_value=0, max_value=100_000),
    redeem=st.one_of(st.none(), st.just(MAX), st.integers(min_value=1, max_value=100_000)),
    bonus=st.sampled_from([0, 0, 100]),
)


def _quoted(c: Check) -> tuple[Quote, tuple[LineShare, ...]]:
    programme = Programme(
        tiers=(Tier("T", 0, Fraction(c.discount_percent), Fraction(c.earn_percent)),),
        no_discount_categories=NO_DISCOUNT,
        no_earn_categories=NO_EARN,
        point_value=c.point_value,
    )
    promotions = ()
    if c.bonus:
        promotions = (Promotion("B", "Bonus", DAY, DAY, Effect.FIXED_BONUS, bonus_points=c.bonus),)
    terms = Terms(tier=programme.tiers[0], spendable=c.spendable, promotions=promotions)
    check = tuple(CheckLine(x.amount, x.category) for x in c.lines)
    q = quote(programme, terms, check, c.redeem)
    shares = split_lines(
        check,
        discount=q.discount,
        points_value=q.redeemed_value,
        excluded=programme.no_discount_categories,
        redeemed_points=q.redeemed_points,
        earned_points=q.earned_points + q.bonus_points,
        no_earn=programme.no_earn_categories,
    )
    return q, shares


@given(CHECKS)
def test_the_lines_add_up_to_the_check_and_excluded_lines_get_nothing(c: Check) -> None:
    q, shares = _quoted(c)
    assert sum(s.amount for s in shares) == q.total
    assert sum(s.discount for s in shares) == q.discount
    assert sum(s.points_value for s in shares) == q.redeemed_value
    assert sum(s.redeemed for s in shares) == q.redeemed_points
    assert sum(s.earned for s in shares) == q.earned_points + q.bonus_points
    assert sum(s.paid for s in shares) == q.payable
    earns_anywhere = any(x.category not in NO_EARN for x in c.lines)
    for line, s in zip(c.lines, shares, strict=True):
        assert min(s.discount, s.points_value, s.paid, s.earned, s.redeemed) >= 0
        if line.category in NO_DISCOUNT:
            assert (s.discount, s.points_value, s.redeemed, s.paid) == (0, 0, 0, line.amount)
        if line.category in NO_EARN and (earns_anywhere or not q.bonus_points):
            assert s.earned == 0


def _plan(draw: st.DrawFn, lines: list[Line]) -> list[tuple[int, str | None]]:
    """Parts to return, each line's in its order, the lines interleaved at random:
    (line index, quantity, or None for the rest of the line)."""
    queues: list[list[tuple[int, str | None]]] = []
    for i, line in enumerate(lines):
        steps: list[tuple[int, str | None]] = []
        left = line.quantity
        while left and draw(st.booleans()):
            n = draw(st.integers(min_value=1, max_value=left))
            steps.append((i, str(n) if draw(st.booleans()) or n < left else None))
            left -= n
        if left and draw(st.booleans()):
            steps.append((i, None))  # the rest at once
        queues.append(steps)
    plan = []
    while any(queues):
        open_lines = [q for q in queues if q]
        plan.append(draw(st.sampled_from(open_lines)).pop(0))
    return plan


@st.composite
def checks_and_returns(draw: st.DrawFn) -> tuple[Check, list[tuple[int, str | None]]]:
    c = draw(CHECKS)
    return c, _plan(draw, c.lines)


@given(checks_and_returns())
def test_parts_returned_never_undo_more_than_a_line_or_the_sale_did(
    case: tuple[Check, list[tuple[int, str | None]]],
) -> None:
    c, plan = case
    q, shares = _quoted(c)
    sale = SaleFigures(q.total, q.payable, q.earned_points + q.bonus_points, q.redeemed_points)
    done = Cumulative(refunded=0, points_reversed=0, points_returned=0, money_returned=0)
    returned: dict[int, ReturnedLine] = {}
    pending, paid = NOTHING, 0
    for i, asked in plan:
        part, returned[i] = return_part(
            shares[i], str(c.lines[i].quantity), returned.get(i), asked, index=i
        )
        kept = returned[i].figures
        line = shares[i]
        assert min(part.discount, part.points_value, part.paid, part.earned, part.redeemed) >= 0
        assert kept.amount <= line.amount and kept.discount <= line.discount
        assert kept.points_value <= line.points_value and kept.paid <= line.paid
        assert kept.earned <= line.earned and kept.redeemed <= line.redeemed
        assert returned[i].quantity <= c.lines[i].quantity
        if returned[i].whole:
            assert kept == line and returned[i].quantity == Decimal(c.lines[i].quantity)
        # a part worth no kopeck is no refund on its own: it goes with the next one
        pending = LineShare(
            amount=pending.amount + part.amount,
            discount=0,
            points_value=0,
            earned=pending.earned + part.earned,
            redeemed=pending.redeemed + part.redeemed,
        )
        paid += part.paid
        if pending.amount == 0:
            continue
        goods = ReturnedGoods(pending.amount, paid, pending.earned, pending.redeemed)
        effect = goods_refund_effect(sale, done, goods)
        # the refund recorded is the parts' own figures: one figure with the till's
        assert (effect.money_returned, effect.points_reversed, effect.points_returned) == (
            paid,
            pending.earned,
            pending.redeemed,
        )
        done, pending, paid = effect.after, NOTHING, 0
    if len(returned) == len(c.lines) and all(x.whole for x in returned.values()):
        assert done == cumulative(sale, q.total)
