"""A club membership sold and refunded at one terminal reaches the other through the server.

The server moves a member's end date by the membership sales and refunds it receives, not by
the date a member update carries: a refund back to no membership reaches every terminal, and
a stale member update from a terminal that has not heard of a sale does not undo it. Over real
HTTP, against a server on SQLite and on PostgreSQL (CI=true).

Plan: 990.00 for 365 days, refundable on the sale's day only. Sold on 01.04.2026 (the live
terminals' day): until 31.03.2027; renewed the same day: until 30.03.2028.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine, select

from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.members import PersonalData, edit_member
from pos_loyalty.services.membership import Step, sell_membership
from pos_loyalty.services.merge import merge_members
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.refunds import refund_sale
from pos_loyalty.services.templates import template
from server.models import members
from tests.cli_staff import add_staff_by_id
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]
FEE = 990_00
UNTIL = date(2027, 3, 31)  # 01.04.2026 + 365 days - 1
RENEWED = date(2028, 3, 30)  # 31.03.2027 + 365 days, 29.02.2028 among them


def _pair(make: MakeTill, live: LiveServer, engine: Engine) -> tuple[Till, Till]:
    a, b = make("T-A"), make("T-B")
    plan = {"fee": "990.00", "period_days": 365, "refund_days": 0}
    save_programme({**template("bonus"), "membership": plan}, uow=a.db.uow())
    add_staff_by_id(a.db)  # the cashier refunding is an account of the store
    a.enrol(live.url, enrolment_code(engine, "Север"))
    b.enrol(live.url, enrolment_code(engine, "Юг"))
    return a, b


def _sell(till: Till, card: str, step: Step = Step.SELL) -> str:
    done = sell_membership(card, step=step, uow=till.db.uow(), clock=till.clock, actor=till.actor())
    return done.sale.id


def _refund(till: Till, sale_id: str) -> None:
    refund_sale(
        sale_id, FEE, "changed their mind", uow=till.db.uow(), clock=till.clock, actor=till.actor()
    )


def _until_at(till: Till, card: str) -> date | None:
    view = lookup_card(till.db.uow(), card, till.clock)
    assert view.member is not None
    return view.member.membership_until


def _until_on_server(engine: Engine, member_id: str) -> date | None:
    with engine.connect() as connection:
        query = select(members.c.membership_until).where(members.c.id == member_id)
        value: date | None = connection.execute(query).scalar_one()
    return value


def test_a_refund_back_to_no_membership_reaches_the_other_terminal(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b = _pair(till_factory, live, server_engine)
    anna = a.register("Анна Смирнова", "+7 912 100 00 01")
    card = anna.card.number
    sale = _sell(a, card)
    a.sync()
    b.sync()
    assert _until_on_server(server_engine, anna.member.id) == UNTIL
    assert _until_at(b, card) == UNTIL
    _refund(a, sale)
    assert _until_at(a, card) is None
    a.sync()
    assert _until_on_server(server_engine, anna.member.id) is None
    b.sync()
    assert _until_at(b, card) is None


def test_refunding_a_renewal_puts_back_the_end_of_the_sale_before_it(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b = _pair(till_factory, live, server_engine)
    anna = a.register("Анна Смирнова", "+7 912 100 00 01")
    card = anna.card.number
    _sell(a, card)
    renewal = _sell(a, card, Step.RENEW)
    a.sync()
    b.sync()
    assert _until_at(b, card) == RENEWED
    _refund(a, renewal)
    a.sync()
    b.sync()
    assert _until_on_server(server_engine, anna.member.id) == UNTIL
    assert _until_at(b, card) == UNTIL


def test_a_stale_member_update_does_not_undo_a_sale_made_elsewhere(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b = _pair(till_factory, live, server_engine)
    anna = a.register("Анна Смирнова", "+7 912 100 00 01")
    card = anna.card.number
    a.sync()
    b.sync()  # B knows Anna, with no membership
    _sell(a, card)
    a.sync()
    # B has not pulled since: its edit sends Anna with no end date
    edit_member(PersonalData(anna.member.id, "Анна Смирнова", "+7 912 100 00 09"), uow=b.db.uow())
    b.sync()
    assert _until_on_server(server_engine, anna.member.id) == UNTIL
    assert _until_at(b, card) == UNTIL


def test_a_merge_keeps_the_later_end_of_the_two_members_everywhere(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b = _pair(till_factory, live, server_engine)
    kept = a.register("Анна Смирнова", "+7 912 100 00 01")
    other = a.register("Анна С.", "+7 912 100 00 02")
    _sell(a, other.card.number)  # the member merged away is the one in the club
    merge_members(
        kept.card.number, other.card.number, uow=a.db.uow(), clock=a.clock, actor=a.actor()
    )
    a.sync()
    b.sync()
    assert _until_on_server(server_engine, kept.member.id) == UNTIL
    assert _until_at(b, kept.card.number) == UNTIL
