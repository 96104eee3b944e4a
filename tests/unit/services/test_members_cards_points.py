"""Members, cards and manual adjustments through the use cases."""

from __future__ import annotations

from datetime import date

import pytest

from pos_loyalty.domain.cards import CardState, card_number_for
from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.errors import Conflict, InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.services.cards import block_card, issue_cards, replace_card
from pos_loyalty.services.lookup import find_members
from pos_loyalty.services.members import Registered, Registration, erase_member, register_member
from tests.unit.conftest import AT_THE_BACK_OFFICE, Counter
from tests.unit.fakes import FakeUnitOfWork

# --- registration -------------------------------------------------------------------------------


def test_registration_needs_consent_and_writes_nothing_without_it(counter: Counter) -> None:
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match="not consented"):
        register_member(
            Registration("Ivan Petrov", "+7 912 345 67 89", False),
            uow=counter.uow,
            clock=counter.clock,
            actor=counter.actor,
        )
    snap.assert_unchanged()


def test_registration_records_when_consent_was_given(counter: Counter) -> None:
    r = counter.register()
    assert r.member.consent_at == counter.clock.now
    assert r.member.registered_on == counter.clock.today
    assert r.member.phone == "79123456789"


def test_a_phone_already_registered_is_refused_however_it_is_written(
    counter: Counter, member: Registered
) -> None:
    snap = counter.snapshot()
    with pytest.raises(Conflict, match="already belongs to a member"):
        counter.register("Someone Else", "8 (912) 345-67-89")
    snap.assert_unchanged()


def test_a_phone_that_only_starts_like_another_is_not_a_duplicate(
    counter: Counter, member: Registered
) -> None:
    longer = counter.register("Someone Else", "+7 912 345 67 891")
    assert longer.member.phone == "791234567891"


@pytest.mark.parametrize(
    ("name", "phone", "message"),
    [("   ", "+7 912 345 67 89", "name is empty"), ("Ivan", "12", "not a phone number")],
)
def test_registration_refuses_an_empty_name_or_a_bad_phone(
    counter: Counter, name: str, phone: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        counter.register(name, phone)


def test_registration_issues_a_valid_card_with_the_next_sequence(counter: Counter) -> None:
    a = counter.register("A One", "+7 900 000 00 01")
    b = counter.register("B Two", "+7 900 000 00 02")
    assert (a.card.number, b.card.number) == (card_number_for(1), card_number_for(2))
    assert a.card.member_id == a.member.id and a.card.state == CardState.ACTIVE


def test_a_pre_printed_card_is_bound_at_registration(counter: Counter) -> None:
    blank, _ = issue_cards(2, uow=counter.uow)
    assert blank.member_id is None
    r = counter.register(card_number=blank.number)
    assert r.card.number == blank.number
    assert counter.uow.cards.get(blank.number).member_id == r.member.id  # type: ignore[union-attr]
    with pytest.raises(Conflict, match="already belongs to a member"):
        counter.register("Other Person", "+7 900 000 00 09", card_number=blank.number)


def test_a_pre_printed_card_with_a_wrong_check_digit_is_refused(counter: Counter) -> None:
    with pytest.raises(InvalidInput, match="wrong check digit"):
        counter.register(card_number="0420000000019")


def test_members_are_found_by_phone_prefix_or_by_name(counter: Counter, member: Registered) -> None:
    counter.register("Anna Sidorova", "+7 900 111 22 33")
    assert [m.name for m, _ in find_members(counter.uow, "8 912 345")] == ["Ivan Petrov"]
    found = find_members(counter.uow, "anna")
    assert [m.name for m, _ in found] == ["Anna Sidorova"]
    assert found[0][1][0].number == card_number_for(2)


# --- erase --------------------------------------------------------------------------------------


def test_erasing_a_member_wipes_personal_data_and_keeps_the_ledger(
    counter: Counter, member: Registered
) -> None:
    mid = member.member.id
    counter.buy(member.card.number, 100000)
    ledger = counter.entries(mid)
    erased = erase_member(mid, uow=counter.uow, clock=counter.clock, actor=AT_THE_BACK_OFFICE)
    stored = counter.uow.members.get(mid)
    assert stored == erased
    assert (stored.name, stored.phone, stored.email, stored.birthday, stored.consent_at) == (
        "",
        "",
        "",
        None,
        None,
    )
    assert stored.is_erased
    assert counter.entries(mid) == ledger
    assert counter.ledger_sum(mid) == 150
    assert counter.uow.state.outbox[-1][0] == "member_erased"
    assert "Ivan" not in str(counter.uow.state.outbox[-1][1])
    with pytest.raises(NotAllowed, match="already erased"):
        erase_member(mid, uow=counter.uow, clock=counter.clock, actor=AT_THE_BACK_OFFICE)


def test_an_erased_members_phone_can_register_again(counter: Counter, member: Registered) -> None:
    erase_member(member.member.id, uow=counter.uow, clock=counter.clock, actor=AT_THE_BACK_OFFICE)
    again = counter.register()
    assert again.member.id != member.member.id


def test_erasing_an_unknown_member_is_a_clear_error(counter: Counter) -> None:
    with pytest.raises(NotFound, match="no member with id ghost"):
        erase_member("ghost", uow=counter.uow, clock=counter.clock, actor=AT_THE_BACK_OFFICE)


# --- blocking and replacing cards ---------------------------------------------------------------


def test_a_blocked_card_shows_its_owner_and_allows_nothing(
    counter: Counter, member: Registered
) -> None:
    card = member.card.number
    blocked = block_card(card, "lost", uow=counter.uow)
    assert (blocked.state, blocked.block_reason) == (CardState.BLOCKED, "lost")
    view = counter.look(card)
    assert view.member is not None and view.member.name == "Ivan Petrov"
    assert not view.can_transact
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match="is blocked \\(lost\\); it belonged to Ivan Petrov"):
        counter.buy(card, 100000)
    with pytest.raises(NotAllowed, match="is blocked"):
        counter.quote(card, 100000)
    snap.assert_unchanged()
    with pytest.raises(NotAllowed, match="already blocked"):
        block_card(card, "stolen", uow=counter.uow)


