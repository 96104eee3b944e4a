"""The checkout maths: discount, redemption, payable and earning, with a reason for each rule.

Steps and rounding follow DOMAIN.md exactly: the discount rounds half up to the kopeck, the
earning is computed with Fractions and floored once at the end, points pay only for
discount-eligible lines, and no points are earned on the part paid with points.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from math import prod
from typing import TYPE_CHECKING

from pos_loyalty.domain.check_limits import check_total, needs_confirmation
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import Minor, floor, format_money, format_percent, round_half_up
from pos_loyalty.domain.programme import Programme, Tier
from pos_loyalty.domain.promotions import Effect, Promotion
from pos_loyalty.domain.reasons import Reason, reason

if TYPE_CHECKING:
    from pos_loyalty.domain.challenges import ChallengeBonus

MAX = "max"
"""Ask to redeem as many points as the rules allow."""

RedeemRequest = int | str | None


@dataclass(frozen=True, slots=True)
class CheckLine:
    """One line of the check: an amount and its category ('' for an ordinary line)."""

    amount: Minor
    category: str = ""


@dataclass(frozen=True, slots=True)
class Terms:
    """What the member brings to this checkout."""

    tier: Tier
    spendable: int
    membership_active: bool = False
    promotions: tuple[Promotion, ...] = ()
    override_redeem_cap: bool = False
    redeem_limit: int | None = None
    redeem_limit_reason: str = ""
    redeem_limit_code: str = ""
    """A reason code (reasons.py) saying why the limit binds, in the quote's languages."""
    redeem_limit_values: tuple[tuple[str, str], ...] = ()
    balance: int | None = None
    """The member's balance before the sale (pending points included), if the quote shows
    the balance after it."""


@dataclass(frozen=True, slots=True)
class Quote:
    """Everything a checkout would do, before or after it is confirmed."""

    total: Minor
    discountable: Minor
    earnable: Minor
    both: Minor
    discount_percent: Fraction
    discount: Minor
    redeem_cap: int
    redeemed_points: int
    redeemed_value: Minor
    payable: Minor
    earn_percent: Fraction
    earn_base: Fraction
    earned_points: int
    bonus_points: int
    promotions: tuple[str, ...]
    reasons: tuple[Reason, ...]
    active_from: date | None = None
    large_check: bool = False
    """The total is above the programme's large-check threshold: confirm before recording."""
    balance_after: int | None = None
    """The member's balance once this sale is recorded (None: no member, or no balance given).

    The one figure every screen shows as the new balance: the counter's quote and the
    customer display read it, and neither computes it again."""
    challenges: tuple[ChallengeBonus, ...] = ()
    """The challenges this check completes; their points are part of `bonus_points`."""

    @property
    def points_credited(self) -> int:
        """The points this sale adds: earned plus promotion and challenge bonuses."""
        return self.earned_points + self.bonus_points

    def reason_lines(self, lang: str = "en") -> list[str]:
        """The reasons as lines of text."""
        return [r.text(lang) for r in self.reasons]


def check_lines(lines: tuple[CheckLine, ...], programme: Programme) -> Minor:
    """Validate the lines and return the check total, refusing an implausible one.

    A check above the large-check threshold passes here (the quote shows it); the commit asks
    for the cashier's confirmation (`check_limits.check_total`).
    """
    if not lines:
        raise InvalidInput("the check has no lines: enter the total", code="check_empty")
    for line in lines:
        if line.amount <= 0:
            raise InvalidInput(
                f"a check line of {format_money(line.amount)}: amounts must be > 0",
                code="line_not_positive",
                amount=line.amount,
            )
    total = sum(line.amount for line in lines)
    check_total(
        total,
        max_check=programme.max_check_amount,
        large_check=programme.large_check_amount,
        confirmed=True,
    )
    return total


