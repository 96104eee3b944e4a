"""The loyalty programme as versioned data: tiers, percentages, caps, exclusions, expiry, bonuses.

A programme is immutable; changing it makes a new version, and every sale records the version
it was computed with. `Programme.from_dict` reads the TOML/JSON form documented in
docs/programme.md and refuses anything it does not understand, naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

from pos_loyalty.domain.challenges import Challenge
from pos_loyalty.domain.check_limits import (
    DEFAULT_LARGE_CHECK,
    DEFAULT_MAX_CHECK,
    check_limits_valid,
)
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import Minor, format_money, format_percent
from pos_loyalty.domain.promotions import Promotion
from pos_loyalty.domain.rewards_catalogue import Reward


@dataclass(frozen=True, slots=True)
class Tier:
    """A level reached by qualifying spend over the rolling window."""

    name: str
    threshold: Minor
    discount_percent: Fraction = Fraction(0)
    earn_percent: Fraction = Fraction(0)


@dataclass(frozen=True, slots=True)
class MembershipPlan:
    """A paid club membership: a fee buys `period_days` of better terms.

    `refund_days`: a membership sale may be refunded on its business day and this many days
    after it (0: the same business day only); see pos_loyalty.domain.membership.
    """

    fee: Minor
    period_days: int
    extra_discount_percent: Fraction = Fraction(0)
    extra_earn_percent: Fraction = Fraction(0)
    refund_days: int = 0


@dataclass(frozen=True, slots=True)
class Bonuses:
    """Points given for actions rather than purchases."""

    welcome: int = 0
    birthday: int = 0
    birthday_window_days: int = 7
    birthday_expire_days: int = 30
    referral_referrer: int = 0
    referral_newcomer: int = 0


@dataclass(frozen=True, slots=True)
class Programme:
    """One version of the programme's rules."""

    version: int = 1
    name: str = "Loyalty"
    currency: str = "RUB"
    tiers: tuple[Tier, ...] = (Tier("Base", 0),)
    tier_window_days: int = 365
    no_discount_categories: frozenset[str] = frozenset()
    no_earn_categories: frozenset[str] = frozenset()
    max_discount_percent: Fraction = Fraction(100)
    max_redeem_percent: Fraction = Fraction(50)
    min_check_for_redeem: Minor = 0
    max_check_amount: Minor = DEFAULT_MAX_CHECK
    large_check_amount: Minor = DEFAULT_LARGE_CHECK
    point_value: Minor = 100
    expire_after_days: int = 365
    activation_days: int = 0
    bonuses: Bonuses = field(default_factory=Bonuses)
    membership: MembershipPlan | None = None
    promotions: tuple[Promotion, ...] = ()
    rewards: tuple[Reward, ...] = ()
    """The rewards catalogue: goods for points (pos_loyalty.domain.rewards_catalogue)."""
    challenges: tuple[Challenge, ...] = ()
    """Goals over several visits, for a bonus (pos_loyalty.domain.challenges)."""

    def __post_init__(self) -> None:
        _check_programme(self)

    def tier_for(self, qualifying_spend: Minor) -> Tier:
        """The highest tier whose threshold the spend reaches."""
        reached = [tier for tier in self.tiers if qualifying_spend >= tier.threshold]
        return reached[-1] if reached else self.tiers[0]

    def next_tier(self, tier: Tier) -> Tier | None:
        """The tier above `tier`, if any."""
        index = self.tiers.index(tier)
        return self.tiers[index + 1] if index + 1 < len(self.tiers) else None

    def reward(self, reward_id: str) -> Reward | None:
        """The reward of the catalogue with this id, if there is one."""
        return next((r for r in self.rewards if r.id == reward_id), None)

    def tier_named(self, name: str) -> Tier:
        """The tier called `name`."""
        for tier in self.tiers:
            if tier.name == name:
                return tier
        raise InvalidInput(f"there is no tier '{name}' in programme version {self.version}")

    def window_start(self, today: date) -> date:
        """The first day whose spend counts towards the tier on `today`."""
        return date.fromordinal(today.toordinal() - self.tier_window_days + 1)

    def describe(self) -> list[str]:
        """Human-readable lines summarizing the rules."""
        lines = [f"{self.name}, version {self.version}, currency {self.currency}"]
        for tier in self.tiers:
            lines.append(
                f"tier {tier.name} from {format_money(tier.threshold)}: "
                f"discount {format_percent(tier.discount_percent)} %, "
                f"earn {format_percent(tier.earn_percent)} %"
            )
        lines.append(
            f"redeem up to {format_percent(self.max_redeem_percent)} % of the discountable part "
            f"of checks from {format_money(self.min_check_for_redeem)}; "
            f"1 point = {format_money(self.point_value)}"
        )
        lines.append(
            f"points expire after {self.expire_after_days} days, "
            f"become spendable after {self.activation_days} days"
        )
        return lines

    def to_dict(self) -> dict[str, Any]:
        """The programme as plain data (the TOML/JSON form)."""
        from pos_loyalty.domain.programme_io import programme_to_dict

        return programme_to_dict(self)

    @staticmethod
    def from_dict(data: dict[str, Any], *, version: int | None = None) -> Programme:
        """Read a programme from plain data, refusing unknown or malformed fields."""
        from pos_loyalty.domain.programme_io import programme_from_dict

        return programme_from_dict(data, version=version)


def _check_programme(p: Programme) -> None:
    if not p.tiers:
        raise InvalidInput("a programme needs at least one tier", field="tiers")
    if p.tiers[0].threshold != 0:
        raise InvalidInput("the first tier must start at 0 spend", field="tiers[0].threshold")
    for i in range(1, len(p.tiers)):
        if p.tiers[i].threshold <= p.tiers[i - 1].threshold:
            raise InvalidInput(
                "tier thresholds must rise strictly from one tier to the next",
                field=f"tiers[{i}].threshold",
            )
    names = [tier.name for tier in p.tiers]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise InvalidInput("tier names must be different", field=f"tiers[{i}].name")
    check_limits_valid(p.max_check_amount, p.large_check_amount)
    if p.point_value <= 0:
        raise InvalidInput("point_value must be more than 0.00", field="point_value")
    for days, value in (
        ("tier_window_days", p.tier_window_days - 1),
        ("expire_after_days", p.expire_after_days),
        ("activation_days", p.activation_days),
    ):
        if value < 0:
            raise InvalidInput(
                "day counts must not be negative (tier window at least 1 day)", field=days
            )
    for name, pct in (
        ("max_discount_percent", p.max_discount_percent),
        ("max_redeem_percent", p.max_redeem_percent),
    ):
        if not 0 <= pct <= 100:
            raise InvalidInput(f"{name} must be between 0 and 100", field=name)
