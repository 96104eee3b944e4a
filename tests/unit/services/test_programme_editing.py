"""Saving an edited programme, previewing a sample check, and giving personal offers."""

from __future__ import annotations

import copy
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from typing import Any

import pytest

from pos_loyalty.domain.checkout import MAX, CheckLine
from pos_loyalty.domain.errors import Conflict, InvalidInput, NotAllowed
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.promotions import Effect, Promotion, Target
from pos_loyalty.services.members import Registered
from pos_loyalty.services.offers import PersonalOffer, give_offer, member_offers
from pos_loyalty.services.preview import Sample, preview_checkout
from pos_loyalty.services.programmes import save_programme
from tests.unit.conftest import AT_THE_BACK_OFFICE, OPENING_DAY, STORE_TZ, Counter


def _edited(counter: Counter, **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(counter.base)
    data.update(changes)
    return data


def test_a_manual_save_is_the_next_version_and_is_audited(counter: Counter) -> None:
    data = _edited(counter, max_redeem_percent="30")
    saved = save_programme(
        data, uow=counter.uow, actor=AT_THE_BACK_OFFICE, clock=counter.clock, expected_version=1
    )
    assert saved.version == 2 and saved.max_redeem_percent == Fraction(30)
    (record,) = counter.uow.audit.all()
    assert (record.action, record.staff_id) == ("programme", AT_THE_BACK_OFFICE.staff_id)
    assert record.details == {"version": 2, "changed": ["max_redeem_percent"]}
    assert counter.uow.outbox.s.outbox[-1] == ("programme", saved.to_dict())


def test_saving_over_a_version_saved_meanwhile_is_a_conflict(counter: Counter) -> None:
    counter.programme(max_redeem_percent="40")  # someone else saved version 2
    with pytest.raises(Conflict, match="version 2 was saved meanwhile"):
        save_programme(
            _edited(counter),
            uow=counter.uow,
            actor=AT_THE_BACK_OFFICE,
            clock=counter.clock,
            expected_version=1,
        )
    assert counter.uow.programmes.current().version == 2  # type: ignore[union-attr]
    assert counter.uow.audit.all() == []


def test_a_refused_version_writes_nothing(counter: Counter) -> None:
    data = _edited(counter, tiers=[{"name": "Base", "threshold": "0", "earn_percent": "120"}])
    with pytest.raises(InvalidInput) as refused:
        save_programme(data, uow=counter.uow, actor=AT_THE_BACK_OFFICE, clock=counter.clock)
    assert refused.value.field == "tiers[0].earn_percent"
    assert counter.uow.programmes.current().version == 1  # type: ignore[union-attr]
    assert counter.uow.audit.all() == []


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=STORE_TZ)


def test_the_preview_gives_the_counters_own_figures(counter: Counter) -> None:
    # The worked example's second check: balance 149, 1000.00, redeem max -> 149, paid 851.00,
    # earned floor(5 % of 851.00) = 42.
    programme = counter.uow.programmes.current()
    assert programme is not None
    sample = Sample((CheckLine(100000),), _at(OPENING_DAY, 12), balance=149, redeem=MAX)
    q = preview_checkout(programme, sample).quote
    assert (q.redeemed_points, q.payable, q.earned_points) == (149, 85100, 42)


def test_a_promotion_runs_in_the_preview_only_in_its_hours(counter: Counter) -> None:
    happy = Promotion(
        code="H",
        name="x2 mornings",
        starts_on=OPENING_DAY,
        ends_on=date(2026, 3, 31),
        effect=Effect.EARN_MULTIPLIER,
        weekdays=frozenset({0}),
        hours=(time(8), time(11)),
        multiplier=Fraction(2),
    )
    programme = Programme(tiers=counter.uow.programmes.current().tiers, promotions=(happy,))  # type: ignore[union-attr]
    earned = {
        hour: preview_checkout(
            programme, Sample((CheckLine(100000),), _at(OPENING_DAY, hour))
        ).quote.earned_points
        for hour in (7, 8, 10, 11)
    }
    assert earned == {7: 50, 8: 100, 10: 100, 11: 50}
    tuesday = _at(OPENING_DAY + timedelta(days=1), 9)
    assert (
        preview_checkout(programme, Sample((CheckLine(100000),), tuesday)).quote.earned_points == 50
    )


