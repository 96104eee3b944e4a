"""Promotions: when they run (dates, weekdays, hours) and whom they target."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from pos_loyalty.domain.promotions import (
    Audience,
    Effect,
    Promotion,
    Target,
    applicable,
    is_running,
    targets,
)

TZ = timezone(timedelta(hours=3))


def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=TZ)


def promo(**kw: object) -> Promotion:
    base: dict[str, object] = {
        "code": "P",
        "name": "Promo",
        "starts_on": date(2026, 3, 1),
        "ends_on": date(2026, 3, 31),
        "effect": Effect.EARN_MULTIPLIER,
    }
    base.update(kw)
    return Promotion(**base)  # type: ignore[arg-type]


def who(**kw: object) -> Audience:
    base: dict[str, object] = {
        "member_id": "m-1",
        "tier": "Bronze",
        "birthday": None,
        "last_purchase_on": None,
        "birthday_window_days": 7,
    }
    base.update(kw)
    return Audience(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "running"),
    [
        (date(2026, 2, 28), False),
        (date(2026, 3, 1), True),
        (date(2026, 3, 31), True),
        (date(2026, 4, 1), False),
    ],
)
def test_the_date_window_includes_both_its_first_and_last_day(day: date, running: bool) -> None:
    assert is_running(promo(), at(day, 23, 59)) is running


def test_a_weekday_promotion_runs_only_on_its_weekdays() -> None:
    weekend = promo(weekdays=frozenset({5, 6}))  # Saturday and Sunday
    assert is_running(weekend, at(date(2026, 3, 7)))  # a Saturday
    assert is_running(weekend, at(date(2026, 3, 8)))  # a Sunday
    assert not is_running(weekend, at(date(2026, 3, 9)))  # a Monday


@pytest.mark.parametrize(
    ("hour", "minute", "running"),
    [(9, 59, False), (10, 0, True), (13, 59, True), (14, 0, False)],
)
def test_happy_hours_run_from_the_start_inclusive_to_the_end_exclusive(
    hour: int, minute: int, running: bool
) -> None:
    happy = promo(hours=(time(10, 0), time(14, 0)))
    assert is_running(happy, at(date(2026, 3, 2), hour, minute)) is running


def test_a_tier_promotion_targets_only_that_tier() -> None:
    silver = promo(target=Target.TIER, tier="Silver")
    assert targets(silver, who(tier="Silver"), date(2026, 3, 2))
    assert not targets(silver, who(tier="Bronze"), date(2026, 3, 2))


@pytest.mark.parametrize(
    ("last", "targeted"), [(date(2026, 1, 31), True), (date(2026, 2, 1), False)]
)
def test_an_inactive_promotion_targets_members_away_for_at_least_n_days(
    last: date, targeted: bool
) -> None:
    # 2026-01-31 -> 2026-03-02 is 30 days; 2026-02-01 -> 2026-03-02 is 29 days
    winback = promo(target=Target.INACTIVE, inactive_days=30)
    assert targets(winback, who(last_purchase_on=last), date(2026, 3, 2)) is targeted


@pytest.mark.parametrize(
    ("today", "targeted"), [(date(2026, 3, 3), True), (date(2026, 3, 2), False)]
)
def test_a_birthday_promotion_targets_members_within_the_window(
    today: date, targeted: bool
) -> None:
    birthday = promo(target=Target.BIRTHDAY)
    member = who(birthday=date(1990, 3, 10))  # window 7: 3 March .. 17 March
    assert targets(birthday, member, today) is targeted
    assert not targets(birthday, who(birthday=None), today)


def test_a_personal_offer_targets_only_its_member() -> None:
    offer = promo(target=Target.MEMBER, member_id="m-1")
    assert targets(offer, who(member_id="m-1"), date(2026, 3, 2))
    assert not targets(offer, who(member_id="m-2"), date(2026, 3, 2))


def test_applicable_keeps_what_runs_now_and_targets_the_member() -> None:
    everyone = promo(code="ALL")
    silver = promo(code="SILVER", target=Target.TIER, tier="Silver")
    april = promo(code="APRIL", starts_on=date(2026, 4, 1), ends_on=date(2026, 4, 30))
    found = applicable((everyone, silver, april), who(tier="Bronze"), at(date(2026, 3, 2)))
    assert [p.code for p in found] == ["ALL"]
