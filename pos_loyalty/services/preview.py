"""What a sample check would get under a programme version: the counter's own quote, no member.

The manager describes a customer (tier, spendable balance, membership, birthday, days since
the last purchase) and a check (lines, points to redeem, day and hour). The promotions that
would run for that customer then are chosen by `promotions.applicable`, and the figures come
from `checkout.quote`, the same functions a real checkout uses, so a preview cannot disagree
with the counter.

Challenges: the manager says how far the sample customer got in each running challenge's
period (purchases made, money spent in the category); `challenges.with_challenges` then says
whether this check completes one ("completes the challenge ...: +200 points").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from pos_loyalty.domain.challenges import ChallengeKind, Progress, period, with_challenges
from pos_loyalty.domain.checkout import CheckLine, Quote, RedeemRequest, Terms, quote
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme, Tier
from pos_loyalty.domain.promotions import Audience, Promotion, applicable

SAMPLE_MEMBER = "sample-member"
"""The member id of the sample customer (personal offers for it apply in a preview)."""


@dataclass(frozen=True, slots=True)
class Sample:
    """A sample customer and check, as the manager types them."""

    lines: tuple[CheckLine, ...]
    at: datetime
    tier: str = ""
    tier_index: int = 0
    balance: int = 0
    redeem: RedeemRequest = None
    membership_active: bool = False
    birthday_today: bool = False
    days_since_purchase: int | None = None
    offers: tuple[Promotion, ...] = ()
    challenge_purchases: int = 0
    """Purchases the customer made so far in each purchases challenge's period."""
    challenge_spent: Minor = 0
    """Money spent so far in each category challenge's category."""


@dataclass(frozen=True, slots=True)
class Preview:
    """One version's answer for the sample: the tier it used, the promotions, the quote."""

    version: int
    tier: Tier
    promotions: tuple[Promotion, ...]
    quote: Quote


def sample_tier(programme: Programme, name: str, index: int) -> Tier:
    """The tier called `name`, else the one at the same position (the top one if fewer)."""
    for tier in programme.tiers:
        if tier.name == name:
            return tier
    return programme.tiers[max(0, min(index, len(programme.tiers) - 1))]


def preview_checkout(programme: Programme, sample: Sample) -> Preview:
    """Quote the sample check under `programme` (InvalidInput for a check with no lines)."""
    tier = sample_tier(programme, sample.tier, sample.tier_index)
    today = sample.at.date()
    last = None
    if sample.days_since_purchase is not None:
        last = today - timedelta(days=sample.days_since_purchase)
    who = Audience(
        member_id=SAMPLE_MEMBER,
        tier=tier.name,
        birthday=today if sample.birthday_today else None,
        last_purchase_on=last,
        birthday_window_days=programme.bonuses.birthday_window_days,
    )
    promotions = applicable(programme.promotions + sample.offers, who, sample.at)
    terms = Terms(
        tier=tier,
        spendable=sample.balance,
        membership_active=sample.membership_active,
        promotions=promotions,
    )
    found = quote(programme, terms, sample.lines, sample.redeem)
    found = with_challenges(found, sample_progress(programme, sample), sample.lines)
    return Preview(programme.version, tier, promotions, found)


def sample_progress(programme: Programme, sample: Sample) -> tuple[Progress, ...]:
    """The sample customer's progress in each challenge running on the sample's day."""
    today, found = sample.at.date(), []
    for c in programme.challenges:
        span = period(c, today)
        if span is not None:
            done = (
                sample.challenge_purchases
                if c.kind == ChallengeKind.PURCHASES
                else sample.challenge_spent
            )
            found.append(Progress(c, span[0], span[1], today, done))
    return tuple(found)