def test_replacing_a_card_moves_the_member_and_keeps_the_balance(
    counter: Counter, member: Registered
) -> None:
    old, mid = member.card.number, member.member.id
    counter.buy(old, 100000)  # balance 150
    block_card(old, "lost", uow=counter.uow)
    new = replace_card(old, None, uow=counter.uow, clock=counter.clock, actor=counter.actor)
    assert new.number != old and new.member_id == mid and new.state == CardState.ACTIVE

    old_view = counter.look(old)
    assert old_view.card.state == CardState.REPLACED
    assert old_view.replaced_by == new.number
    assert not old_view.can_transact
    with pytest.raises(NotAllowed, match=f"replaced by card {new.number}"):
        counter.buy(old, 100000)

    new_view = counter.look(new.number)
    assert new_view.standing is not None and new_view.standing.balance == 150
    c = counter.buy(new.number, 100000, redeem=MAX)
    # 150 redeemed of a 500 cap; paid 850.00; earned 42
    assert (c.sale.redeemed_points, c.balance_after) == (150, 42)

    (transfer,) = [e for e in counter.entries(mid) if e.kind == EntryKind.TRANSFER]
    assert transfer.points == 0 and old in transfer.reason and new.number in transfer.reason


def test_replacing_onto_a_pre_printed_card(counter: Counter, member: Registered) -> None:
    (blank,) = issue_cards(1, uow=counter.uow)
    new = replace_card(
        member.card.number, blank.number, uow=counter.uow, clock=counter.clock, actor=counter.actor
    )
    assert new.number == blank.number and new.member_id == member.member.id
    with pytest.raises(NotAllowed, match="already replaced"):
        replace_card(
            member.card.number, None, uow=counter.uow, clock=counter.clock, actor=counter.actor
        )


def test_replacing_onto_a_card_that_belongs_to_someone_is_refused(
    counter: Counter, member: Registered
) -> None:
    other = counter.register("Anna Sidorova", "+7 900 111 22 33")
    snap = counter.snapshot()
    with pytest.raises(Conflict, match="not a free card"):
        replace_card(
            member.card.number,
            other.card.number,
            uow=counter.uow,
            clock=counter.clock,
            actor=counter.actor,
        )
    snap.assert_unchanged()


def test_an_issued_batch_has_consecutive_valid_unassigned_cards(counter: Counter) -> None:
    cards = issue_cards(3, uow=counter.uow)
    assert [c.number for c in cards] == [card_number_for(i) for i in (1, 2, 3)]
    assert all(c.member_id is None and c.state == CardState.ACTIVE for c in cards)
    with pytest.raises(InvalidInput, match="a batch is 1 to"):
        issue_cards(0, uow=counter.uow)


# --- adjustments --------------------------------------------------------------------------------


def test_an_adjustment_needs_a_reason(counter: Counter, member: Registered) -> None:
    snap = counter.snapshot()
    with pytest.raises(InvalidInput, match="needs a reason"):
        counter.adjust(member.member.id, 50, reason="   ")
    with pytest.raises(InvalidInput, match="0 points changes nothing"):
        counter.adjust(member.member.id, 0)
    snap.assert_unchanged()


