"""Merging members on a real SQLite file, and the member page that shows the result."""

from __future__ import annotations

from datetime import date

import pytest

from db import Database
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.ledger import EntryKind, replay
from pos_loyalty.services.audit import verify_audit_log
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.history import member_page_for_card
from pos_loyalty.services.lookup import find_members, lookup_card
from pos_loyalty.services.members import Registered, Registration, register_member
from pos_loyalty.services.merge import merge_members
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.refunds import refund_sale
from tests.integration.backoffice.conftest import Clock


def _register(database: Database, clock: Clock, actor: Actor, name: str, phone: str) -> Registered:
    return register_member(
        Registration(name, phone, True), uow=database.uow(), clock=clock, actor=actor
    )


def _buy(database: Database, clock: Clock, actor: Actor, card: str, amount: int) -> str:
    done = commit_checkout(
        Checkout(card, (CheckLine(amount),)), uow=database.uow(), clock=clock, actor=actor
    )
    return done.sale.id


def test_a_merge_moves_everything_and_the_old_card_shows_the_kept_member(
    database: Database, clock: Clock, actor: Actor
) -> None:
    ivan = _register(database, clock, actor, "Иван Петров", "+7 912 345 67 89")
    vanya = _register(database, clock, actor, "Ваня Петров", "+7 999 111 22 33")
    sale = _buy(database, clock, actor, vanya.card.number, 200000)  # 100 + 100 pending
    clock.advance(days=2)
    done = merge_members(
        ivan.card.number, vanya.card.number, uow=database.uow(), clock=clock, actor=actor
    )
    assert done.points == 200
    view = lookup_card(database.uow(), vanya.card.number, clock)
    assert view.member is not None and view.member.id == ivan.member.id
    assert view.standing is not None
    assert (view.standing.balance, view.standing.pending) == (300, 100)
    assert view.standing.qualifying_spend == 200000
    uow = database.uow()
    with uow.read_only():
        for member_id in (ivan.member.id, vanya.member.id):
            assert replay(uow.ledger.of_member(member_id)) == uow.wallets.get(member_id)
        assert uow.wallets.get(vanya.member.id).balance == 0
        assert uow.members.get(vanya.member.id).merged_into == ivan.member.id  # type: ignore[union-attr]
        kinds = [m.kind for m in uow.sync_outbox.pending(1000)]
    assert kinds[-2:] == ["member_updated", "member_merged"]
    refund = refund_sale(
        sale,
        200000,
        "returned",
        uow=database.uow(),
        clock=clock,
        actor=actor,
        approved_by="manager-2",  # above the refund limit
    )
    assert refund.balance_after == 200
    assert verify_audit_log(uow=database.uow()) == []


def test_the_member_page_of_the_kept_member_pages_the_history(
    database: Database, clock: Clock, actor: Actor
) -> None:
    ivan = _register(database, clock, actor, "Иван Петров", "+7 912 345 67 89")
    for _ in range(12):
        _buy(database, clock, actor, ivan.card.number, 100000)
        clock.advance(days=1)
    vanya = _register(database, clock, actor, "Ваня", "+7 999 111 22 33")
    merge_members(ivan.card.number, vanya.card.number, uow=database.uow(), clock=clock, actor=actor)
    page = member_page_for_card(
        vanya.card.number, uow=database.uow(), clock=clock, page=2, page_size=5
    )
    assert page.member.id == ivan.member.id and page.merged_from == (vanya.member.id,)
    assert (page.entries, page.pages) == (14, 3)
    first_on_page = page.points[0]
    # 800 in all; the 5 newest (the transfer of 100 and four earnings of 50) come before
    assert first_on_page.running_balance == 800 - 100 - 4 * 50
    assert [x.entry.kind for x in page.points] == [EntryKind.EARN] * 5
    assert page.spend_by_month == (("2026-03", 1200000),)
    assert [s.tier for s in page.tier_history] == ["Bronze"]
    assert page.member.registered_on == date(2026, 3, 2)


def test_merging_into_itself_or_an_erased_member_is_refused_on_the_database_too(
    database: Database, clock: Clock, actor: Actor
) -> None:
    ivan = _register(database, clock, actor, "Иван Петров", "+7 912 345 67 89")
    with pytest.raises(NotAllowed, match="same member"):
        merge_members(
            ivan.card.number, ivan.card.number, uow=database.uow(), clock=clock, actor=actor
        )
    assert [m.name for m, _ in find_members(database.uow(), "Иван")] == ["Иван Петров"]
