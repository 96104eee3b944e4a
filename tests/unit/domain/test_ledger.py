"""The ledger's lots: expiry and activation boundaries, first-to-expire spending, debt, replay."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest

from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.ledger import (
    EntryKind,
    LedgerEntry,
    Lot,
    Wallet,
    apply_entry,
    credit,
    debit,
    expire_lot,
    redeem,
    replay,
)

D = date(2026, 3, 2)
_ids = itertools.count(1)


def day(n: int) -> date:
    return D + timedelta(days=n)


def entry(kind: EntryKind, points: int, on: int = 0, **kw: object) -> LedgerEntry:
    n = next(_ids)
    return LedgerEntry(
        id=f"e{n}",
        terminal_id="T1",
        seq=n,
        member_id="m",
        kind=kind,
        points=points,
        business_date=day(on),
        created_at=datetime.combine(day(on), datetime.min.time(), tzinfo=UTC),
        **kw,  # type: ignore[arg-type]
    )


def earn(
    points: int, on: int = 0, expire_after: int | None = 365, activation: int = 0, **kw: object
) -> LedgerEntry:
    return entry(
        EntryKind.EARN,
        points,
        on,
        active_from=day(on + activation),
        expires_on=None if expire_after is None else day(on + expire_after),
        **kw,
    )


def test_points_earned_on_d_expiring_after_n_days_are_spendable_through_d_plus_n_minus_1() -> None:
    lot = Lot("a", 50, active_from=D, expires_on=day(10))  # earned on d, n = 10
    assert lot.spendable_on(day(9))
    assert not lot.expired_on(day(9))
    assert not lot.spendable_on(day(10))
    assert lot.expired_on(day(10))


def test_points_with_an_activation_delay_are_pending_until_d_plus_a_minus_1() -> None:
    wallet = replay([earn(50, activation=14)])
    assert (wallet.spendable(day(13)), wallet.pending(day(13))) == (0, 50)
    assert (wallet.spendable(day(14)), wallet.pending(day(14))) == (50, 0)
    assert wallet.balance == 50  # pending points are part of the balance


def test_points_that_never_expire_stay_spendable() -> None:
    wallet = replay([earn(50, expire_after=None)])
    assert wallet.spendable(day(10_000)) == 50
    assert wallet.expired(day(10_000)) == ()


def test_redemption_spends_the_lots_that_expire_first_not_the_oldest() -> None:
    old = earn(100, on=0, expire_after=365)  # expires d + 365
    soon = entry(EntryKind.BONUS, 200, 5, expires_on=day(35))  # a birthday bonus: expires d + 35
    wallet = replay([old, soon])
    after, moved = redeem(wallet, 250, day(10))
    # 200 from the birthday lot (expires first), then 50 from the older lot
    assert moved.taken == ((soon.id, 200), (old.id, 50))
    assert [(lot.id, lot.remaining) for lot in after.lots] == [(old.id, 50)]


def test_redemption_ignores_pending_and_expired_lots() -> None:
    pending = earn(30, on=0, activation=14)
    gone = earn(40, on=0, expire_after=5)
    ready = earn(20, on=0)
    wallet = replay([pending, gone, ready])
    assert wallet.spendable(day(6)) == 20
    with pytest.raises(NotAllowed, match="only 20 points can be spent today, 21 were asked"):
        redeem(wallet, 21, day(6))
    after, moved = redeem(wallet, 20, day(6))
    assert moved.taken == ((ready.id, 20),)
    assert after.balance == 70  # 30 pending + 40 expired but not yet written off


def test_a_debit_larger_than_the_lots_leaves_a_debt_that_the_next_credit_pays_first() -> None:
    wallet = replay([earn(30)])
    after, moved = debit(wallet, 50)
    assert (after.balance, after.debt, after.lots, moved.points) == (-20, 20, (), 30)
    paid = credit(after, Lot("b", 45, D, day(365)))
    # 45 credited: 20 pay the debt, a lot of 25 remains
    assert (paid.balance, paid.debt) == (25, 0)
    assert [lot.remaining for lot in paid.lots] == [25]


def test_a_credit_smaller_than_the_debt_only_reduces_it() -> None:
    wallet = Wallet(debt=50)
    after = credit(wallet, Lot("b", 20, D, None))
    assert (after.balance, after.debt, after.lots) == (-30, 30, ())


def test_a_reversal_takes_first_from_the_lot_it_names() -> None:
    first = earn(100, on=0, expire_after=30)
    second = earn(60, on=1, expire_after=365)
    wallet = replay([first, second])
    after, moved = debit(wallet, 40, prefer=second.id)
    assert moved.taken == ((second.id, 40),)
    assert {lot.id: lot.remaining for lot in after.lots} == {first.id: 100, second.id: 20}


def test_expiring_a_lot_empties_it_and_nothing_else() -> None:
    a, b = earn(70, expire_after=10), earn(30, expire_after=20)
    wallet, gone = expire_lot(replay([a, b]), a.id)
    assert gone == 70
    assert [(lot.id, lot.remaining) for lot in wallet.lots] == [(b.id, 30)]
    assert expire_lot(wallet, "no-such-lot") == (wallet, 0)


def test_an_expire_entry_removes_the_lot_it_refers_to() -> None:
    a, b = earn(70, expire_after=10), earn(30, expire_after=20)
    wallet = replay([a, b, entry(EntryKind.EXPIRE, -70, 10, refers_to=a.id)])
    assert wallet.balance == 30
    assert wallet.expired(day(10)) == ()


def test_expired_lots_wait_for_their_expire_entry() -> None:
    a = earn(70, expire_after=10)
    wallet = replay([a])
    assert wallet.expired(day(9)) == ()
    assert [lot.id for lot in wallet.expired(day(10))] == [a.id]


def test_the_expiring_list_shows_the_last_spendable_day_for_the_next_30_days() -> None:
    soon = earn(40, on=0, expire_after=10)  # last spendable day d + 9
    same_day = entry(EntryKind.BONUS, 5, 0, expires_on=day(10))  # same last day: added up
    later = earn(25, on=0, expire_after=30)  # last spendable day d + 29
    far = earn(99, on=0, expire_after=31)  # last spendable day d + 30: beyond the list
    wallet = replay([soon, same_day, later, far])
    assert wallet.expiring(D) == ((day(9), 45), (day(29), 25))
    # on d + 9 the first lot is still listed (its last day), on d + 10 it is gone
    assert wallet.expiring(day(9))[0] == (day(9), 45)
    assert all(last != day(9) for last, _ in wallet.expiring(day(10)))


def test_an_entry_of_zero_points_changes_nothing() -> None:
    wallet = replay([earn(50)])
    assert apply_entry(wallet, entry(EntryKind.TRANSFER, 0)) == wallet


def test_replay_gives_the_same_wallet_as_applying_entries_one_by_one() -> None:
    a = earn(100, on=0, expire_after=60)
    b = entry(EntryKind.BONUS, 100, 0, expires_on=day(30))
    r = entry(EntryKind.REDEEM, -130, 3)
    rev = entry(EntryKind.REVERSAL, -50, 4, refers_to=a.id)
    adj = entry(EntryKind.ADJUST, -30, 5)
    back = entry(EntryKind.REVERSAL, 20, 6, refers_to=r.id, expires_on=day(371))
    entries = [a, b, r, rev, adj, back]
    wallet = Wallet()
    for e in entries:
        wallet = apply_entry(wallet, e)
    assert replay(entries) == wallet
    # 100 + 100 - 130 - 50 - 30 + 20 = 10
    assert wallet.balance == sum(e.points for e in entries) == 10


def test_a_replayed_redemption_of_more_than_was_spendable_is_refused() -> None:
    with pytest.raises(NotAllowed):
        replay([earn(10), entry(EntryKind.REDEEM, -11, 1)])


def test_credits_are_positive_entries_other_than_expiry() -> None:
    assert earn(5).is_credit
    assert not entry(EntryKind.REDEEM, -5).is_credit
    assert not entry(EntryKind.TRANSFER, 0).is_credit


def test_taking_a_negative_number_of_points_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        debit(replay([earn(5)]), -1)
