"""Properties of the checkout maths over random checks, programmes and balances."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_loyalty.domain.checkout import MAX, CheckLine, Terms, quote
from pos_loyalty.domain.programme import Programme, Tier

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CATEGORIES = ["", "tobacco", "gift_card", "alcohol"]
percent = st.fractions(0, 30, max_denominator=4)


@st.composite
def case(draw: st.DrawFn) -> tuple[Programme, Terms, tuple[CheckLine, ...], object]:
    tier = Tier("T", 0, draw(percent), draw(percent))
    programme = Programme(
        tiers=(tier,),
        no_discount_categories=frozenset(draw(st.sets(st.sampled_from(CATEGORIES[1:])))),
        no_earn_categories=frozenset(draw(st.sets(st.sampled_from(CATEGORIES[1:])))),
        max_discount_percent=draw(st.fractions(0, 100, max_denominator=2)),
        max_redeem_percent=draw(st.fractions(0, 100, max_denominator=2)),
        min_check_for_redeem=draw(st.integers(0, 100_000)),
        point_value=draw(st.sampled_from([1, 50, 100, 200, 1000])),
    )
    lines = tuple(
        CheckLine(amount, category)
        for amount, category in draw(
            st.lists(
                st.tuples(st.integers(1, 5_000_000), st.sampled_from(CATEGORIES)),
                min_size=1,
                max_size=5,
            )
        )
    )
    terms = Terms(
        tier, spendable=draw(st.integers(-50, 100_000)), override_redeem_cap=draw(st.booleans())
    )
    redeem = draw(st.one_of(st.none(), st.just(MAX), st.integers(0, 200_000)))
    return programme, terms, lines, redeem


@SETTINGS
@given(case())
def test_every_quote_keeps_the_rules_of_domain_md(
    c: tuple[Programme, Terms, tuple[CheckLine, ...], object],
) -> None:
    p, terms, lines, redeem = c
    q = quote(p, terms, lines, redeem)  # type: ignore[arg-type]
    d = sum(x.amount for x in lines if x.category not in p.no_discount_categories)
    e = sum(x.amount for x in lines if x.category not in p.no_earn_categories)
    b = sum(
        x.amount for x in lines if x.category not in p.no_discount_categories | p.no_earn_categories
    )
    assert (q.total, q.discountable, q.earnable, q.both) == (sum(x.amount for x in lines), d, e, b)
    # the discount: half up of D x min(tier %, cap)
    pct = min(terms.tier.discount_percent, p.max_discount_percent) if d else Fraction(0)
    assert q.discount == (2 * d * pct.numerator + 100 * pct.denominator) // (200 * pct.denominator)
    # points: never more than spendable, their value never more than the cap on D - discount
    share = Fraction(100) if terms.override_redeem_cap else p.max_redeem_percent
    assert 0 <= q.redeemed_points <= max(terms.spendable, 0)
    assert q.redeemed_value == q.redeemed_points * p.point_value
    assert q.redeemed_value <= (d - q.discount) * share / 100
    if q.total < p.min_check_for_redeem or redeem in (None, 0):
        assert q.redeemed_points == 0
    if isinstance(redeem, int):
        assert q.redeemed_points <= redeem
    # payable in money
    assert q.payable == q.total - q.discount - q.redeemed_value >= 0
    # earning: floor of the exact base x earn %, base = E - (discount + value) x B / D
    base = Fraction(e) if d == 0 else e - Fraction((q.discount + q.redeemed_value) * b, d)
    assert q.earn_base == base
    assert e - b <= base <= e
    assert q.earned_points == (base * terms.tier.earn_percent / 10000).__floor__()


@SETTINGS
@given(case())
def test_asking_for_max_redeems_the_whole_cap(
    c: tuple[Programme, Terms, tuple[CheckLine, ...], object],
) -> None:
    p, terms, lines, _ = c
    q = quote(p, terms, lines, MAX)
    assert q.redeemed_points == q.redeem_cap
    # one point more would break the percent cap or the balance (or the minimum check)
    share = Fraction(100) if terms.override_redeem_cap else p.max_redeem_percent
    one_more = q.redeemed_points + 1
    assert (
        q.total < p.min_check_for_redeem
        or one_more > terms.spendable
        or one_more * p.point_value > (q.discountable - q.discount) * share / 100
    )
