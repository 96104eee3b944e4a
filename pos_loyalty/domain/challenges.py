"""Challenges: a goal a member reaches over several visits, for a bonus of points.

A challenge is one of two kinds, each running from `starts_on` to `ends_on` (both included):

- `purchases`: `purchases` checks of at least `min_check` each within a period of
  `period_days` days. The periods are fixed calendar periods, the same for every member: the
  first starts on `starts_on`, each next one the day after the last ends, and the last one is
  cut short on `ends_on`.
- `category_spend`: `spend` worth of goods of the line category `category` within the whole
  window (one period: `starts_on` to `ends_on`).

A sale counts by its goods as they stand now: a purchase counts if its total less what was
refunded is at least `min_check` (and above 0); spend in a category is the sum of the sale's
lines of that category less the same share that was refunded, rounded down to the kopeck.
Membership fees are not goods and never count.

The bonus is credited by the sale with which the period's progress reaches the target (a sale
that itself counts), at most once per member and period: a period whose bonus was credited by
a sale not refunded in full gets no second bonus. The bonus is part of the sale's bonus
points, so a refund takes it back as it takes back the points earned (see docs/rules.md).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING

from pos_loyalty.domain.money import Minor, floor
from pos_loyalty.domain.reasons import reason

if TYPE_CHECKING:
    from pos_loyalty.domain.checkout import CheckLine, Quote
    from pos_loyalty.domain.sales import Sale

CHALLENGE_REASON = "challenge"
"""The reason code of a challenge's bonus entry: `challenge: <code> <first day of the period>`."""


class ChallengeKind(enum.StrEnum):
    """What a challenge asks for."""

    PURCHASES = "purchases"
    CATEGORY_SPEND = "category_spend"


@dataclass(frozen=True, slots=True)
class Challenge:
    """One challenge of the programme (the fields of the other kind stay 0 or empty)."""

    code: str
    name: str
    kind: ChallengeKind
    starts_on: date
    ends_on: date
    bonus_points: int
    purchases: int = 0
    min_check: Minor = 0
    period_days: int = 0
    category: str = ""
    spend: Minor = 0

    @property
    def target(self) -> int:
        """What the progress must reach: a number of purchases, or kopecks spent."""
        return self.purchases if self.kind == ChallengeKind.PURCHASES else self.spend


def period(challenge: Challenge, day: date) -> tuple[date, date] | None:
    """The first and last day of the challenge's period that holds `day` (None: not running)."""
    if not challenge.starts_on <= day <= challenge.ends_on:
        return None
    if challenge.kind == ChallengeKind.CATEGORY_SPEND:
        return challenge.starts_on, challenge.ends_on
    days = max(challenge.period_days, 1)  # a version's checks ask for 1 or more
    first = challenge.starts_on + timedelta(days=(day - challenge.starts_on).days // days * days)
    return first, min(first + timedelta(days=days - 1), challenge.ends_on)


def counted(challenge: Challenge, lines: tuple[CheckLine, ...], refunded: Minor = 0) -> int:
    """What a check adds to the progress: 1 purchase or 0, or kopecks spent in the category."""
    total = sum(line.amount for line in lines)
    kept = total - refunded
    if kept <= 0:
        return 0
    if challenge.kind == ChallengeKind.PURCHASES:
        return 1 if kept >= challenge.min_check else 0
    in_category = sum(line.amount for line in lines if line.category == challenge.category)
    return floor(Fraction(in_category * kept, total))


@dataclass(frozen=True, slots=True)
class Progress:
    """A member's progress in one challenge's period on `today`."""

    challenge: Challenge
    first_day: date
    last_day: date
    today: date
    done: int
    credited: bool = False
    """The period's bonus was credited (by a sale not refunded in full)."""

    @property
    def target(self) -> int:
        """What `done` must reach."""
        return self.challenge.target

    @property
    def days_left(self) -> int:
        """The days on which a purchase still counts, today included."""
        return (self.last_day - self.today).days + 1


def progress(
    challenge: Challenge, sales: Iterable[Sale], today: date, credited: bool = False
) -> Progress | None:
    """The member's progress on `today` from their sales (None: the challenge is not running).

    `sales` are the member's sales (any days: only the period's, up to today, count);
    `credited` says whether the period's bonus was already credited.
    """
    span = period(challenge, today)
    if span is None:
        return None
    first, last = span
    done = sum(
        counted(challenge, sale.lines, sale.refunded)
        for sale in sales
        if sale.counts_as_spend and first <= sale.business_date <= today
    )
    return Progress(challenge, first, last, today, done, credited)


def completes(p: Progress, lines: tuple[CheckLine, ...]) -> bool:
    """Whether a check of `lines` completes the challenge now and earns its bonus."""
    adds = counted(p.challenge, lines)
    return not p.credited and adds > 0 and p.done + adds >= p.target


def after_sale(p: Progress, lines: tuple[CheckLine, ...]) -> Progress:
    """The progress once a check of `lines` is recorded."""
    return replace(
        p, done=p.done + counted(p.challenge, lines), credited=p.credited or completes(p, lines)
    )


@dataclass(frozen=True, slots=True)
class ChallengeBonus:
    """A challenge a sale completes: the bonus it credits, for which period."""

    code: str
    name: str
    first_day: date
    points: int

    @property
    def entry_reason(self) -> str:
        """The reason of its ledger entry: `challenge: <code> <first day>`."""
        return bonus_reason(self.code, self.first_day)


def bonus_reason(code: str, first_day: date) -> str:
    """The ledger reason of the bonus of challenge `code` for the period from `first_day`."""
    return f"{CHALLENGE_REASON}: {code} {first_day.isoformat()}"


def bonuses(
    progresses: Iterable[Progress], lines: tuple[CheckLine, ...]
) -> tuple[ChallengeBonus, ...]:
    """The bonuses a check of `lines` earns, given the progress before it."""
    return tuple(
        ChallengeBonus(p.challenge.code, p.challenge.name, p.first_day, p.challenge.bonus_points)
        for p in progresses
        if completes(p, lines)
    )


def with_challenges(
    q: Quote, progresses: Iterable[Progress], lines: tuple[CheckLine, ...]
) -> Quote:
    """The quote with the bonuses of the challenges the check completes, each with its reason."""
    found = bonuses(progresses, lines)
    if not found:
        return q
    points = sum(b.points for b in found)
    shown = tuple(reason("challenge", points=b.points, name=b.name) for b in found)
    after = None if q.balance_after is None else q.balance_after + points
    return replace(
        q,
        bonus_points=q.bonus_points + points,
        reasons=q.reasons + shown,
        balance_after=after,
        challenges=q.challenges + found,
    )
