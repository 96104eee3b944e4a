"""What the report queries return: plain rows of sums and counts (no ratios, no rounding).

Money is kopecks (int), points whole points (int), days the store's calendar days. The report
modules turn these into figures; the database adapter only adds things up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from pos_loyalty.domain.money import Minor


@dataclass(frozen=True, slots=True)
class SalesDay:
    """Checks of one terminal on one day, split by card and no card.

    Club membership fees are money taken but not checks of goods: they are counted apart
    (`memberships`, `membership_fees`) and left out of the checks and their totals.
    """

    day: date
    terminal_id: str
    card_checks: int
    plain_checks: int
    card_total: Minor
    plain_total: Minor
    discount: Minor
    redeemed_value: Minor
    paid: Minor
    memberships: int = 0
    membership_fees: Minor = 0


@dataclass(frozen=True, slots=True)
class PointsDay:
    """Points one terminal credited (`added`) and debited (`removed`) on one day, by entry kind."""

    day: date
    terminal_id: str
    kind: str
    added: int
    removed: int


@dataclass(frozen=True, slots=True)
class RefundsDay:
    """Refunds (voids included) one terminal made on one day.

    Refunds of club membership fees are counted apart (`memberships`, `membership_returned`)
    and left out of the refunds of goods and their money, as the fees are left out of checks.
    """

    day: date
    terminal_id: str
    refunds: int
    voids: int
    amount: Minor
    money_returned: Minor
    points_reversed: int
    points_returned: int
    memberships: int = 0
    membership_returned: Minor = 0


@dataclass(frozen=True, slots=True)
class DayTotals:
    """Each day's checks, points and refunds, summed over the terminals of a scope.

    The rows are those of `sales_by_day`, `points_by_day` and `refunds_by_day` with the
    terminal left out (`terminal_id` is ""), for reports that add the terminals up anyway.
    """

    sales: tuple[SalesDay, ...]
    points: tuple[PointsDay, ...]
    refunds: tuple[RefundsDay, ...]


@dataclass(frozen=True, slots=True)
class DayCount:
    """A count for one day."""

    day: date
    count: int


@dataclass(frozen=True, slots=True)
class LotSum:
    """Open points by the day they are gone (None: never), and how many of them are pending."""

    expires_on: date | None
    points: int
    pending: int


@dataclass(frozen=True, slots=True)
class Debts:
    """Members whose balance is below zero and the points they owe."""

    members: int
    points: int


@dataclass(frozen=True, slots=True)
class MemberLine:
    """A member as staff lists show them: card, name, balance, last seen."""

    member_id: str
    card_number: str | None
    name: str
    balance: int
    last_purchase_on: date | None
    registered_on: date | None


@dataclass(frozen=True, slots=True)
class MemberTotals:
    """One member's purchases in a period."""

    member_id: str
    checks: int
    paid: Minor
    money_returned: Minor
    earned: int
    redeemed: int


@dataclass(frozen=True, slots=True)
class SpendWindow:
    """Qualifying spend from `first` to `last` ranked against the tier thresholds given."""

    first: date
    last: date
    thresholds: tuple[Minor, ...]


@dataclass(frozen=True, slots=True)
class TierMove:
    """How many members were in tier `start_rank` at one date and `end_rank` at another."""

    start_rank: int
    end_rank: int
    members: int


@dataclass(frozen=True, slots=True)
class TierSales:
    """Checks made with one tier (the tier recorded on the sale)."""

    tier: str
    checks: int
    total: Minor
    discount: Minor
    earned: int


@dataclass(frozen=True, slots=True)
class Buyers:
    """Members who bought in a period, those who bought twice or more, and their checks."""

    members: int
    repeat_members: int
    checks: int


@dataclass(frozen=True, slots=True)
class CohortCount:
    """Members who joined in month `cohort` and were counted in month `month`."""

    cohort: date
    month: date
    members: int


@dataclass(frozen=True, slots=True)
class Churn:
    """Members who joined before a window, and those of them who bought within it."""

    base: int
    active: int


@dataclass(frozen=True, slots=True)
class MemberCard:
    """The member a card belongs to, for a statement."""

    member_id: str
    card_number: str
    name: str
    erased: bool


@dataclass(frozen=True, slots=True)
class StatementEntry:
    """One entry of a member's points history."""

    business_date: date
    created_at: datetime
    kind: str
    points: int
    reason: str
    expires_on: date | None


@dataclass(frozen=True, slots=True)
class StatementSale:
    """One of a member's checks."""

    business_date: date
    receipt_no: str
    total: Minor
    discount: Minor
    redeemed_points: int
    paid: Minor
    earned: int
    refunded: Minor


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """One ledger entry as the export lists it."""

    business_date: date
    created_at: datetime
    terminal_id: str
    seq: int
    card_number: str | None
    kind: str
    points: int
    sale_id: str | None
    reason: str
