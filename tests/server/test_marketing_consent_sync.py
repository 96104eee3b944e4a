"""The consent to receive offers travels like other personal data: registered at one terminal,
withdrawn at another, the server and both terminals end with the same (then none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, select

from pos_loyalty.services.members import Registration, register_member, set_marketing_consent
from server.models import members
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]


def _on_server(engine: Engine, member_id: str) -> datetime | None:
    with engine.connect() as connection:
        query = select(members.c.marketing_consent_at).where(members.c.id == member_id)
        found: datetime | None = connection.execute(query).scalar_one()
        return found


def _on_till(till: Till, member_id: str) -> datetime | None:
    uow = till.db.uow()
    with uow.read_only():
        member = uow.members.get(member_id)
    assert member is not None
    return member.marketing_consent_at


def test_the_consent_to_offers_reaches_every_copy_and_so_does_its_withdrawal(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b = till_factory("T-A"), till_factory("T-B")
    for till in (a, b):
        till.enrol(live.url, enrolment_code(server_engine, "Store"))
    cmd = Registration("Ольга Иванова", "+7 999 222 33 44", True, marketing_consent=True)
    member = register_member(cmd, uow=a.db.uow(), clock=a.clock, actor=a.actor()).member
    a.sync()
    b.sync()
    assert _on_server(server_engine, member.id) == a.now
    assert _on_till(b, member.id) == a.now

    set_marketing_consent(member.id, False, uow=b.db.uow(), clock=b.clock, actor=b.actor())
    b.sync()
    a.sync()
    assert _on_server(server_engine, member.id) is None
    assert _on_till(a, member.id) is None