def _win_back(**changes: Any) -> Promotion:
    offer = Promotion(
        code="WINBACK",
        name="x3 on your next purchase",
        starts_on=OPENING_DAY,
        ends_on=date(2026, 6, 30),
        effect=Effect.EARN_MULTIPLIER,
        multiplier=Fraction(3),
        single_use=True,
    )
    return Promotion(**{**{f: getattr(offer, f) for f in offer.__slots__}, **changes})  # type: ignore[arg-type]


def test_a_win_back_offer_is_only_for_a_member_away_long_enough(
    counter: Counter, member: Registered
) -> None:
    counter.buy(member.card.number, 100000)
    counter.clock.advance(days=59)
    cmd = PersonalOffer(member.card.number, _win_back(), win_back_days=60)
    with pytest.raises(NotAllowed, match="59 days ago"):
        give_offer(cmd, uow=counter.uow, clock=counter.clock, actor=counter.actor)
    assert counter.uow.audit.all() == []
    counter.clock.advance(days=1)
    offer, holder = give_offer(cmd, uow=counter.uow, clock=counter.clock, actor=counter.actor)
    assert (offer.target, offer.member_id) == (Target.MEMBER, member.member.id)
    assert [o.code for o in holder.offers] == ["WINBACK"] and holder.days_inactive == 60
    assert counter.uow.audit.all()[-1].action == "offer"
    first = counter.buy(member.card.number, 100000)
    assert (first.sale.earned_points, first.quote.promotions) == (150, ("WINBACK",))
    assert member_offers(member.card.number, uow=counter.uow, clock=counter.clock).offers == ()


def test_an_offer_that_already_ended_is_refused(counter: Counter, member: Registered) -> None:
    cmd = PersonalOffer(member.card.number, _win_back(ends_on=OPENING_DAY - timedelta(days=1)))
    with pytest.raises(InvalidInput) as refused:
        give_offer(cmd, uow=counter.uow, clock=counter.clock, actor=counter.actor)
    assert refused.value.field == "offer.ends_on"


def test_the_preview_targets_the_sample_customer_like_the_counter(counter: Counter) -> None:
    base = counter.uow.programmes.current()
    assert base is not None
    window = {"starts_on": OPENING_DAY, "ends_on": date(2026, 3, 31)}
    away = Promotion(
        code="AWAY",
        name="x2 after 30 days away",
        effect=Effect.EARN_MULTIPLIER,
        target=Target.INACTIVE,
        inactive_days=30,
        multiplier=Fraction(2),
        **window,  # type: ignore[arg-type]
    )
    birthday = Promotion(
        code="BDAY",
        name="+50 on your birthday",
        effect=Effect.FIXED_BONUS,
        target=Target.BIRTHDAY,
        bonus_points=50,
        **window,  # type: ignore[arg-type]
    )
    programme = Programme(tiers=base.tiers, promotions=(away, birthday))

    def preview(**sample: Any) -> tuple[int, int]:
        s = Sample((CheckLine(100000),), _at(OPENING_DAY, 12), **sample)
        q = preview_checkout(programme, s).quote
        return q.earned_points, q.bonus_points

    assert preview(days_since_purchase=29) == (50, 0)
    assert preview(days_since_purchase=30) == (100, 0)
    assert preview(days_since_purchase=1, birthday_today=True) == (50, 50)


def test_a_renamed_tier_is_previewed_by_its_position(counter: Counter) -> None:
    tiers = Programme.from_dict(
        _edited(
            counter,
            tiers=[
                {"name": "Bronze", "threshold": "0", "earn_percent": "5"},
                {"name": "Silver", "threshold": "100.00", "earn_percent": "7"},
            ],
        )
    )
    renamed = Programme.from_dict(
        _edited(
            counter,
            tiers=[
                {"name": "Bronze", "threshold": "0", "earn_percent": "5"},
                {"name": "Argent", "threshold": "100.00", "earn_percent": "8"},
            ],
        )
    )
    sample = Sample((CheckLine(100000),), _at(OPENING_DAY, 12), tier="Silver", tier_index=1)
    assert preview_checkout(tiers, sample).quote.earned_points == 70
    found = preview_checkout(renamed, sample)
    assert (found.tier.name, found.quote.earned_points) == ("Argent", 80)