def quote(
    programme: Programme, terms: Terms, lines: tuple[CheckLine, ...], redeem: RedeemRequest
) -> Quote:
    """Compute a checkout for a member, step by step as in DOMAIN.md."""
    total = check_lines(lines, programme)
    reasons: list[Reason] = _exclusion_reasons(programme, lines)
    d = sum(x.amount for x in lines if x.category not in programme.no_discount_categories)
    e = sum(x.amount for x in lines if x.category not in programme.no_earn_categories)
    b = sum(
        x.amount
        for x in lines
        if x.category not in programme.no_discount_categories
        and x.category not in programme.no_earn_categories
    )
    percent = _discount_percent(programme, terms, d, reasons)
    discount = round_half_up(Fraction(d) * percent / 100)
    cap, points = _redemption(programme, terms, total, d - discount, redeem, reasons)
    value = points * programme.point_value
    base = Fraction(e) if d == 0 else e - Fraction((discount + value) * b, d)
    earn_percent, earned = _earning(programme, terms, base, e, reasons)
    bonus, applied = _bonuses(terms, total, reasons)
    after = None if terms.balance is None else terms.balance - points + earned + bonus
    return Quote(
        total=total,
        discountable=d,
        earnable=e,
        both=b,
        discount_percent=percent,
        discount=discount,
        redeem_cap=cap,
        redeemed_points=points,
        redeemed_value=value,
        payable=total - discount - value,
        earn_percent=earn_percent,
        earn_base=base,
        earned_points=earned,
        bonus_points=bonus,
        promotions=applied,
        reasons=tuple(reasons),
        large_check=needs_confirmation(total, large_check=programme.large_check_amount),
        balance_after=after,
    )


def _exclusion_reasons(programme: Programme, lines: tuple[CheckLine, ...]) -> list[Reason]:
    out = []
    for category in sorted({x.category for x in lines if x.category}):
        no_discount = category in programme.no_discount_categories
        no_earn = category in programme.no_earn_categories
        if no_discount or no_earn:
            what = (
                "no discount, no points"
                if no_discount and no_earn
                else ("no discount" if no_discount else "no points")
            )
            out.append(reason("excluded", applied=False, category=category, what=what))
    return out


def discount_percent(
    programme: Programme,
    tier: Tier,
    *,
    membership_active: bool = False,
    promotions: tuple[Promotion, ...] = (),
) -> Fraction:
    """The total discount % a member gets on a discountable check: tier, club and promotions,
    capped by `max_discount_percent` (what the counter shows on a scan, before any check)."""
    parts = _discount_parts(programme, tier, membership_active, promotions)
    return min(sum((pct for pct, _, _ in parts), Fraction(0)), programme.max_discount_percent)


def _discount_parts(
    programme: Programme, tier: Tier, membership_active: bool, promotions: tuple[Promotion, ...]
) -> list[tuple[Fraction, str, str]]:
    """The discounts that apply, as (percent, reason code, name), the zero ones left out."""
    parts: list[tuple[Fraction, str, str]] = [(tier.discount_percent, "discount_tier", tier.name)]
    if membership_active and programme.membership is not None:
        parts.append((programme.membership.extra_discount_percent, "discount_membership", ""))
    for promo in promotions:
        if promo.effect == Effect.EXTRA_DISCOUNT:
            parts.append((promo.extra_discount_percent, "discount_promotion", promo.name))
    return [(pct, code, name) for pct, code, name in parts if pct > 0]


def _discount_percent(
    programme: Programme, terms: Terms, discountable: Minor, reasons: list[Reason]
) -> Fraction:
    given = _discount_parts(programme, terms.tier, terms.membership_active, terms.promotions)
    if discountable == 0:
        if given:
            reasons.append(
                reason(
                    "discount_none", applied=False, why="nothing in this check may be discounted"
                )
            )
        return Fraction(0)
    if not given:
        return Fraction(0)
    for pct, code, name in given:
        reasons.append(reason(code, percent=format_percent(pct), name=name))
    total = sum((pct for pct, _, _ in given), Fraction(0))
    if total > programme.max_discount_percent:
        reasons.append(
            reason("discount_capped", percent=format_percent(programme.max_discount_percent))
        )
        return programme.max_discount_percent
    return total