def test_an_adjustment_is_written_with_its_reason(counter: Counter, member: Registered) -> None:
    wallet = counter.adjust(member.member.id, 50, "review bonus")
    assert wallet.balance == 150
    last = counter.entries(member.member.id)[-1]
    assert (last.kind, last.points, last.reason, last.staff_id) == (
        EntryKind.ADJUST,
        50,
        "review bonus",
        "manager-1",
    )


def test_a_negative_adjustment_down_to_zero_is_allowed(
    counter: Counter, member: Registered
) -> None:
    assert counter.adjust(member.member.id, -100, "complaint").balance == 0


def test_a_negative_adjustment_beyond_the_balance_is_refused(
    counter: Counter, member: Registered
) -> None:
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match="the balance is 100: at most 100 points can be removed"):
        counter.adjust(member.member.id, -101, "complaint")
    snap.assert_unchanged()


def test_an_adjustment_of_an_unknown_member_is_a_clear_error(counter: Counter) -> None:
    with pytest.raises(NotFound, match="no member with id ghost"):
        counter.adjust("ghost", 10)


def test_a_lookup_shows_the_membership_end_date_and_its_discount(
    counter: Counter, member: Registered
) -> None:
    from dataclasses import replace

    counter.programme(
        membership={"fee": "990.00", "period_days": 365, "extra_discount_percent": "2"}
    )
    counter.uow.members.update(replace(member.member, membership_until=date(2026, 3, 31)))
    standing = counter.look(member.card.number).standing
    assert standing is not None
    assert (standing.membership_until, standing.discount_percent) == (date(2026, 3, 31), 2)
    assert counter.quote(member.card.number, 100000).discount == 2000
    counter.clock.set(date(2026, 4, 1))
    standing = counter.look(member.card.number).standing
    assert standing is not None and standing.discount_percent == 0
    assert counter.quote(member.card.number, 100000).discount == 0


def test_an_adjustment_above_the_approval_limit_needs_a_second_manager(
    uow: FakeUnitOfWork, member: Registered
) -> None:
    from datetime import datetime, timedelta, timezone

    from pos_loyalty.domain.errors import NotAllowed
    from pos_loyalty.services.points import adjust_balance
    from pos_loyalty.services.posting import Actor

    def now() -> datetime:
        return datetime(2026, 3, 2, 12, tzinfo=timezone(timedelta(hours=3)))

    actor = Actor("T1", "manager-1")
    with pytest.raises(NotAllowed, match="approval limit of 500"):
        adjust_balance(member.member.id, 501, "correction", uow=uow, clock=now, actor=actor)
    with pytest.raises(NotAllowed, match="second manager"):
        adjust_balance(
            member.member.id,
            501,
            "correction",
            uow=uow,
            clock=now,
            actor=actor,
            approved_by="manager-1",
        )
    wallet = adjust_balance(
        member.member.id,
        501,
        "correction",
        uow=uow,
        clock=now,
        actor=actor,
        approved_by="second-manager",
    )
    assert wallet.balance == 100 + 501
    assert uow.state.audit[-1].approved_by == "second-manager"


def test_a_blocked_card_takes_no_adjustment_and_no_bonus(
    counter: Counter, member: Registered
) -> None:
    from pos_loyalty.domain.errors import NotAllowed
    from pos_loyalty.services.bonuses import ManualPoints, ManualReason, give_points
    from pos_loyalty.services.cards import block_card
    from pos_loyalty.services.points import adjust_balance

    card = member.card.number
    block_card(card, "lost", uow=counter.uow, clock=counter.clock, actor=AT_THE_BACK_OFFICE)
    snap = counter.snapshot()
    with pytest.raises(NotAllowed) as caught:
        adjust_balance(
            member.member.id,
            50,
            "correction",
            uow=counter.uow,
            clock=counter.clock,
            actor=AT_THE_BACK_OFFICE,
            card_number=card,
        )
    assert caught.value.code == "card_blocked"
    bonus = ManualPoints(member.member.id, 50, ManualReason.REVIEW, card_number=card)
    with pytest.raises(NotAllowed) as caught:
        give_points(bonus, uow=counter.uow, clock=counter.clock, actor=AT_THE_BACK_OFFICE)
    assert caught.value.code == "card_blocked"
    snap.assert_unchanged()


def test_issuing_a_batch_reports_progress_every_hundred_cards_and_at_the_end(
    counter: Counter,
) -> None:
    seen: list[tuple[int, int]] = []
    cards = issue_cards(
        250, uow=counter.uow, progress=lambda done, total: seen.append((done, total))
    )
    assert len(cards) == 250
    assert seen == [(100, 250), (200, 250), (250, 250)]
