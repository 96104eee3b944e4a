"""Challenges by hand: the fixed periods, what a check counts, progress and the words for it.

"Three visits": 3 purchases of at least 300.00 in periods of 7 days from Monday 02.03.2026 to
31.03.2026 (02-08, 09-15, 16-22, 23-29 and 30-31 March), 200 points. "Dairy": 3 000.00 of the
category `dairy` from 02.03 to 15.03.2026, 150 points.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from pos_loyalty.domain.challenge_io import check_challenges
from pos_loyalty.domain.challenge_words import challenge_line, challenge_text
from pos_loyalty.domain.challenges import (
    Challenge,
    ChallengeKind,
    Progress,
    after_sale,
    completes,
    counted,
    period,
    progress,
)
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.sales import Sale, SaleKind

VISITS = Challenge(
    "three-visits",
    "Three visits",
    ChallengeKind.PURCHASES,
    date(2026, 3, 2),
    date(2026, 3, 31),
    200,
    purchases=3,
    min_check=30000,
    period_days=7,
)
DAIRY = Challenge(
    "dairy",
    "Dairy",
    ChallengeKind.CATEGORY_SPEND,
    date(2026, 3, 2),
    date(2026, 3, 15),
    150,
    category="dairy",
    spend=300000,
)


def _sale(day: date, *lines: tuple[int, str], refunded: int = 0, kind: str = "goods") -> Sale:
    check = tuple(CheckLine(amount, category) for amount, category in lines)
    total = sum(line.amount for line in check)
    return Sale(
        id=f"s-{day}-{total}",
        terminal_id="T1",
        receipt_no="",
        business_date=day,
        created_at=datetime.combine(day, datetime.min.time()),
        lines=check,
        total=total,
        discount=0,
        redeemed_points=0,
        redeemed_value=0,
        paid=total,
        earned_points=0,
        member_id="m1",
        refunded=refunded,
        kind=SaleKind(kind),
    )


@pytest.mark.parametrize(
    ("day", "span"),
    [
        (date(2026, 3, 1), None),  # the day before it starts
        (date(2026, 3, 2), (date(2026, 3, 2), date(2026, 3, 8))),
        (date(2026, 3, 8), (date(2026, 3, 2), date(2026, 3, 8))),  # the last day of the first
        (date(2026, 3, 9), (date(2026, 3, 9), date(2026, 3, 15))),  # the day after: the second
        (date(2026, 3, 31), (date(2026, 3, 30), date(2026, 3, 31))),  # cut short on ends_on
        (date(2026, 4, 1), None),
    ],
)
def test_purchase_periods_are_fixed_blocks_of_days_from_the_first_day(
    day: date, span: tuple[date, date] | None
) -> None:
    assert period(VISITS, day) == span


def test_a_category_challenge_has_one_period_its_whole_window() -> None:
    assert period(DAIRY, date(2026, 3, 15)) == (date(2026, 3, 2), date(2026, 3, 15))
    assert period(DAIRY, date(2026, 3, 16)) is None


def test_a_purchase_counts_from_the_minimum_check_less_what_was_refunded() -> None:
    assert counted(VISITS, (CheckLine(30000),)) == 1
    assert counted(VISITS, (CheckLine(29999),)) == 0
    assert counted(VISITS, (CheckLine(20000), CheckLine(10000, "dairy"))) == 1
    # 500.00 less 200.01 refunded is 299.99: below the minimum
    assert counted(VISITS, (CheckLine(50000),), refunded=20001) == 0
    assert counted(VISITS, (CheckLine(50000),), refunded=50000) == 0


def test_category_spend_takes_only_the_category_lines_less_the_refunded_share() -> None:
    check = (CheckLine(100000, "dairy"), CheckLine(50000, "bread"), CheckLine(25000, "dairy"))
    assert counted(DAIRY, check) == 125000
    # 100.00 of 1 750.00 refunded: 1 250.00 x 1 650 / 1 750 = 1 178.571..., floored
    assert counted(DAIRY, check, refunded=10000) == 117857
    assert counted(DAIRY, (CheckLine(50000, "Dairy"),)) == 0  # the category as written


def test_progress_counts_the_period_s_sales_up_to_today_and_no_membership_fee() -> None:
    sales = [
        _sale(date(2026, 3, 1), (40000, "")),  # before the challenge
        _sale(date(2026, 3, 2), (40000, "")),
        _sale(date(2026, 3, 5), (29999, "")),  # below the minimum
        _sale(date(2026, 3, 6), (99000, "membership"), kind="membership"),
        _sale(date(2026, 3, 8), (30000, "")),
        _sale(date(2026, 3, 9), (40000, "")),  # the next period
    ]
    p = progress(VISITS, sales, date(2026, 3, 8))
    assert p == Progress(VISITS, date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 8), 2)
    assert (p.target, p.days_left) == (3, 1)
    nxt = progress(VISITS, sales, date(2026, 3, 9))
    assert nxt is not None and (nxt.done, nxt.days_left) == (1, 7)
    assert progress(VISITS, sales, date(2026, 4, 1)) is None


def test_the_check_that_reaches_the_target_completes_it_once() -> None:
    p = Progress(VISITS, date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 8), 2)
    assert completes(p, (CheckLine(30000),))
    assert not completes(p, (CheckLine(29999),))  # it does not count itself
    done = after_sale(p, (CheckLine(30000),))
    assert (done.done, done.credited) == (3, True)
    assert not completes(done, (CheckLine(30000),))


def test_a_new_version_s_challenges_are_checked_field_by_field() -> None:
    check_challenges((VISITS, DAIRY))
    cases = [
        ((VISITS, replace(DAIRY, code="three-visits")), "challenges[1].code"),
        ((replace(VISITS, code="Three Visits"),), "challenges[0].code"),
        ((replace(VISITS, period_days=0),), "challenges[0].period_days"),
        ((replace(VISITS, purchases=0),), "challenges[0].purchases"),
        ((replace(DAIRY, spend=0),), "challenges[0].spend"),
        ((replace(DAIRY, category=" "),), "challenges[0].category"),
        ((replace(DAIRY, bonus_points=0),), "challenges[0].bonus_points"),
        ((replace(DAIRY, ends_on=date(2026, 3, 1)),), "challenges[0].ends_on"),
    ]
    for challenges, field in cases:
        with pytest.raises(InvalidInput) as refused:
            check_challenges(challenges)
        assert refused.value.field == field


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Three visits: 2 of 3 purchases, 1 day left"),
        ("ru", "Three visits: 2 из 3 покупок, остался 1 день"),
    ],
)
def test_purchases_progress_in_words(language: str, text: str) -> None:
    p = Progress(VISITS, date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 8), 2)
    assert challenge_text(challenge_line(p), language) == text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Dairy: 1,250.00 of 3,000.00 in dairy, 5 days left"),
        ("ru", "Dairy: 1\u00a0250,00 из 3\u00a0000,00 в категории «dairy», осталось 5 дней"),
    ],
)
def test_category_progress_in_words(language: str, text: str) -> None:
    p = Progress(DAIRY, date(2026, 3, 2), date(2026, 3, 15), date(2026, 3, 11), 125000)
    assert challenge_text(challenge_line(p), language) == text


def test_a_completed_challenge_in_words() -> None:
    p = Progress(VISITS, date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 8), 3, credited=True)
    assert challenge_text(challenge_line(p), "en") == "Three visits: completed, +200 points"
    assert challenge_text(challenge_line(p), "ru") == "Three visits: выполнено, +200 баллов"
