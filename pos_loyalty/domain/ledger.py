"""The points ledger: immutable entries, and the wallet of expiry lots they build.

Every change of points is one `LedgerEntry`. Credits (earn, bonus, positive adjustment, points
given back by a refund, transfer in) open a *lot* with its activation and expiry dates. Debits
take points out of lots: a redemption (and a reward taken for points) spends the spendable lots
that expire first; an expiry empties one lot; a reversal of an earning takes from the lot that
earning opened first; a debit larger than the lots leaves a *debt* (a negative balance) that
the next credits pay off first.

`replay(entries)` rebuilds a wallet from the entries alone, so the stored projection can always
be checked against a recomputation from scratch.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from pos_loyalty.domain.errors import NotAllowed


class EntryKind(enum.StrEnum):
    """Why points changed."""

    EARN = "earn"
    REDEEM = "redeem"
    EXPIRE = "expire"
    ADJUST = "adjust"
    BONUS = "bonus"
    REVERSAL = "reversal"
    TRANSFER = "transfer"
    REWARD = "reward"
    """Points spent on a reward of the catalogue; `refers_to` is the reward's id."""


class BonusReason(enum.StrEnum):
    """What a bonus entry was given for."""

    WELCOME = "welcome"
    BIRTHDAY = "birthday"
    REFERRAL = "referral"
    REVIEW = "review"
    PROMOTION = "promotion"
    MANUAL = "manual"
    OPENING = "opening"


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One immutable change of a member's points."""

    id: str
    terminal_id: str
    seq: int
    member_id: str
    kind: EntryKind
    points: int
    business_date: date
    created_at: datetime
    staff_id: str = ""
    programme_version: int = 0
    card_number: str | None = None
    sale_id: str | None = None
    refers_to: str | None = None
    active_from: date | None = None
    expires_on: date | None = None
    reason: str = ""

    @property
    def is_credit(self) -> bool:
        """True if this entry opens a lot."""
        return self.points > 0 and self.kind != EntryKind.EXPIRE


def activation_date(day: date, activation_days: int) -> date:
    """The first day points credited on `day` may be spent (`activation_days` 0: at once)."""
    return day + timedelta(days=activation_days)


def expiry_date(day: date, expire_after_days: int) -> date | None:
    """The day points credited on `day` are gone (None when `expire_after_days` is 0: never).

    They are spendable through the day before: DOMAIN.md's `d + n - 1`.
    """
    return day + timedelta(days=expire_after_days) if expire_after_days > 0 else None


@dataclass(frozen=True, slots=True)
class Lot:
    """Points from one credit that are still there, with when they can be spent and until when."""

    id: str
    remaining: int
    active_from: date
    expires_on: date | None

    def spendable_on(self, day: date) -> bool:
        """True if these points may be redeemed on `day`."""
        return self.active_from <= day and not self.expired_on(day)

    def expired_on(self, day: date) -> bool:
        """True if these points are gone on `day`."""
        return self.expires_on is not None and self.expires_on <= day


def _expiry_order(lot: Lot) -> tuple[date, date, str]:
    return (lot.expires_on or date.max, lot.active_from, lot.id)


@dataclass(frozen=True, slots=True)
class Wallet:
    """A member's open lots and debt; the balance is their sum."""

    lots: tuple[Lot, ...] = ()
    debt: int = 0

    @property
    def balance(self) -> int:
        """Points held, as the sum of every entry so far (may be negative)."""
        return sum(lot.remaining for lot in self.lots) - self.debt

    def spendable(self, day: date) -> int:
        """Points that may be redeemed on `day`."""
        return sum(lot.remaining for lot in self.lots if lot.spendable_on(day))

    def pending(self, day: date) -> int:
        """Points earned but not yet active on `day` (the return window)."""
        return sum(lot.remaining for lot in self.lots if lot.active_from > day)

    def expired(self, day: date) -> tuple[Lot, ...]:
        """Lots whose points are gone on `day` and still wait for their expire entry."""
        return tuple(lot for lot in self.lots if lot.expired_on(day) and lot.remaining > 0)

    def expiring(self, day: date, within_days: int = 30) -> tuple[tuple[date, int], ...]:
        """(last spendable day, points) for points that go within `within_days` of `day`."""
        by_day: dict[date, int] = {}
        for lot in self.lots:
            if lot.expires_on is None or lot.expired_on(day):
                continue
            if (lot.expires_on - day).days <= within_days:
                last_day = date.fromordinal(lot.expires_on.toordinal() - 1)
                by_day[last_day] = by_day.get(last_day, 0) + lot.remaining
        return tuple(sorted(by_day.items()))


