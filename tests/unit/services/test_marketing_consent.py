"""The consent to receive offers: asked apart from the data consent, dated, withdrawn, audited."""

from __future__ import annotations

import pytest

from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.services.members import erase_member, set_marketing_consent
from pos_loyalty.services.posting import Actor
from tests.unit.conftest import MANAGER, Counter


def test_registration_leaves_out_the_consent_to_offers_unless_it_was_given(
    counter: Counter,
) -> None:
    plain = counter.register()
    agreed = counter.register("Anna Smirnova", "+7 912 000 11 22", marketing_consent=True)
    assert plain.member.marketing_consent_at is None
    assert agreed.member.marketing_consent_at == counter.clock.now
    assert counter.uow.state.outbox[-2][1]["marketing_consent_at"] == counter.clock.now.isoformat()


def test_giving_the_consent_dates_it_sends_it_and_audits_it(counter: Counter) -> None:
    member = counter.register().member
    counter.clock.advance(days=3)
    changed = set_marketing_consent(
        member.id, True, uow=counter.uow, clock=counter.clock, actor=counter.actor
    )
    assert changed.marketing_consent_at == counter.clock.now
    assert counter.uow.members.get(member.id) == changed
    kind, payload = counter.uow.state.outbox[-1]
    assert (kind, payload["marketing_consent_at"]) == (
        "member_updated",
        counter.clock.now.isoformat(),
    )
    record = counter.uow.state.audit[-1]
    assert (record.action, record.details) == ("marketing_consent_given", {"member": member.id})


def test_giving_it_again_keeps_the_first_date_and_writes_nothing(counter: Counter) -> None:
    member = counter.register(marketing_consent=True).member
    first = member.marketing_consent_at
    counter.clock.advance(days=10)
    snap = counter.snapshot()
    again = set_marketing_consent(
        member.id, True, uow=counter.uow, clock=counter.clock, actor=counter.actor
    )
    assert again.marketing_consent_at == first
    snap.assert_unchanged()


def test_withdrawing_sets_it_back_to_none_in_the_audit_log(counter: Counter) -> None:
    member = counter.register(marketing_consent=True).member
    withdrawn = set_marketing_consent(
        member.id, False, uow=counter.uow, clock=counter.clock, actor=counter.actor
    )
    assert withdrawn.marketing_consent_at is None
    assert withdrawn.consent_at == member.consent_at  # the data consent stays
    assert counter.uow.members.get(member.id) == withdrawn
    assert counter.uow.state.outbox[-1][1]["marketing_consent_at"] is None
    assert counter.uow.state.audit[-1].action == "marketing_consent_withdrawn"
    assert counter.uow.state.audit[-1].staff_id == counter.actor.staff_id


def test_an_erasure_wipes_the_consent_to_offers_and_then_none_can_be_given(
    counter: Counter,
) -> None:
    member = counter.register(marketing_consent=True).member
    manager = Actor(counter.actor.terminal_id, MANAGER)
    erased = erase_member(member.id, uow=counter.uow, clock=counter.clock, actor=manager)
    assert erased.marketing_consent_at is None
    snap = counter.snapshot()
    with pytest.raises(NotAllowed) as refused:
        set_marketing_consent(
            member.id, True, uow=counter.uow, clock=counter.clock, actor=counter.actor
        )
    assert refused.value.code == "consent_erased"
    snap.assert_unchanged()
