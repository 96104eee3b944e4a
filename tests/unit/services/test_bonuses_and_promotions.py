"""Bonuses for actions (welcome, birthday, referral) and promotions at the till."""

from __future__ import annotations

from datetime import date, time, timedelta
from fractions import Fraction
from typing import Any

import pytest

from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.errors import NotFound
from pos_loyalty.domain.ledger import BonusReason, EntryKind
from pos_loyalty.domain.promotions import Effect, Promotion, Target
from pos_loyalty.services.members import Registered
from tests.unit.conftest import OPENING_DAY, Counter


@pytest.fixture
def programme_data(programme_data: dict[str, Any]) -> dict[str, Any]:
    return {
        **programme_data,
        "bonuses": {
            "welcome": 100,
            "birthday": 200,
            "birthday_window_days": 7,
            "birthday_expire_days": 30,
            "referral_referrer": 300,
            "referral_newcomer": 50,
        },
    }


# --- welcome ------------------------------------------------------------------------------------


def test_the_welcome_bonus_is_credited_once_at_registration(counter: Counter) -> None:
    r = counter.register()
    (welcome,) = counter.entries(r.member.id)
    assert (welcome.kind, welcome.points, welcome.reason) == (
        EntryKind.BONUS,
        100,
        BonusReason.WELCOME.value,
    )
    assert welcome.expires_on == OPENING_DAY + timedelta(days=365)
    counter.buy(r.card.number, 100000)
    counter.buy(r.card.number, 100000)
    welcomes = [e for e in counter.entries(r.member.id) if e.reason == BonusReason.WELCOME.value]
    assert len(welcomes) == 1


def test_no_welcome_bonus_when_the_programme_gives_none(counter: Counter) -> None:
    counter.programme(bonuses={"welcome": 0})
    r = counter.register()
    assert r.welcome_points == 0
    assert counter.entries(r.member.id) == []


# --- birthday -----------------------------------------------------------------------------------


def _born_on_10_march(counter: Counter) -> Registered:
    return counter.register(birthday=date(1990, 3, 10))


@pytest.mark.parametrize(
    ("visit", "bonus"),
    [
        (date(2026, 3, 2), 0),  # 8 days before
        (date(2026, 3, 3), 200),  # 7 days before: first day of the window
        (date(2026, 3, 17), 200),  # 7 days after: last day
        (date(2026, 3, 18), 0),  # 8 days after
    ],
)
def test_the_birthday_bonus_is_credited_on_a_visit_within_the_window(
    counter: Counter, visit: date, bonus: int
) -> None:
    r = _born_on_10_march(counter)
    counter.clock.set(visit)
    c = counter.buy(r.card.number, 10000)
    # 100.00 earns 5; the birthday bonus comes on top
    assert c.extra_bonus == bonus
    assert c.balance_after == 100 + 5 + bonus


def test_the_birthday_bonus_is_credited_once_per_year(counter: Counter) -> None:
    r = _born_on_10_march(counter)
    counter.clock.set(date(2026, 3, 9))
    assert counter.buy(r.card.number, 10000).extra_bonus == 200
    counter.clock.set(date(2026, 3, 11))
    assert counter.buy(r.card.number, 10000).extra_bonus == 0
    counter.clock.set(date(2027, 3, 10))
    assert counter.buy(r.card.number, 10000).extra_bonus == 200
    birthdays = [e for e in counter.entries(r.member.id) if e.reason == BonusReason.BIRTHDAY.value]
    assert [e.business_date for e in birthdays] == [date(2026, 3, 9), date(2027, 3, 10)]


def test_the_birthday_bonus_expires_sooner_than_normal_points(counter: Counter) -> None:
    r = _born_on_10_march(counter)
    counter.clock.set(date(2026, 3, 10))
    counter.buy(r.card.number, 10000)
    (bonus,) = [e for e in counter.entries(r.member.id) if e.reason == BonusReason.BIRTHDAY.value]
    assert bonus.expires_on == date(2026, 4, 9)  # 10 March + 30 days
    counter.clock.set(date(2026, 4, 8))  # last spendable day
    standing = counter.look(r.card.number).standing
    assert standing is not None and standing.spendable == 100 + 5 + 200
    counter.clock.set(date(2026, 4, 9))
    assert counter.expire() == 200
    standing = counter.look(r.card.number).standing
    assert standing is not None and standing.balance == 105


def test_a_birthday_bonus_with_no_expiry_days_never_expires_like_other_points(
    counter: Counter,
) -> None:
    counter.programme(
        bonuses={"birthday": 200, "birthday_window_days": 7, "birthday_expire_days": 0}
    )
    r = _born_on_10_march(counter)
    counter.clock.set(date(2026, 3, 10))
    counter.buy(r.card.number, 10000)
    (bonus,) = [e for e in counter.entries(r.member.id) if e.reason == BonusReason.BIRTHDAY.value]
    assert bonus.expires_on is None
    counter.clock.set(date(2030, 3, 10))
    standing = counter.look(r.card.number).standing
    assert standing is not None and standing.spendable == 200  # the 5 earned are long gone


