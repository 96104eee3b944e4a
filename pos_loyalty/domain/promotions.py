"""Promotions and personal offers: when they apply, to whom, and what they do.

A promotion has a date window (both days included), optional weekdays (0 = Monday) and hours
(from inclusive, to exclusive), a target and one effect. A personal offer is a promotion whose
target is one member, optionally good for a single purchase.
Stacking: earn multipliers multiply, extra discounts add up (the programme caps the total).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time
from fractions import Fraction

from pos_loyalty.domain.members import birthday_in_window
from pos_loyalty.domain.money import Minor


class Target(enum.StrEnum):
    """Who a promotion is for."""

    EVERYONE = "everyone"
    TIER = "tier"
    INACTIVE = "inactive"
    BIRTHDAY = "birthday"
    MEMBER = "member"


class Effect(enum.StrEnum):
    """What a promotion does."""

    EARN_MULTIPLIER = "earn_multiplier"
    EXTRA_DISCOUNT = "extra_discount"
    FIXED_BONUS = "fixed_bonus"


@dataclass(frozen=True, slots=True)
class Promotion:
    """One promotion or personal offer."""

    code: str
    name: str
    starts_on: date
    ends_on: date
    effect: Effect
    target: Target = Target.EVERYONE
    tier: str = ""
    inactive_days: int = 0
    member_id: str = ""
    weekdays: frozenset[int] = frozenset()
    hours: tuple[time, time] | None = None
    multiplier: Fraction = Fraction(1)
    extra_discount_percent: Fraction = Fraction(0)
    bonus_points: int = 0
    min_check: Minor = 0
    single_use: bool = False


@dataclass(frozen=True, slots=True)
class Audience:
    """What a promotion needs to know about the member at the counter."""

    member_id: str
    tier: str
    birthday: date | None
    last_purchase_on: date | None
    birthday_window_days: int
    registered_on: date | None = None


def is_running(promo: Promotion, now: datetime) -> bool:
    """True if the promotion's window, weekdays and hours include `now` (store local time)."""
    day = now.date()
    if not promo.starts_on <= day <= promo.ends_on:
        return False
    if promo.weekdays and day.weekday() not in promo.weekdays:
        return False
    if promo.hours is not None:
        start, end = promo.hours
        if not start <= now.time().replace(tzinfo=None) < end:
            return False
    return True


def targets(promo: Promotion, who: Audience, today: date) -> bool:
    """True if the promotion is meant for this member."""
    if promo.target == Target.EVERYONE:
        return True
    if promo.target == Target.TIER:
        return who.tier == promo.tier
    if promo.target == Target.MEMBER:
        return who.member_id == promo.member_id
    if promo.target == Target.BIRTHDAY:
        return birthday_in_window(who.birthday, today, who.birthday_window_days)
    seen = [d for d in (who.last_purchase_on, who.registered_on) if d is not None]
    if not seen:
        return True
    return (today - max(seen)).days >= promo.inactive_days


def applicable(
    promos: tuple[Promotion, ...], who: Audience, now: datetime
) -> tuple[Promotion, ...]:
    """The promotions that run now and target this member (check thresholds come later)."""
    return tuple(p for p in promos if is_running(p, now) and targets(p, who, now.date()))