@dataclass(frozen=True, slots=True)
class Movement:
    """What a debit took from which lot: (lot id, points)."""

    taken: tuple[tuple[str, int], ...] = field(default=())

    @property
    def points(self) -> int:
        """Total points taken."""
        return sum(points for _, points in self.taken)


def credit(wallet: Wallet, lot: Lot) -> Wallet:
    """Add a lot; it pays any debt first."""
    pay = min(wallet.debt, lot.remaining)
    opened = replace(lot, remaining=lot.remaining - pay)
    lots = wallet.lots + ((opened,) if opened.remaining > 0 else ())
    return Wallet(lots=lots, debt=wallet.debt - pay)


def redeem(wallet: Wallet, points: int, day: date) -> tuple[Wallet, Movement]:
    """Spend `points` from the spendable lots that expire first; refuse more than spendable."""
    available = wallet.spendable(day)
    if points > available:
        raise NotAllowed(
            f"only {available} points can be spent today, {points} were asked",
            code="points_not_spendable",
            available=available,
            asked=points,
        )
    candidates = sorted((lot for lot in wallet.lots if lot.spendable_on(day)), key=_expiry_order)
    return _take(wallet, [lot.id for lot in candidates], points, allow_debt=False)


def debit(wallet: Wallet, points: int, prefer: str | None = None) -> tuple[Wallet, Movement]:
    """Take points for a reversal or a negative adjustment; what the lots lack becomes debt."""
    order = [lot.id for lot in sorted(wallet.lots, key=_expiry_order)]
    if prefer in order:
        order.remove(prefer)
        order.insert(0, prefer)
    return _take(wallet, order, points, allow_debt=True)


def expire_lot(wallet: Wallet, lot_id: str) -> tuple[Wallet, int]:
    """Empty one lot; return the wallet and the points that expired."""
    lot = next((lot for lot in wallet.lots if lot.id == lot_id), None)
    if lot is None:
        return wallet, 0
    return Wallet(tuple(x for x in wallet.lots if x.id != lot_id), wallet.debt), lot.remaining


def _take(
    wallet: Wallet, order: list[str], points: int, *, allow_debt: bool
) -> tuple[Wallet, Movement]:
    if points < 0:
        raise ValueError("points to take must not be negative")
    remaining = {lot.id: lot.remaining for lot in wallet.lots}
    left = points
    taken: list[tuple[str, int]] = []
    for lot_id in order:
        if left == 0:
            break
        part = min(left, remaining[lot_id])
        if part:
            remaining[lot_id] -= part
            taken.append((lot_id, part))
            left -= part
    if left and not allow_debt:
        raise NotAllowed(f"{left} points are missing", code="points_missing", missing=left)
    lots = tuple(
        replace(lot, remaining=remaining[lot.id]) for lot in wallet.lots if remaining[lot.id] > 0
    )
    return Wallet(lots=lots, debt=wallet.debt + left), Movement(tuple(taken))


def apply_entry(wallet: Wallet, entry: LedgerEntry) -> Wallet:
    """The wallet after one entry: the single rule book for both live posting and replay."""
    if entry.points == 0:
        return wallet
    if entry.kind == EntryKind.EXPIRE:
        lot_id = entry.refers_to or ""
        lot = next((lot for lot in wallet.lots if lot.id == lot_id), None)
        taken = min(-entry.points, lot.remaining if lot else 0)
        after, _ = debit(wallet, taken, prefer=lot_id) if taken else (wallet, Movement())
        return after
    if entry.points > 0:
        lot = Lot(
            id=entry.id,
            remaining=entry.points,
            active_from=entry.active_from or entry.business_date,
            expires_on=entry.expires_on,
        )
        return credit(wallet, lot)
    if entry.kind in (EntryKind.REDEEM, EntryKind.REWARD):
        after, _ = redeem(wallet, -entry.points, entry.business_date)
        return after
    after, _ = debit(wallet, -entry.points, prefer=entry.refers_to)
    return after


def replay(entries: Iterable[LedgerEntry]) -> Wallet:
    """Rebuild a wallet from a member's entries in the order they were written."""
    wallet = Wallet()
    for entry in entries:
        wallet = apply_entry(wallet, entry)
    return wallet
