"""Challenges at the counter: the bonus credited by the completing sale, once a period, and
taken back by its refund.

The worked example (Bronze earns 5 %, welcome 100 points, tobacco earns nothing) with two
challenges: "Three visits", 3 purchases of at least 300.00 in periods of 7 days from Monday
02.03.2026 to 31.03.2026 (02-08, 09-15 March, ...), 200 points; "Dairy", 3 000.00 of the
category `dairy` from 02.03 to 15.03.2026, 150 points. A purchase of 400.00 earns 20 points.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest

from pos_loyalty.domain.challenges import bonus_reason
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.services.challenges import member_challenges
from pos_loyalty.services.members import Registered
from pos_loyalty.services.preview import Sample, preview_checkout
from pos_loyalty.services.slips import reprint
from tests.unit.conftest import STORE_TZ, Counter

CHALLENGES = [
    {
        "code": "three-visits",
        "name": "Three visits",
        "kind": "purchases",
        "starts_on": "2026-03-02",
        "ends_on": "2026-03-31",
        "purchases": 3,
        "min_check": "300.00",
        "period_days": 7,
        "bonus_points": 200,
    },
    {
        "code": "dairy",
        "name": "Dairy",
        "kind": "category_spend",
        "starts_on": "2026-03-02",
        "ends_on": "2026-03-15",
        "category": "dairy",
        "spend": "3000.00",
        "bonus_points": 150,
    },
]
FIRST_PERIOD = bonus_reason("three-visits", date(2026, 3, 2))


@pytest.fixture
def programme_data(programme_data: dict[str, Any]) -> dict[str, Any]:
    return {**programme_data, "challenges": CHALLENGES}


def _on(counter: Counter, day: int) -> None:
    counter.clock.set(date(2026, 3, day))


def _challenge_entries(counter: Counter, member_id: str) -> list[tuple[int, str]]:
    return [
        (e.points, e.reason)
        for e in counter.entries(member_id)
        if e.kind == EntryKind.BONUS and e.reason.startswith("challenge")
    ]


def _two_visits(counter: Counter, card: str) -> None:
    _on(counter, 2)
    counter.buy(card, 40000)
    _on(counter, 5)
    counter.buy(card, 40000)


def test_the_third_purchase_on_the_last_day_of_the_period_completes_it(
    counter: Counter, member: Registered
) -> None:
    card = member.card.number
    _two_visits(counter, card)  # 100 + 20 + 20 = 140
    _on(counter, 8)  # 02.03 + 7 - 1: the period's last day
    quoted = counter.quote(card, 40000)
    assert (quoted.earned_points, quoted.bonus_points, quoted.balance_after) == (20, 200, 360)
    assert "completes the challenge Three visits: +200 points" in quoted.reason_lines()
    done = counter.buy(card, 40000)
    assert (done.sale.earned_points, done.sale.bonus_points) == (20, 200)
    assert (done.balance_before, done.balance_after) == (140, 360)
    assert _challenge_entries(counter, member.member.id) == [(200, FIRST_PERIOD)]


def test_the_third_purchase_the_day_after_the_period_starts_the_next_one(
    counter: Counter, member: Registered
) -> None:
    card = member.card.number
    _two_visits(counter, card)
    _on(counter, 9)
    done = counter.buy(card, 40000)
    assert (done.sale.bonus_points, done.balance_after) == (0, 160)
    visits = next(p for p in done.challenges if p.challenge.code == "three-visits")
    assert (visits.first_day, visits.done, visits.days_left) == (date(2026, 3, 9), 1, 7)


def test_a_second_completion_in_the_same_period_credits_nothing(
    counter: Counter, member: Registered
) -> None:
    card = member.card.number
    _two_visits(counter, card)
    _on(counter, 6)
    assert counter.buy(card, 40000).sale.bonus_points == 200  # 360
    _on(counter, 7)
    assert counter.quote(card, 40000).bonus_points == 0
    fourth = counter.buy(card, 40000)
    assert (fourth.sale.bonus_points, fourth.balance_after) == (0, 380)
    assert _challenge_entries(counter, member.member.id) == [(200, FIRST_PERIOD)]
    _on(counter, 8)  # 5 purchases in the period: still the one bonus
    assert counter.buy(card, 40000).balance_after == 400


def test_a_full_refund_of_the_completing_sale_takes_the_bonus_back_exactly(
    counter: Counter, member: Registered
) -> None:
    card, member_id = member.card.number, member.member.id
    _two_visits(counter, card)
    _on(counter, 6)
    completing = counter.buy(card, 40000)
    assert (completing.balance_before, completing.balance_after) == (140, 360)
    refunded = counter.refund(completing.sale.id, 40000)
    assert (refunded.refund.points_reversed, refunded.balance_after) == (220, 140)
    assert counter.ledger_sum(member_id) == 140
    (visits, _dairy) = member_challenges(member_id, uow=counter.uow, clock=counter.clock)
    assert (visits.done, visits.credited) == (2, False)
    # the period is open again: the next third purchase completes it anew
    again = counter.buy(card, 40000)
    assert (again.sale.bonus_points, again.balance_after) == (200, 360)


def test_a_partial_refund_takes_back_its_share_and_the_period_stays_credited(
    counter: Counter, member: Registered
) -> None:
    card, member_id = member.card.number, member.member.id
    _two_visits(counter, card)
    _on(counter, 6)
    completing = counter.buy(card, 40000)  # 20 earned + 200 bonus = 220
    refunded = counter.refund(completing.sale.id, 20000)  # share 1/2: floor(220 / 2) = 110
    assert (refunded.refund.points_reversed, refunded.balance_after) == (110, 250)
    (visits, _dairy) = member_challenges(member_id, uow=counter.uow, clock=counter.clock)
    # 200.00 kept is below 300.00: the purchase no longer counts, yet the bonus stays credited
    assert (visits.done, visits.credited) == (2, True)
    later = counter.buy(card, 40000)
    assert (later.sale.bonus_points, later.balance_after) == (0, 270)
    rest = counter.refund(completing.sale.id, 20000)  # the rest: floor(220) - 110 = 110
    assert (rest.refund.points_reversed, rest.balance_after) == (110, 160)


def test_category_spend_counts_only_the_category_lines_of_mixed_checks(
    counter: Counter, member: Registered
) -> None:
    card = member.card.number
    _on(counter, 10)
    # 2 000.00 dairy + 1 000.00 bread + 500.00 tobacco: earns 5 % of 3 000.00 = 150
    first = counter.buy(card, (200000, "dairy"), (100000, "bread"), (50000, "tobacco"))
    dairy = next(p for p in first.challenges if p.challenge.code == "dairy")
    assert (dairy.done, dairy.target, dairy.days_left, first.sale.bonus_points) == (
        200000,
        300000,
        6,
        0,
    )
    _on(counter, 15)  # the window's last day
    short = counter.quote(card, (99999, "dairy"), (20000, "bread"))
    assert short.bonus_points == 0  # 2 999.99 of 3 000.00
    done = counter.buy(card, (100000, "dairy"), (20000, "bread"))  # earns 60
    assert (done.sale.earned_points, done.sale.bonus_points) == (60, 150)
    assert (done.balance_before, done.balance_after) == (250, 460)
    assert _challenge_entries(counter, member.member.id) == [
        (150, bonus_reason("dairy", date(2026, 3, 2)))
    ]


def test_the_day_after_the_category_window_nothing_counts(
    counter: Counter, member: Registered
) -> None:
    card = member.card.number
    _on(counter, 16)
    done = counter.buy(card, (300000, "dairy"))
    assert done.sale.bonus_points == 0
    assert [p.challenge.code for p in done.challenges] == ["three-visits"]


def test_the_slip_shows_the_progress_and_the_challenge_completed(
    counter: Counter, member: Registered
) -> None:
    card = member.card.number
    _on(counter, 2)
    first = counter.buy(card, 40000)
    assert first.slip is not None
    assert [line[:5] for line in first.slip.challenges] == [
        ("Three visits", "purchases", 1, 3, 7),
        ("Dairy", "category_spend", 0, 300000, 14),
    ]
    counter.buy(card, 40000)
    third = counter.buy(card, 40000)
    assert third.slip is not None
    completed = [(c.name, c.completed, c.points) for c in third.slip.challenges]
    assert completed == [("Three visits", True, 200), ("Dairy", False, 150)]
    fourth = counter.buy(card, 40000)  # a challenge done before this sale is not repeated
    assert fourth.slip is not None
    assert [c.name for c in fourth.slip.challenges] == ["Dairy"]
    assert reprint(third.sale.id, uow=counter.uow).challenges == third.slip.challenges


def test_the_preview_says_which_challenge_a_check_completes(counter: Counter) -> None:
    programme = counter.uow.programmes.current()
    assert programme is not None
    at = datetime.combine(date(2026, 3, 4), time(12, 0), tzinfo=STORE_TZ)
    lines = (CheckLine(40000),)
    one_short = preview_checkout(programme, Sample(lines, at, challenge_purchases=2))
    assert one_short.quote.bonus_points == 200
    assert "completes the challenge Three visits: +200 points" in one_short.quote.reason_lines()
    two_short = preview_checkout(programme, Sample(lines, at, challenge_purchases=1))
    assert two_short.quote.bonus_points == 0
    dairy = (CheckLine(50000, "dairy"),)
    spent = preview_checkout(programme, Sample(dairy, at, challenge_spent=250000))
    assert spent.quote.bonus_points == 150  # 2 500.00 spent + 500.00 reach 3 000.00
    assert spent.quote.reason_lines()[-1] == "completes the challenge Dairy: +150 points"
