"""The stricter checks a new programme version must pass before it is saved.

`Programme` itself refuses only what would break the arithmetic, so that every version saved
in the past still loads. A version being saved now must also make sense as a whole: no
percentage over 100, promotions that can run at all (a window that does not end before it
starts, real weekdays and hours, a tier that exists), one code per promotion. Every refusal
names the field it is about (`InvalidInput.field`).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from pos_loyalty.domain.challenge_io import check_challenges
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.promotions import Effect, Promotion, Target
from pos_loyalty.domain.rewards_catalogue import check_catalogue

HUNDRED = Fraction(100)


def check_new_version(programme: Programme) -> Programme:
    """Refuse a programme that may not be saved as a new version; return it unchanged."""
    _check_tiers(programme)
    _check_bonuses(programme)
    _check_membership(programme)
    tiers = {tier.name for tier in programme.tiers}
    codes: set[str] = set()
    for i, promo in enumerate(programme.promotions):
        where = f"promotions[{i}]"
        if promo.code in codes:
            raise InvalidInput(
                f"{where}: the code {promo.code!r} is used twice: give each promotion its own",
                field=f"{where}.code",
            )
        codes.add(promo.code)
        if promo.target == Target.TIER and promo.tier not in tiers:
            names = ", ".join(sorted(tiers))
            raise InvalidInput(
                f"{where}: there is no tier {promo.tier!r}: choose one of {names}",
                field=f"{where}.tier",
            )
        check_promotion(promo, where)
    check_catalogue(programme.rewards)
    check_challenges(programme.challenges)
    return programme


def _percent(value: Fraction, field: str) -> None:
    if not 0 <= value <= HUNDRED:
        raise InvalidInput(f"{field} must be between 0 and 100", field=field)


def _not_negative(value: int, field: str) -> None:
    if value < 0:
        raise InvalidInput(f"{field} must be 0 or more", field=field)


def _check_tiers(p: Programme) -> None:
    for i, tier in enumerate(p.tiers):
        if not tier.name.strip():
            raise InvalidInput(f"tiers[{i}] needs a name", field=f"tiers[{i}].name")
        _percent(tier.discount_percent, f"tiers[{i}].discount_percent")
        _percent(tier.earn_percent, f"tiers[{i}].earn_percent")


def _check_bonuses(p: Programme) -> None:
    b = p.bonuses
    for name in (
        "welcome",
        "birthday",
        "birthday_window_days",
        "birthday_expire_days",
        "referral_referrer",
        "referral_newcomer",
    ):
        _not_negative(getattr(b, name), f"bonuses.{name}")


def _check_membership(p: Programme) -> None:
    m = p.membership
    if m is None:
        return
    if m.fee <= 0:
        raise InvalidInput("membership.fee must be more than 0.00", field="membership.fee")
    if m.period_days < 1:
        raise InvalidInput(
            "membership.period_days must be at least 1 day", field="membership.period_days"
        )
    _percent(m.extra_discount_percent, "membership.extra_discount_percent")
    _percent(m.extra_earn_percent, "membership.extra_earn_percent")
    _not_negative(m.refund_days, "membership.refund_days")


def check_promotion(promo: Promotion, where: str = "the offer") -> Promotion:
    """Refuse a promotion or personal offer that could never work as meant; return it."""
    if not promo.code.strip():
        raise InvalidInput(f"{where} needs a code", field=f"{where}.code")
    if not promo.name.strip():
        raise InvalidInput(f"{where} needs a name", field=f"{where}.name")
    if promo.ends_on < promo.starts_on:
        raise InvalidInput(
            f"{where} ends on {promo.ends_on} before it starts on {promo.starts_on}",
            field=f"{where}.ends_on",
        )
    if any(not 0 <= day <= 6 for day in promo.weekdays):
        raise InvalidInput(f"{where}: weekdays are 0 (Monday) to 6", field=f"{where}.weekdays")
    if promo.hours is not None and not promo.hours[0] < promo.hours[1]:
        raise InvalidInput(
            f"{where}: the hours must end after they start (from included, to excluded)",
            field=f"{where}.hours",
        )
    _check_target(promo, where)
    _check_effect(promo, where)
    return promo


def _check_target(promo: Promotion, where: str) -> None:
    if promo.target == Target.INACTIVE and promo.inactive_days < 1:
        raise InvalidInput(
            f"{where}: say after how many days without a purchase (at least 1)",
            field=f"{where}.inactive_days",
        )
    if promo.target == Target.MEMBER and not promo.member_id:
        raise InvalidInput(f"{where} names no member", field=f"{where}.member_id")


def _check_effect(promo: Promotion, where: str) -> None:
    if promo.effect == Effect.EARN_MULTIPLIER and promo.multiplier <= 0:
        raise InvalidInput(
            f"{where}: the multiplier must be more than 0 (2 doubles the points)",
            field=f"{where}.multiplier",
        )
    if promo.effect == Effect.EXTRA_DISCOUNT and not 0 < promo.extra_discount_percent <= HUNDRED:
        raise InvalidInput(
            f"{where}: the extra discount must be more than 0 and at most 100",
            field=f"{where}.extra_discount_percent",
        )
    if promo.effect == Effect.FIXED_BONUS:
        if promo.bonus_points <= 0:
            raise InvalidInput(
                f"{where}: the bonus must be at least 1 point", field=f"{where}.bonus_points"
            )
        _not_negative(promo.min_check, f"{where}.min_check")


def read_new_version(data: dict[str, Any], version: int) -> Programme:
    """Read edited plain data as programme `version`, with every check a new version passes."""
    return check_new_version(Programme.from_dict(data, version=version))