def test_a_member_without_a_birthday_gets_no_birthday_bonus(counter: Counter) -> None:
    r = counter.register()
    assert counter.buy(r.card.number, 10000).extra_bonus == 0


# --- referral -----------------------------------------------------------------------------------


def test_the_referrer_is_credited_only_after_the_newcomers_first_paid_purchase(
    counter: Counter,
) -> None:
    referrer = counter.register("Anna Sidorova", "+7 900 111 22 33")
    newcomer = counter.register(
        "Oleg Ivanov", "+7 900 444 55 66", referrer_card=referrer.card.number
    )
    assert newcomer.member.referrer_id == referrer.member.id
    # a sign-up alone earns the referrer nothing
    assert counter.ledger_sum(referrer.member.id) == 100

    first = counter.buy(newcomer.card.number, 100000)
    # newcomer: 100 welcome + 50 earned + 50 referral; referrer: 100 + 300
    assert first.extra_bonus == 50
    assert first.balance_after == 200
    assert counter.ledger_sum(referrer.member.id) == 400
    (credited,) = [e for e in counter.entries(referrer.member.id) if e.points == 300]
    assert credited.kind == EntryKind.BONUS and credited.sale_id == first.sale.id

    second = counter.buy(newcomer.card.number, 100000)
    assert second.extra_bonus == 0
    assert counter.ledger_sum(referrer.member.id) == 400


def test_a_purchase_paid_entirely_with_points_does_not_trigger_the_referral(
    counter: Counter,
) -> None:
    counter.programme(min_check_for_redeem="0")
    referrer = counter.register("Anna Sidorova", "+7 900 111 22 33")
    newcomer = counter.register(
        "Oleg Ivanov", "+7 900 444 55 66", referrer_card=referrer.card.number
    )
    free = counter.buy(newcomer.card.number, 5000, redeem=MAX, override=True)
    assert free.sale.paid == 0
    assert counter.ledger_sum(referrer.member.id) == 100
    paid = counter.buy(newcomer.card.number, 5000)
    assert paid.extra_bonus == 50
    assert counter.ledger_sum(referrer.member.id) == 400


def test_an_unknown_referrer_card_is_refused(counter: Counter) -> None:
    from pos_loyalty.domain.cards import card_number_for

    with pytest.raises(NotFound, match="not an active member's card"):
        counter.register(referrer_card=card_number_for(777))


# --- promotions ---------------------------------------------------------------------------------


def _promo(**kw: Any) -> dict[str, Any]:
    return {"starts_on": "2026-03-01", "ends_on": "2026-03-31", **kw}


def test_a_double_points_promotion_applies_only_inside_its_date_window(
    counter: Counter, card: str
) -> None:
    counter.programme(
        promotions=[_promo(code="X2", name="Double", effect="earn_multiplier", multiplier="2")]
    )
    # 5 % x 2 = 10 % of 1000.00 = 100
    assert counter.buy(card, 100000).sale.earned_points == 100
    counter.clock.set(date(2026, 4, 1))
    assert counter.buy(card, 100000).sale.earned_points == 50


def test_a_weekend_promotion_does_not_run_on_a_monday(counter: Counter, card: str) -> None:
    counter.programme(
        promotions=[_promo(code="WE", effect="earn_multiplier", multiplier="3", weekdays=[5, 6])]
    )
    assert counter.quote(card, 100000).earned_points == 50  # 2 March 2026 is a Monday
    counter.clock.set(date(2026, 3, 7))  # Saturday
    assert counter.quote(card, 100000).earned_points == 150


def test_happy_hours_end_at_the_end_time(counter: Counter, card: str) -> None:
    counter.programme(
        promotions=[
            _promo(
                code="HH",
                effect="extra_discount",
                extra_discount_percent="10",
                hours=["10:00", "14:00"],
            )
        ]
    )
    counter.clock.set(OPENING_DAY, time(13, 59))
    assert counter.quote(card, 100000).discount == 10000
    counter.clock.set(OPENING_DAY, time(14, 0))
    assert counter.quote(card, 100000).discount == 0


def test_multipliers_multiply_and_extra_discounts_add_up_to_the_cap(
    counter: Counter, card: str
) -> None:
    counter.programme(
        max_discount_percent="12",
        promotions=[
            _promo(code="X2", effect="earn_multiplier", multiplier="2"),
            _promo(code="X1.5", effect="earn_multiplier", multiplier="1.5"),
            _promo(code="D5", effect="extra_discount", extra_discount_percent="5"),
            _promo(code="D10", effect="extra_discount", extra_discount_percent="10"),
        ],
    )
    c = counter.buy(card, 100000)
    # discount 5 + 10 = 15 % capped at 12 %: 120.00; paid 880.00
    # earn 5 % x 2 x 1.5 = 15 % of 880.00 = 132
    assert (c.sale.discount, c.sale.paid, c.sale.earned_points) == (12000, 88000, 132)