def _redemption(
    programme: Programme,
    terms: Terms,
    total: Minor,
    payable_by_points: Minor,
    redeem: RedeemRequest,
    reasons: list[Reason],
) -> tuple[int, int]:
    """Return (cap in points, points redeemed)."""
    if total < programme.min_check_for_redeem:
        if redeem:
            reasons.append(
                reason(
                    "redeem_below_min",
                    applied=False,
                    min=format_money(programme.min_check_for_redeem),
                )
            )
        return 0, 0
    share = Fraction(100) if terms.override_redeem_cap else programme.max_redeem_percent
    by_percent = floor(Fraction(payable_by_points) * share / 100 / programme.point_value)
    available = max(terms.spendable, 0)
    if terms.redeem_limit is not None:
        available = min(available, max(terms.redeem_limit, 0))
    cap = min(by_percent, available)
    if redeem is None or redeem == 0:
        if cap > 0:
            reasons.append(reason("redeem_not_asked", applied=False, cap=cap))
        return cap, 0
    wanted = by_percent if redeem == MAX else _requested_points(redeem)
    if payable_by_points == 0:
        reasons.append(reason("redeem_nothing", applied=False))
        return 0, 0
    if terms.spendable <= 0:
        reasons.append(reason("redeem_no_points", applied=False))
        return 0, 0
    if terms.override_redeem_cap:
        reasons.append(reason("redeem_override"))
    if (wanted > by_percent or redeem == MAX) and by_percent <= available:
        reasons.append(
            reason(
                "redeem_cap_percent",
                applied=False,
                cap=by_percent,
                percent=format_percent(share),
                base=format_money(payable_by_points),
            )
        )
    elif wanted > available and available < terms.spendable:
        reasons.append(_limit_reason(terms, available))
    elif wanted > available:
        reasons.append(reason("redeem_cap_balance", applied=False, cap=terms.spendable))
    points = min(wanted, cap)
    if points > 0:
        reasons.append(
            reason("redeem", points=points, value=format_money(points * programme.point_value))
        )
    return cap, points


def _limit_reason(terms: Terms, available: int) -> Reason:
    """Why an outside limit (the offline caps) binds: by its code, or its English words."""
    if terms.redeem_limit_code:
        values = dict(terms.redeem_limit_values)
        return reason(terms.redeem_limit_code, applied=False, cap=available, **values)
    return reason("redeem_cap_limit", applied=False, cap=available, why=terms.redeem_limit_reason)


def _requested_points(redeem: RedeemRequest) -> int:
    if isinstance(redeem, bool) or not isinstance(redeem, int) or redeem < 0:
        raise InvalidInput(
            f"'{redeem}' is not a number of points: give a whole number or 'max'",
            code="points_not_number",
            value=str(redeem),
        )
    return redeem


def _earning(
    programme: Programme, terms: Terms, base: Fraction, earnable: Minor, reasons: list[Reason]
) -> tuple[Fraction, int]:
    percent = terms.tier.earn_percent
    if terms.membership_active and programme.membership is not None:
        percent += programme.membership.extra_earn_percent
    multipliers = [p for p in terms.promotions if p.effect == Effect.EARN_MULTIPLIER]
    percent *= prod((p.multiplier for p in multipliers), start=Fraction(1))
    if percent == 0:
        reasons.append(reason("earn_none", applied=False, why="the tier earns no points"))
        return percent, 0
    if base <= 0:
        why = (
            "nothing in this check earns points"
            if earnable == 0
            else "everything was paid with points"
        )
        reasons.append(reason("earn_none", applied=False, why=why))
        return percent, 0
    for promo in multipliers:
        reasons.append(
            reason("multiplier", factor=format_percent(promo.multiplier), name=promo.name)
        )
    points = floor(base * percent / 100 / 100)
    shown_base = (
        format_money(floor(base)) if base.denominator == 1 else f"~{format_money(floor(base))}"
    )
    reasons.append(reason("earn", percent=format_percent(percent), base=shown_base, points=points))
    return percent, points


def _bonuses(terms: Terms, total: Minor, reasons: list[Reason]) -> tuple[int, tuple[str, ...]]:
    bonus = 0
    applied = [
        p.code
        for p in terms.promotions
        if p.effect in (Effect.EARN_MULTIPLIER, Effect.EXTRA_DISCOUNT)
    ]
    for promo in terms.promotions:
        if promo.effect != Effect.FIXED_BONUS:
            continue
        if total >= promo.min_check:
            bonus += promo.bonus_points
            applied.append(promo.code)
            reasons.append(reason("bonus", points=promo.bonus_points, name=promo.name))
        else:
            reasons.append(
                reason(
                    "bonus_below", applied=False, name=promo.name, min=format_money(promo.min_check)
                )
            )
    return bonus, tuple(applied)


def quote_without_member(lines: tuple[CheckLine, ...], programme: Programme) -> Quote:
    """A check recorded without a card: no discount, no points."""
    total = check_lines(lines, programme)
    return Quote(
        total=total,
        discountable=0,
        earnable=0,
        both=0,
        discount_percent=Fraction(0),
        discount=0,
        redeem_cap=0,
        redeemed_points=0,
        redeemed_value=0,
        payable=total,
        earn_percent=Fraction(0),
        earn_base=Fraction(0),
        earned_points=0,
        bonus_points=0,
        promotions=(),
        reasons=(reason("no_member", applied=False),),
        large_check=needs_confirmation(total, large_check=programme.large_check_amount),
    )
