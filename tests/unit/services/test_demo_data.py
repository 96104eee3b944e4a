"""Generated demo histories are what the counter records: the same checks, replayed through
`register_member` and `commit_checkout` on the tests' own store, give the same figures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.ledger import EntryKind, replay
from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.demo_data import generate
from pos_loyalty.services.history_store import MemberHistory
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template
from tests.unit.fakes import FakeUnitOfWork

TODAY = date(2026, 11, 1)


@pytest.fixture(scope="module")
def programme() -> Programme:
    return Programme.from_dict(template("tiered"), version=1)


@pytest.fixture(scope="module")
def histories(programme: Programme) -> list[MemberHistory]:
    return list(generate(programme, 40, TODAY, seed=11))


def test_every_wallet_is_the_replay_of_its_member_s_ledger(
    histories: list[MemberHistory],
) -> None:
    for h in histories:
        assert h.wallet == replay(h.entries)
        assert h.wallet.balance == sum(e.points for e in h.entries)


def test_a_member_joins_with_the_welcome_bonus_and_the_card_of_their_index(
    histories: list[MemberHistory],
) -> None:
    first = histories[0]
    welcome = first.entries[0]
    joined = first.member.registered_on
    assert first.card.number == "0420000000013" and first.member.phone == "79000000000"
    assert (welcome.kind, welcome.points, welcome.reason) == (EntryKind.BONUS, 100, "welcome")
    # spendable at once (no activation date: from its business day), gone a year later
    assert (welcome.business_date, welcome.active_from) == (joined, None)
    assert welcome.expires_on == joined + timedelta(days=365)
    assert joined < TODAY and all(s.business_date < TODAY for s in first.sales)


def test_earned_points_wait_14_days_and_last_365(histories: list[MemberHistory]) -> None:
    earned = [e for h in histories for e in h.entries if e.kind == EntryKind.EARN]
    assert earned
    for e in earned:
        assert e.active_from == e.business_date + timedelta(days=14)
        assert e.expires_on == e.business_date + timedelta(days=365)


def test_a_sale_in_the_birthday_window_brings_the_birthday_bonus_for_30_days(
    histories: list[MemberHistory],
) -> None:
    birthdays = [e for h in histories for e in h.entries if e.reason == "birthday"]
    assert len(birthdays) == 8  # seed 11: 8 of the 40 members shopped within 7 days of it
    for e in birthdays:
        assert (e.points, e.expires_on) == (300, e.business_date + timedelta(days=30))
        assert e.sale_id is None


def test_the_same_checks_at_the_counter_give_the_same_sales_and_balance(
    histories: list[MemberHistory], programme: Programme
) -> None:
    for h in histories[:15]:
        uow = FakeUnitOfWork()
        save_programme(programme.to_dict(), uow=uow)
        actor = Actor(h.sales[0].terminal_id if h.sales else "T1", "demo")
        registration = Registration(
            h.member.name, h.member.phone, True, h.member.email, h.member.birthday, h.card.number
        )
        joined = h.member.consent_at
        assert joined is not None
        register_member(registration, uow=uow, clock=lambda at=joined: at, actor=actor)
        for sale in h.sales:
            redeem = MAX if sale.redeemed_points else None
            cmd = Checkout(h.card.number, sale.lines, redeem, receipt_no=sale.receipt_no)
            clock = lambda at=sale.created_at: at  # noqa: E731
            done = commit_checkout(cmd, uow=uow, clock=clock, actor=actor).sale
            assert (done.total, done.discount, done.paid) == (sale.total, sale.discount, sale.paid)
            assert (done.redeemed_points, done.earned_points, done.bonus_points) == (
                sale.redeemed_points,
                sale.earned_points,
                sale.bonus_points,
            )
            assert done.tier == sale.tier
        (member_id,) = uow.state.members
        assert uow.wallets.get(member_id).balance == h.wallet.balance
        assert sorted(e.points for e in uow.ledger.of_member(member_id)) == sorted(
            e.points for e in h.entries
        )


def test_the_first_members_first_checks_by_hand(histories: list[MemberHistory]) -> None:
    # Seed 11, member 0, the tiered template: Bronze (0 % off, 3 % earned) while the spend of
    # the last 365 days stays below 30 000.00; points wait 14 days; up to 50 % paid by points.
    # 07.04: 1 261.00 -> floor(37.83) = 37. 30.04: 3 345.50 -> floor(100.365) = 100.
    # 01.05: 6 913.99 + 159.00 tobacco, redeeming all that is spendable: the welcome 100 and
    # the 37 of 07.04 (active from 21.04; the 100 of 30.04 wait until 14.05) = 137, under the
    # cap floor(6 913.99 x 50 %) = 3 456; paid 6 913.99 - 137.00 + 159.00 = 6 935.99;
    # earned floor(3 % of 6 776.99 = 203.31) = 203. 13.07: 6 474.50 -> floor(194.235) = 194.
    figures = [
        (s.business_date, s.total, s.discount, s.redeemed_points, s.paid, s.earned_points, s.tier)
        for s in histories[0].sales[:4]
    ]
    assert figures == [
        (date(2026, 4, 7), 126100, 0, 0, 126100, 37, "Bronze"),
        (date(2026, 4, 30), 334550, 0, 0, 334550, 100, "Bronze"),
        (date(2026, 5, 1), 707299, 0, 137, 693599, 203, "Bronze"),
        (date(2026, 7, 13), 647450, 0, 0, 647450, 194, "Bronze"),
    ]


def test_spend_by_day_is_the_money_paid_for_goods(histories: list[MemberHistory]) -> None:
    for h in histories:
        paid: dict[date, int] = {}
        for sale in h.sales:
            paid[sale.business_date] = paid.get(sale.business_date, 0) + sale.paid
        assert dict(h.spend) == paid


def test_the_same_seed_gives_the_same_members_days_and_checks(programme: Programme) -> None:
    def shape(hs: list[MemberHistory]) -> list[object]:
        return [
            (
                h.member.name,
                h.member.phone,
                h.member.birthday,
                [(s.business_date, s.lines) for s in h.sales],
            )
            for h in hs
        ]

    again = list(generate(programme, 5, TODAY, seed=11))
    assert shape(again) == shape(list(generate(programme, 5, TODAY, seed=11)))
    assert shape(again) != shape(list(generate(programme, 5, TODAY, seed=12)))


def test_four_demo_members_in_five_agree_to_offers_on_the_day_they_join(
    histories: list[MemberHistory],
) -> None:
    agreed = [h for h in histories if h.member.marketing_consent_at is not None]
    assert len(agreed) == 32  # 40 members, every fifth (index 0, 5, ..., 35) does not agree
    assert all(h.member.marketing_consent_at == h.member.consent_at for h in agreed)