def test_a_fixed_bonus_over_a_check_threshold(counter: Counter, card: str) -> None:
    counter.programme(
        promotions=[
            _promo(
                code="BIG",
                name="Big check",
                effect="fixed_bonus",
                bonus_points=100,
                min_check="3000.00",
            )
        ]
    )
    below = counter.buy(card, 299999)
    at = counter.buy(card, 300000)
    # 2999.99 -> 149 points, no bonus; 3000.00 -> 150 + 100
    assert (below.sale.earned_points, below.sale.bonus_points) == (149, 0)
    assert (at.sale.earned_points, at.sale.bonus_points) == (150, 100)
    (bonus,) = [e for e in counter.uow.ledger.of_sale(at.sale.id) if e.kind == EntryKind.BONUS]
    assert bonus.points == 100 and "BIG" in bonus.reason


def test_a_tier_promotion_reaches_only_that_tier(counter: Counter, card: str) -> None:
    counter.programme(
        tiers=[
            {"name": "Bronze", "threshold": "0", "earn_percent": "5"},
            {"name": "Silver", "threshold": "30000.00", "earn_percent": "5"},
        ],
        promotions=[
            _promo(
                code="S2", effect="earn_multiplier", multiplier="2", target="tier", tier="Silver"
            )
        ],
    )
    assert counter.quote(card, 100000).earned_points == 50
    counter.buy(card, 3_000_000)
    assert counter.quote(card, 100000).earned_points == 100


def test_an_inactive_promotion_reaches_members_away_for_n_days(counter: Counter, card: str) -> None:
    counter.programme(
        promotions=[
            _promo(
                code="BACK",
                effect="earn_multiplier",
                multiplier="3",
                target="inactive",
                inactive_days=20,
                ends_on="2026-12-31",
            )
        ]
    )
    counter.buy(card, 10000)  # last purchase on 2 March
    counter.clock.advance(days=19)
    assert counter.quote(card, 100000).earned_points == 50
    counter.clock.advance(days=1)  # 20 days since the last purchase
    assert counter.quote(card, 100000).earned_points == 150


def test_a_member_registered_today_is_not_inactive(counter: Counter, card: str) -> None:
    counter.programme(
        promotions=[
            _promo(
                code="BACK",
                effect="earn_multiplier",
                multiplier="3",
                target="inactive",
                inactive_days=30,
            )
        ]
    )
    assert counter.quote(card, 100000).earned_points == 50


def test_a_birthday_promotion_reaches_members_in_their_birthday_window(counter: Counter) -> None:
    counter.programme(
        promotions=[
            _promo(
                code="HB", effect="extra_discount", extra_discount_percent="10", target="birthday"
            )
        ]
    )
    born = counter.register("Birthday Person", "+7 900 000 00 01", birthday=date(1990, 3, 9))
    other = counter.register("Other Person", "+7 900 000 00 02", birthday=date(1990, 6, 1))
    assert counter.quote(born.card.number, 100000).discount == 10000
    assert counter.quote(other.card.number, 100000).discount == 0


def test_a_single_use_personal_offer_applies_once(counter: Counter, member: Registered) -> None:
    offer = Promotion(
        code="WINBACK",
        name="x3 on your next purchase",
        starts_on=OPENING_DAY,
        ends_on=date(2026, 3, 30),
        effect=Effect.EARN_MULTIPLIER,
        target=Target.MEMBER,
        member_id=member.member.id,
        multiplier=Fraction(3),
        single_use=True,
    )
    counter.uow.offers.add(offer)
    view = counter.look(member.card.number)
    assert [o.code for o in view.offers] == ["WINBACK"]  # shown when the card is scanned
    first = counter.buy(member.card.number, 100000)
    # 5 % x 3 = 15 % of 1000.00 = 150
    assert (first.sale.earned_points, first.quote.promotions) == (150, ("WINBACK",))
    second = counter.buy(member.card.number, 100000)
    assert (second.sale.earned_points, second.quote.promotions) == (50, ())
    assert counter.look(member.card.number).offers == ()


def test_a_personal_offer_is_for_its_member_only(counter: Counter, member: Registered) -> None:
    other = counter.register("Other Person", "+7 900 000 00 02")
    counter.uow.offers.add(
        Promotion(
            code="P1",
            name="x2",
            starts_on=OPENING_DAY,
            ends_on=date(2026, 3, 30),
            effect=Effect.EARN_MULTIPLIER,
            target=Target.MEMBER,
            member_id=member.member.id,
            multiplier=Fraction(2),
        )
    )
    assert counter.quote(other.card.number, 100000).earned_points == 50
    assert counter.quote(member.card.number, 100000).earned_points == 100


def test_a_fixed_bonus_offer_below_its_threshold_is_not_used_up(
    counter: Counter, member: Registered
) -> None:
    counter.uow.offers.add(
        Promotion(
            code="B200",
            name="+200 over 2000.00",
            starts_on=OPENING_DAY,
            ends_on=date(2026, 3, 30),
            effect=Effect.FIXED_BONUS,
            target=Target.MEMBER,
            member_id=member.member.id,
            bonus_points=200,
            min_check=200000,
            single_use=True,
        )
    )
    assert counter.buy(member.card.number, 100000).sale.bonus_points == 0
    assert counter.buy(member.card.number, 200000).sale.bonus_points == 200
    assert counter.buy(member.card.number, 200000).sale.bonus_points == 0
