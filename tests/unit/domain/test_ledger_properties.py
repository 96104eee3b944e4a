"""Properties of the ledger and the refund maths over random histories.

- replaying a member's entries from scratch always gives the wallet built entry by entry;
- the balance is always the sum of the entries;
- `refund_effect` sums exactly to the sale over any partition of its total, never overshooting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Wallet, apply_entry, replay
from pos_loyalty.domain.money import round_half_up
from pos_loyalty.domain.refunds import SaleFigures, cumulative, refund_effect

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
START = date(2026, 3, 2)


@dataclass
class History:
    """Entries written by the rules a terminal follows, and the wallet kept in step."""

    today: date = START
    entries: list[LedgerEntry] = field(default_factory=list)
    wallet: Wallet = field(default_factory=Wallet)

    def post(self, kind: EntryKind, points: int, **kw: object) -> LedgerEntry:
        n = len(self.entries) + 1
        e = LedgerEntry(
            id=f"e{n:04d}",
            terminal_id="T1",
            seq=n,
            member_id="m",
            kind=kind,
            points=points,
            business_date=self.today,
            created_at=datetime.combine(self.today, datetime.min.time(), tzinfo=UTC),
            **kw,  # type: ignore[arg-type]
        )
        self.wallet = apply_entry(self.wallet, e)
        self.entries.append(e)
        return e

    def credits(self) -> list[LedgerEntry]:
        return [e for e in self.entries if e.points > 0 and e.kind != EntryKind.EXPIRE]


credit_op = st.tuples(
    st.just("credit"),
    st.sampled_from([EntryKind.EARN, EntryKind.BONUS, EntryKind.ADJUST, EntryKind.REVERSAL]),
    st.integers(1, 500),
    st.one_of(st.none(), st.integers(1, 60)),  # expire after days (None: never)
    st.integers(0, 10),  # activation days
)
redeem_op = st.tuples(st.just("redeem"), st.fractions(0, 1))
debit_op = st.tuples(st.just("debit"), st.integers(1, 300), st.integers(0, 50))
days_op = st.tuples(st.just("days"), st.integers(1, 40))
expire_op = st.tuples(st.just("expire"))
ops = st.lists(st.one_of(credit_op, redeem_op, debit_op, days_op, expire_op), max_size=40)


def run(history: History, op: tuple) -> None:  # type: ignore[type-arg]
    kind = op[0]
    if kind == "credit":
        _, entry_kind, points, expire_after, activation = op
        history.post(
            entry_kind,
            points,
            active_from=history.today + timedelta(days=activation),
            expires_on=None
            if expire_after is None
            else history.today + timedelta(days=expire_after),
        )
    elif kind == "redeem":
        points = int(history.wallet.spendable(history.today) * op[1])
        if points:
            history.post(EntryKind.REDEEM, -points)
    elif kind == "debit":
        _, points, pick = op
        credits = history.credits()
        prefer = credits[pick % len(credits)].id if credits else None
        history.post(EntryKind.REVERSAL, -points, refers_to=prefer)
    elif kind == "days":
        history.today += timedelta(days=op[1])
    else:
        for lot in history.wallet.expired(history.today):
            history.post(EntryKind.EXPIRE, -lot.remaining, refers_to=lot.id)


@SETTINGS
@given(ops)
def test_the_wallet_always_equals_a_replay_and_its_balance_the_sum_of_entries(
    sequence: list[tuple],  # type: ignore[type-arg]
) -> None:
    history = History()
    for op in sequence:
        run(history, op)
        assert replay(history.entries) == history.wallet
        assert history.wallet.balance == sum(e.points for e in history.entries)
        assert history.wallet.debt >= 0
        assert all(lot.remaining > 0 for lot in history.wallet.lots)
        # points are either owed or held, never both
        assert not (history.wallet.debt and history.wallet.lots)
        assert 0 <= history.wallet.spendable(history.today) <= max(history.wallet.balance, 0)


@SETTINGS
@given(ops)
def test_an_expiry_run_leaves_nothing_spendable_that_has_expired(
    sequence: list[tuple],  # type: ignore[type-arg]
) -> None:
    history = History()
    for op in sequence:
        run(history, op)
    run(history, ("expire",))
    assert history.wallet.expired(history.today) == ()
    assert all(not lot.expired_on(history.today) for lot in history.wallet.lots)


@st.composite
def sale_and_partition(draw: st.DrawFn) -> tuple[SaleFigures, list[int]]:
    total = draw(st.integers(1, 10_000_000))
    paid = draw(st.integers(0, total))
    earned = draw(st.integers(0, 100_000))
    redeemed = draw(st.integers(0, 100_000))
    cuts = draw(st.lists(st.integers(1, max(total - 1, 1)), max_size=8, unique=True))
    points = [*sorted({c for c in cuts if 0 < c < total}), total]
    parts = [b - a for a, b in zip([0, *points[:-1]], points, strict=True)]
    return SaleFigures(total, paid, earned, redeemed), parts


@SETTINGS
@given(sale_and_partition())
def test_refund_effects_sum_exactly_to_the_sale_over_any_partition(
    case: tuple[SaleFigures, list[int]],
) -> None:
    sale, parts = case
    assert sum(parts) == sale.total
    done = reversed_ = returned = money = 0
    for part in parts:
        effect = refund_effect(sale, done, part)
        assert effect.points_reversed >= 0
        assert effect.points_returned >= 0
        assert effect.money_returned >= 0
        done += part
        reversed_ += effect.points_reversed
        returned += effect.points_returned
        money += effect.money_returned
        # never ahead of the sale, and the running totals are the cumulative figures
        assert (reversed_, returned, money) == (
            effect.after.points_reversed,
            effect.after.points_returned,
            effect.after.money_returned,
        )
        assert reversed_ <= sale.earned and returned <= sale.redeemed and money <= sale.paid
    assert (reversed_, returned, money) == (sale.earned, sale.redeemed, sale.paid)


@SETTINGS
@given(sale_and_partition())
def test_cumulative_figures_follow_the_share_exactly(case: tuple[SaleFigures, list[int]]) -> None:
    sale, parts = case
    refunded = parts[0]
    c = cumulative(sale, refunded)
    share = Fraction(refunded, sale.total)
    assert c.points_reversed == int(sale.earned * share // 1)
    assert c.points_returned == int(sale.redeemed * share // 1)
    # half up, by integer arithmetic: floor((2 x paid x refunded + total) / (2 x total))
    assert c.money_returned == (2 * sale.paid * refunded + sale.total) // (2 * sale.total)


@SETTINGS
@given(st.integers(-(10**9), 10**9), st.integers(1, 10**6))
def test_round_half_up_agrees_with_decimal_half_up(numerator: int, denominator: int) -> None:
    exact = Decimal(numerator) / Decimal(denominator)
    # keep the comparison exact: only use cases Decimal represents without rounding
    if Decimal(numerator) != exact * Decimal(denominator):
        return
    assert round_half_up(Fraction(numerator, denominator)) == int(
        exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    )
