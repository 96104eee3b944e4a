"""Domain objects with sensible defaults, for the database tests."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction
from typing import Any

from pos_loyalty.domain.cards import Card, CardState, CardType, card_number_for
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.programme import Bonuses, MembershipPlan, Programme, Tier
from pos_loyalty.domain.promotions import Effect, Promotion, Target
from pos_loyalty.domain.sales import Refund, Sale

MSK = timezone(timedelta(hours=3))
TODAY = date(2026, 3, 8)
NOW = datetime(2026, 3, 8, 12, 30, 15, 123456, tzinfo=MSK)
_cards = itertools.count(1)
_seqs = itertools.count(1)


def new_id() -> str:
    """Return a fresh UUID text."""
    return str(uuid.uuid4())


def a_member(**changes: Any) -> Member:
    """Return a member with every field filled."""
    member = Member(
        id=new_id(),
        name="Иванов Иван",
        phone="79123456789",
        email="ivanov@example.com",
        birthday=date(1990, 2, 28),
        consent_at=NOW,
        registered_on=TODAY,
        referrer_id=None,
        referral_rewarded=False,
        last_birthday_bonus_year=2025,
        membership_until=date(2027, 1, 31),
        last_purchase_on=date(2026, 3, 1),
    )
    return replace(member, **changes)


def a_card(member_id: str | None, **changes: Any) -> Card:
    """Return an active bonus card with the next test number."""
    card = Card(card_number_for(next(_cards)), CardType.BONUS, CardState.ACTIVE, member_id)
    return replace(card, **changes)


def an_entry(member_id: str, **changes: Any) -> LedgerEntry:
    """Return an earn entry of 49 points on a fresh terminal sequence."""
    entry = LedgerEntry(
        id=new_id(),
        terminal_id="T1",
        seq=next(_seqs),
        member_id=member_id,
        kind=EntryKind.EARN,
        points=49,
        business_date=TODAY,
        created_at=NOW,
        staff_id="cashier-1",
        programme_version=3,
        card_number=card_number_for(1),
        sale_id=new_id(),
        refers_to=None,
        active_from=TODAY + timedelta(days=14),
        expires_on=TODAY + timedelta(days=365),
        reason="earned",
    )
    return replace(entry, **changes)


def a_sale(member_id: str | None, **changes: Any) -> Sale:
    """Return a sale of two lines (groceries and tobacco) with points earned and redeemed."""
    sale = Sale(
        id=new_id(),
        terminal_id="T1",
        receipt_no="000123",
        business_date=TODAY,
        created_at=NOW,
        lines=(CheckLine(70000, ""), CheckLine(30000, "tobacco")),
        total=100000,
        discount=3500,
        redeemed_points=149,
        redeemed_value=14900,
        paid=81600,
        earned_points=42,
        bonus_points=100,
        member_id=member_id,
        card_number=card_number_for(1),
        staff_id="cashier-1",
        programme_version=3,
        tier="Silver",
        refunded=0,
    )
    return replace(sale, **changes)


def a_refund(sale_id: str, **changes: Any) -> Refund:
    """Return a partial refund of a sale."""
    refund = Refund(
        id=new_id(),
        sale_id=sale_id,
        terminal_id="T1",
        business_date=TODAY,
        created_at=NOW + timedelta(minutes=5),
        amount=30000,
        points_reversed=12,
        points_returned=44,
        money_returned=24480,
        staff_id="manager-1",
        reason="damaged",
        is_void=False,
    )
    return replace(refund, **changes)


def an_offer(member_id: str, **changes: Any) -> Promotion:
    """Return a personal win-back offer: x3 points on the next purchase."""
    offer = Promotion(
        code="WINBACK3",
        name="x3 points",
        starts_on=TODAY,
        ends_on=TODAY + timedelta(days=22),
        effect=Effect.EARN_MULTIPLIER,
        target=Target.MEMBER,
        member_id=member_id,
        multiplier=Fraction(3),
        single_use=True,
    )
    return replace(offer, **changes)


def a_programme(version: int = 1) -> Programme:
    """Return a programme using fractional percentages, a membership and a promotion."""
    return Programme(
        version=version,
        name="Клуб",
        tiers=(
            Tier("Bronze", 0, Fraction(0), Fraction(5)),
            Tier("Silver", 3_000_000, Fraction(5, 2), Fraction(7)),
            Tier("Gold", 10_000_000, Fraction(5), Fraction(41, 4)),
        ),
        no_discount_categories=frozenset({"tobacco"}),
        no_earn_categories=frozenset({"tobacco", "gift"}),
        max_discount_percent=Fraction(15),
        max_redeem_percent=Fraction(50),
        min_check_for_redeem=50000,
        point_value=100,
        activation_days=14,
        bonuses=Bonuses(welcome=100, birthday=200, referral_referrer=300),
        membership=MembershipPlan(99900, 30, Fraction(5, 2), Fraction(1, 8)),
        promotions=(
            Promotion(
                code="X2SAT",
                name="x2 on Saturdays",
                starts_on=date(2026, 1, 1),
                ends_on=date(2026, 12, 31),
                effect=Effect.EARN_MULTIPLIER,
                weekdays=frozenset({5}),
                multiplier=Fraction(2),
            ),
        ),
    )
