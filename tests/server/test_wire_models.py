"""The server's schemas are built from the core's wire declarations: both read a message alike,
and the terminal's spliced push body is exactly the declared `PushRequest`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from db import jsontext
from db.repositories.outbox import OutboxMessage
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.members import Member
from pos_loyalty.services.payloads import entry_to_dict, member_to_dict
from pos_loyalty.wire import WireError, decode, encode
from pos_loyalty.wire.push import PushedMessage, PushRequest
from server.api.wire_models import body, schema, to_wire
from sync import push as sync_push

AT = datetime(2026, 3, 8, 9, 15, tzinfo=UTC)
ENTRY = LedgerEntry(
    id="e-1",
    terminal_id="T-1",
    seq=1,
    member_id="m-1",
    kind=EntryKind.EARN,
    points=49,
    business_date=date(2026, 3, 8),
    created_at=AT,
)
MEMBER = Member(id="m-1", name="Иван Петров", phone="79123456789", consent_at=AT)
SERVER = TypeAdapter(body(PushRequest))
MODEL = TypeAdapter(schema(PushRequest))
"""The pydantic model alone, without the core's reader in front of it."""


def _batch(*payloads: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    messages = [{"message_id": i, "kind": k, "payload": p} for i, (k, p) in enumerate(payloads, 1)]
    return {"messages": messages}


GOOD = _batch(("ledger_entry", entry_to_dict(ENTRY)), ("member_updated", member_to_dict(MEMBER)))
BAD = [
    _batch(("ledger_entry", {**entry_to_dict(ENTRY), "points": 1.0})),
    _batch(("ledger_entry", {**entry_to_dict(ENTRY), "seq": True})),
    _batch(("ledger_entry", {**entry_to_dict(ENTRY), "created_at": "2026-03-08T09:15:00"})),
    _batch(("ledger_entry", {**entry_to_dict(ENTRY), "business_date": 1772928000})),
    _batch(("member_updated", {**member_to_dict(MEMBER), "name": "Я" * 201})),
    _batch(("member_updated", {**member_to_dict(MEMBER), "phone": "7\x00"})),
    _batch(("card_bound", {"number": "0420000000013", "type": "gold", "state": "active"})),
    _batch(("programme", {"version": 0})),
    {**GOOD, "extra": 1},
]


def test_what_the_core_reads_the_server_reads_as_the_same_message() -> None:
    assert to_wire(MODEL.validate_python(GOOD)) == decode(PushRequest, GOOD)
    assert SERVER.validate_python(GOOD) == decode(PushRequest, GOOD)


@pytest.mark.parametrize("sent", BAD, ids=range(len(BAD)))
def test_what_the_core_refuses_the_server_refuses_at_the_same_field(sent: dict[str, Any]) -> None:
    with pytest.raises(WireError) as core:
        decode(PushRequest, sent)
    with pytest.raises(ValidationError) as server:
        MODEL.validate_python(sent)
    core_fields = {p.loc[-1] for p in core.value.problems}
    server_fields = {e["loc"][-1] for e in server.value.errors()}
    assert core_fields == server_fields


@pytest.mark.parametrize("sent", BAD, ids=range(len(BAD)))
def test_a_body_the_core_refuses_gets_the_models_own_refusal(sent: dict[str, Any]) -> None:
    # The route's body type reads with the core first; its 422 is still the model's.
    with pytest.raises(ValidationError) as model:
        MODEL.validate_python(sent)
    with pytest.raises(ValidationError) as server:
        SERVER.validate_python(sent)
    assert server.value.json() == model.value.json()


def test_the_spliced_push_body_is_the_declared_push_request() -> None:
    payloads = [("ledger_entry", entry_to_dict(ENTRY)), ("member_updated", member_to_dict(MEMBER))]
    outbox = [
        OutboxMessage(i, AT, kind, payload, jsontext.dumps(payload))
        for i, (kind, payload) in enumerate(payloads, start=41)
    ]
    declared = PushRequest(
        messages=tuple(
            PushedMessage(
                message_id=m.id, kind=m.kind, payload=decode(PushedMessage, _one(m)).payload
            )
            for m in outbox
        )
    )
    assert sync_push.encode(outbox) == jsontext.dumps(encode(declared)).encode()


def test_the_openapi_description_names_each_payload_by_its_declaration() -> None:
    entry = schema(PushRequest).model_json_schema()["$defs"]["EntryPayload"]
    assert entry["properties"]["points"]["maximum"] == 10**12
    assert entry["properties"]["reason"]["maxLength"] == 2000
    assert set(entry["required"]) == {
        "id",
        "terminal_id",
        "seq",
        "member_id",
        "kind",
        "points",
        "business_date",
        "created_at",
    }


def _one(message: OutboxMessage) -> dict[str, Any]:
    return {"message_id": message.id, "kind": message.kind, "payload": message.payload}
