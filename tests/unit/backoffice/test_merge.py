"""Merging two members: cards, points lot by lot, debt, spend, history, outbox and audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.errors import InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.ledger import EntryKind, replay
from pos_loyalty.services.cards import issue_cards, replace_card
from pos_loyalty.services.members import Registered, erase_member
from pos_loyalty.services.merge import Merged, current_member_id, merge_members
from tests.unit.conftest import AT_THE_BACK_OFFICE, Counter


def _merge(counter: Counter, keep: str, other: str) -> Merged:
    return merge_members(keep, other, uow=counter.uow, clock=counter.clock, actor=counter.actor)


@pytest.fixture
def anna(counter: Counter) -> Registered:
    return counter.register("Anna Sidorova", "+7 900 111 22 33", email="anna@example.com")


def _assert_projection_is_replay(counter: Counter, *member_ids: str) -> None:
    for member_id in member_ids:
        assert replay(counter.entries(member_id)) == counter.wallet(member_id)
        assert counter.wallet(member_id).balance == counter.ledger_sum(member_id)


def test_the_other_members_cards_points_and_spend_move_to_the_kept_member(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    counter.buy(anna.card.number, 100000)  # Anna: 100 welcome + 50 earned, spend 1000.00
    done = _merge(counter, member.card.number, anna.card.number)
    kept, other = member.member.id, anna.member.id
    assert [c.number for c in done.cards] == [anna.card.number]
    assert counter.uow.cards.get(anna.card.number).member_id == kept  # type: ignore[union-attr]
    assert done.points == 150 and done.wallet.balance == 250
    assert counter.wallet(other).balance == 0 and counter.ledger_sum(other) == 0
    assert counter.uow.spend.since(kept, date.min) == 100000
    assert counter.uow.spend.since(other, date.min) == 0
    assert counter.uow.members.get(other).merged_into == kept  # type: ignore[union-attr]
    _assert_projection_is_replay(counter, kept, other)


def test_each_lot_moves_with_its_activation_and_expiry_dates(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    counter.programme(activation_days=14, expire_after_days=365)
    counter.clock.advance(days=3)
    counter.buy(anna.card.number, 100000)  # 50 pending for 14 days, expiring a year on
    _merge(counter, member.card.number, anna.card.number)
    today = counter.clock.today
    outs = [e for e in counter.entries(anna.member.id) if e.kind == EntryKind.TRANSFER]
    ins = [e for e in counter.entries(member.member.id) if e.kind == EntryKind.TRANSFER]
    anna_lots = {e.id: e for e in counter.entries(anna.member.id) if e.points > 0}
    assert [(o.points, i.points) for o, i in zip(outs, ins, strict=True)] == [
        (-100, 100),
        (-50, 50),
    ]
    for out, into in zip(outs, ins, strict=True):
        lot = anna_lots[out.refers_to or ""]
        assert into.refers_to == out.id
        assert into.expires_on == lot.expires_on
        assert (into.active_from or into.business_date) == (lot.active_from or lot.business_date)
    view = counter.look(member.card.number).standing
    assert view is not None
    assert (view.balance, view.spendable, view.pending) == (250, 200, 50)
    assert ins[1].active_from == today + timedelta(days=14)
    _assert_projection_is_replay(counter, member.member.id, anna.member.id)


def test_expired_points_are_written_off_not_moved(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    counter.clock.advance(days=366)
    done = _merge(counter, member.card.number, anna.card.number)
    assert done.points == 0 and done.wallet.balance == 0
    kinds = [e.kind for e in counter.entries(anna.member.id)]
    assert kinds == [EntryKind.BONUS, EntryKind.EXPIRE]
    _assert_projection_is_replay(counter, member.member.id, anna.member.id)


def test_a_debt_moves_as_a_negative_transfer(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    card = anna.card.number
    first = counter.buy(card, 100000).sale  # 150
    counter.buy(card, 100000, redeem=MAX)  # 42
    counter.refund(first.id, 100000)  # -8: a debt of 8
    assert counter.wallet(anna.member.id).debt == 8
    done = _merge(counter, member.card.number, card)
    assert done.points == -8 and done.wallet.balance == 92
    moved = [e for e in counter.entries(member.member.id) if e.kind == EntryKind.TRANSFER]
    assert [e.points for e in moved] == [-8]
    assert counter.wallet(anna.member.id).debt == 0
    _assert_projection_is_replay(counter, member.member.id, anna.member.id)


def test_moved_points_pay_the_kept_members_debt_first(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    card = member.card.number
    first = counter.buy(card, 100000).sale
    counter.buy(card, 100000, redeem=MAX)
    counter.refund(first.id, 100000)  # Ivan owes 8
    done = _merge(counter, card, anna.card.number)
    assert done.wallet.balance == 100 - 8 and done.wallet.debt == 0
    _assert_projection_is_replay(counter, member.member.id, anna.member.id)


def test_only_the_spend_of_the_tier_window_moves_day_by_day(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    counter.buy(anna.card.number, 100000)
    counter.clock.advance(days=200)
    counter.buy(anna.card.number, 50000)
    counter.clock.advance(days=200)  # the first day is out of the window now
    done = _merge(counter, member.card.number, anna.card.number)
    assert done.spend == 50000
    spend = counter.uow.state.spend
    assert spend[(member.member.id, counter.clock.today - timedelta(days=200))] == 50000
    assert spend[(anna.member.id, counter.clock.today - timedelta(days=400))] == 100000


def test_the_old_card_now_shows_and_serves_the_kept_member(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    _merge(counter, member.card.number, anna.card.number)
    view = counter.look(anna.card.number)
    assert view.member is not None and view.member.id == member.member.id
    assert counter.buy(anna.card.number, 100000).balance_after == 250
    assert counter.ledger_sum(anna.member.id) == 0


def test_a_refund_of_the_other_members_sale_after_the_merge_hits_the_kept_member(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    sale = counter.buy(anna.card.number, 100000).sale  # Anna earns 50
    _merge(counter, member.card.number, anna.card.number)
    r = counter.refund(sale.id, 100000)
    assert r.balance_after == 250 - 50
    assert counter.ledger_sum(anna.member.id) == 0
    assert counter.uow.spend.since(member.member.id, date.min) == 0
    assert current_member_id(counter.uow, anna.member.id) == member.member.id
    _assert_projection_is_replay(counter, member.member.id, anna.member.id)


def test_personal_data_the_kept_member_lacks_comes_from_the_other(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    done = _merge(counter, member.card.number, anna.card.number)
    assert done.kept.name == "Ivan Petrov" and done.kept.phone == "79123456789"
    assert done.kept.email == "anna@example.com"
    stored = counter.uow.members.get(member.member.id)
    assert stored == done.kept


def test_the_merge_is_told_to_the_server_and_logged_for_audit(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    before = len(counter.uow.state.outbox)
    _merge(counter, member.card.number, anna.card.number)
    kinds = [kind for kind, _ in counter.uow.state.outbox[before:]]
    assert kinds.count("card_bound") == 1 and kinds.count("ledger_entry") == 2
    assert kinds[-2:] == ["member_updated", "member_merged"]
    merged = counter.uow.state.outbox[-1][1]
    assert (merged["kept"], merged["other"], merged["points"]) == (
        member.member.id,
        anna.member.id,
        100,
    )
    (record,) = counter.uow.state.audit
    assert record.action == "member_merge" and record.staff_id == counter.actor.staff_id
    assert record.details["cards"] == [anna.card.number]


def test_merging_a_member_into_itself_is_refused(counter: Counter, member: Registered) -> None:
    new = replace_card(
        member.card.number, None, uow=counter.uow, clock=counter.clock, actor=counter.actor
    )
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match="same member"):
        _merge(counter, new.number, member.card.number)
    snap.assert_unchanged()


def test_an_erased_or_already_merged_member_cannot_be_merged(
    counter: Counter, member: Registered, anna: Registered
) -> None:
    boris = counter.register("Boris", "+7 900 000 00 05")
    erase_member(boris.member.id, uow=counter.uow, clock=counter.clock, actor=AT_THE_BACK_OFFICE)
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match="erased"):
        _merge(counter, member.card.number, boris.card.number)
    with pytest.raises(NotAllowed, match="erased"):
        _merge(counter, boris.card.number, member.card.number)
    snap.assert_unchanged()
    _merge(counter, member.card.number, anna.card.number)
    # a stale card still pointing at Anna, as a terminal that missed the merge might have
    counter.uow.state.cards[anna.card.number] = replace(anna.card, member_id=anna.member.id)
    with pytest.raises(NotAllowed, match="already merged"):
        _merge(counter, member.card.number, anna.card.number)


@pytest.mark.parametrize(
    ("number", "error", "message"),
    [
        ("0420000000019", InvalidInput, "wrong check digit"),
        ("0420000999997", NotFound, "not known here"),
    ],
)
def test_a_bad_or_unknown_card_is_refused(
    counter: Counter, member: Registered, number: str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        _merge(counter, member.card.number, number)


def test_an_unassigned_card_has_no_member_to_merge(counter: Counter, member: Registered) -> None:
    (blank,) = issue_cards(1, uow=counter.uow)
    with pytest.raises(NotAllowed, match="belongs to nobody"):
        _merge(counter, member.card.number, blank.number)


def test_erasing_a_member_erases_the_members_merged_into_them_too(
    counter: Counter, anna: Registered
) -> None:
    boris = counter.register("Борис Орлов", "+7 912 222 22 22")
    vera = counter.register("Вера Орлова", "+7 912 333 33 33")
    _merge(counter, boris.card.number, vera.card.number)  # Вера's record is Борис's now
    _merge(counter, anna.card.number, boris.card.number)
    erase_member(anna.member.id, uow=counter.uow, clock=counter.clock, actor=AT_THE_BACK_OFFICE)
    for person in (anna, boris, vera):
        member = counter.uow.members.get(person.member.id)
        assert member is not None and member.is_erased and member.name == ""
    erased = [p["id"] for kind, p in counter.uow.state.outbox if kind == "member_erased"]
    assert sorted(erased) == sorted(p.member.id for p in (anna, boris, vera))
