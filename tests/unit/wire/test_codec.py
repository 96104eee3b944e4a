"""The wire messages: written field by field in their declared order, read back strictly."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from pos_loyalty.domain.cards import Card, CardState, CardType
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.members import Member
from pos_loyalty.services.payloads import (
    card_to_dict,
    entry_from_dict,
    entry_to_dict,
    member_to_dict,
    merger_to_dict,
    replacement_to_dict,
)
from pos_loyalty.wire import WireError, check, decode, encode, field_names
from pos_loyalty.wire.payloads import EntryPayload, MemberPayload, ProgrammePayload
from pos_loyalty.wire.pull import PulledMember
from pos_loyalty.wire.push import PushAnswer, PushRequest
from pos_loyalty.wire.redemptions import Reservation, ReserveRequest

AT = datetime(2026, 3, 8, 9, 15, tzinfo=UTC)
ENTRY = LedgerEntry(
    id="e-1",
    terminal_id="T-1",
    seq=7,
    member_id="m-1",
    kind=EntryKind.EARN,
    points=49,
    business_date=date(2026, 3, 8),
    created_at=AT,
    card_number="0420000000013",
    sale_id="s-1",
    expires_on=date(2027, 3, 7),
)
ENTRY_DATA = {
    "id": "e-1",
    "terminal_id": "T-1",
    "seq": 7,
    "member_id": "m-1",
    "kind": "earn",
    "points": 49,
    "business_date": "2026-03-08",
    "created_at": "2026-03-08T09:15:00+00:00",
    "staff_id": "",
    "programme_version": 0,
    "card_number": "0420000000013",
    "sale_id": "s-1",
    "refers_to": None,
    "active_from": None,
    "expires_on": "2027-03-07",
    "reason": "",
}


def _problems(cls: type[Any], data: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(WireError) as refused:
        decode(cls, data)
    return [(p.loc, p.type) for p in refused.value.problems]


def test_an_entry_is_written_in_its_declared_order_and_read_back_the_same() -> None:
    written = entry_to_dict(ENTRY)
    assert written == ENTRY_DATA
    assert list(written) == list(ENTRY_DATA) == list(field_names(EntryPayload))
    assert encode(EntryPayload.of(ENTRY)) == written
    assert entry_from_dict(written) == ENTRY


def test_a_sender_that_leaves_out_defaulted_fields_is_still_read() -> None:
    required = {k: ENTRY_DATA[k] for k in ("id", "terminal_id", "seq", "member_id", "kind")}
    old = {**required, "points": 49, "business_date": "2026-03-08", "created_at": AT.isoformat()}
    entry = entry_from_dict(old)
    assert (entry.staff_id, entry.programme_version, entry.expires_on, entry.reason) == (
        "",
        0,
        None,
        "",
    )


def test_fractions_booleans_and_numbers_as_text_are_refused_where_whole_numbers_go() -> None:
    bad = {**ENTRY_DATA, "points": 49.0, "seq": True, "programme_version": "1"}
    assert _problems(EntryPayload, bad) == [
        (("seq",), "int_type"),
        (("points",), "int_type"),
        (("programme_version",), "int_type"),
    ]


def test_bounds_lengths_patterns_and_choices_are_checked() -> None:
    bad = {
        **ENTRY_DATA,
        "points": 10**12 + 1,
        "seq": 0,
        "card_number": "042000000001",
        "kind": "gift",
        "reason": "x" * 2001,
        "staff_id": "a\x00b",
    }
    assert _problems(EntryPayload, bad) == [
        (("seq",), "greater_than_equal"),
        (("kind",), "enum"),
        (("points",), "less_than_equal"),
        (("staff_id",), "value_error"),
        (("card_number",), "string_pattern_mismatch"),
        (("reason",), "string_too_long"),
    ]


def test_dates_are_iso_text_and_instants_carry_their_offset() -> None:
    naive = {**ENTRY_DATA, "created_at": "2026-03-08T09:15:00"}
    compact = {**ENTRY_DATA, "business_date": "20260308"}
    far = {**ENTRY_DATA, "expires_on": "9999-01-01"}
    assert _problems(EntryPayload, naive) == [(("created_at",), "datetime_type")]
    assert _problems(EntryPayload, compact) == [(("business_date",), "date_type")]
    assert _problems(EntryPayload, far) == [(("expires_on",), "date_type")]
    moscow = {**ENTRY_DATA, "created_at": "2026-03-08T12:15:00+03:00"}
    assert decode(EntryPayload, moscow).created_at == AT
    assert decode(EntryPayload, moscow).created_at.utcoffset() == timedelta(hours=3)


def test_a_request_refuses_unknown_fields_a_payload_ignores_them() -> None:
    message = {"message_id": 1, "kind": "ledger_entry", "payload": {**ENTRY_DATA, "new": 1}}
    batch = decode(PushRequest, {"messages": [message]})
    assert batch.messages[0].payload == EntryPayload.of(ENTRY)
    assert _problems(PushRequest, {"messages": [{**message, "typo": 1}]}) == [
        (("messages", 0, "typo"), "extra_forbidden")
    ]


def test_the_kind_of_a_pushed_message_chooses_its_payload() -> None:
    member = Member(id="m-1", name="Иван Петров", phone="79123456789", registered_on=AT.date())
    sent = {"message_id": 2, "kind": "member_updated", "payload": member_to_dict(member)}
    (read,) = decode(PushRequest, {"messages": [sent]}).messages
    assert isinstance(read.payload, MemberPayload) and read.payload.member() == member
    long = {**sent, "payload": {**sent["payload"], "name": "Я" * 201}}
    unknown = {**sent, "kind": "member_deleted"}
    assert _problems(PushRequest, {"messages": [long, unknown]}) == [
        (("messages", 0, "payload", "name"), "string_too_long"),
        (("messages", 1, "payload"), "union_tag"),
    ]


def test_card_replacement_and_merger_payloads_hold_their_cards() -> None:
    new = Card("0420000000020", CardType.BONUS, CardState.ACTIVE, "m-1")
    assert replacement_to_dict("0420000000013", new) == {
        "old": "0420000000013",
        "new": card_to_dict(new),
    }
    assert card_to_dict(new) == {
        "number": "0420000000020",
        "type": "bonus",
        "state": "active",
        "member_id": "m-1",
        "replaced_by": None,
        "block_reason": "",
    }
    merged = merger_to_dict("m-1", "m-2", ["0420000000013"], 150, 99999, AT)
    assert merged == {
        "kept": "m-1",
        "other": "m-2",
        "cards": ["0420000000013"],
        "points": 150,
        "spend": 99999,
        "at": "2026-03-08T09:15:00+00:00",
    }


def test_a_programme_keeps_every_key_of_its_file_form() -> None:
    data = {"version": 3, "name": "Бонусы", "tiers": [{"name": "Base", "threshold": 0}]}
    programme = decode(ProgrammePayload, data)
    assert programme.version == 3 and programme.rules == {k: data[k] for k in ("name", "tiers")}
    assert encode(programme) == data == programme.as_dict()
    assert _problems(ProgrammePayload, {"version": 0}) == [(("version",), "greater_than_equal")]


def test_answers_are_read_into_their_messages() -> None:
    answer = {
        "epoch": "e1",
        "accepted": 5,
        "duplicates": 1,
        "problems": [
            {"message_id": 9, "kind": "sale", "key": "s-1", "status": "refused", "reason": "x"}
        ],
        "gaps": [{"first_seq": 2, "last_seq": 4}],
        "from_a_newer_server": True,
    }
    read = decode(PushAnswer, answer)
    assert (read.accepted, read.problems[0].message_id, read.gaps[0].last_seq) == (5, 9, 4)
    reservation = {
        "reservation_id": "r-1",
        "member_id": "m-1",
        "state": "open",
        "requested": 100,
        "granted": 60,
        "available": 60,
        "points": 60,
        "refused": False,
        "expires_at": "2026-03-08T09:17:00Z",
    }
    held = decode(Reservation, reservation)
    assert (held.granted, held.sale_id, held.expires_at) == (60, None, AT + timedelta(minutes=2))
    assert _problems(Reservation, {**reservation, "granted": -1}) == [
        (("granted",), "greater_than_equal")
    ]


def test_a_reservation_request_is_written_with_the_store_day() -> None:
    request = ReserveRequest(reservation_id="r-1", member_id="m-1", points=100, day=AT.date())
    written = encode(request)
    assert written == {
        "reservation_id": "r-1",
        "member_id": "m-1",
        "points": 100,
        "day": "2026-03-08",
    }
    assert decode(ReserveRequest, written) == request
    assert _problems(ReserveRequest, {**written, "points": 0}) == [
        (("points",), "greater_than_equal")
    ]


def test_a_pulled_member_is_checked_without_being_built() -> None:
    member = {
        "id": "m-1",
        "name": "Иван Петров",
        "phone": "79123456789",
        "email": "",
        "birthday": None,
        "consent_at": "2026-03-08T09:15:00.000000+00:00",
        "registered_on": "2026-03-08",
        "referrer_id": None,
        "membership_until": None,
        "last_purchase_on": None,
        "erased_at": None,
        "merged_into": None,
    }
    check(PulledMember, member)
    assert decode(PulledMember, member).marketing_consent_at is None
    with pytest.raises(WireError, match=r"members\.3\.consent_at"):
        check(PulledMember, {**member, "consent_at": "2026-03-08"}, at=("members", 3))


def test_an_offset_other_than_utc_is_written_as_it_is() -> None:
    east = replace(ENTRY, created_at=AT.astimezone(timezone(timedelta(hours=5))))
    assert entry_to_dict(east)["created_at"] == "2026-03-08T14:15:00+05:00"
