"""A pull page as JSON, written straight from the rows.

Pages are the sync's bulk path (thousands of rows each), so they skip building and
re-validating pydantic objects: each row is written by the core's declaration of it
(`pos_loyalty.wire.pull`), and the API fuzz test checks every answer against the schema built
from the same declarations. Members and ledger entries, by far the most rows, come as JSON
already written (members by the database with the keys of `PulledMember`, entries as the UTF-8
bytes the push stored, see `server.store.pull`) and are spliced in as they are, in the answer's
declared order.
"""

from __future__ import annotations

import json

from pos_loyalty.domain.cards import CardState, CardType
from pos_loyalty.domain.staff import Role
from pos_loyalty.wire import encode
from pos_loyalty.wire.payloads import CardPayload
from pos_loyalty.wire.pull import PulledProgramme, PulledSpend, PulledStaff
from server.store.pull import Page


def page_json(page: Page, epoch: str, cursor: str) -> bytes:
    """The page as the JSON body of `GET /pull` (a `PullPage`)."""
    body = {
        "epoch": epoch,
        "cursor": cursor,
        "more": page.more,
        "cards": [
            encode(
                CardPayload(
                    number=r.number,
                    type=CardType(r.card_type),
                    state=CardState(r.state),
                    member_id=r.member_id,
                    replaced_by=r.replaced_by,
                    block_reason=r.block_reason,
                )
            )
            for r in page.cards
        ],
        "programmes": [encode(PulledProgramme(version=v, data=d)) for v, d in page.programmes],
        "staff": [
            encode(
                PulledStaff(
                    id=r.id, name=r.name, role=Role(r.role), pin_hash=r.pin_hash, active=r.active
                )
            )
            for r in page.staff
        ],
    }
    head = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    spend = json.dumps(
        [encode(r, PulledSpend) for r in page.spend], ensure_ascii=False, separators=(",", ":")
    )
    return b"".join(
        (
            head[:-1].encode(),
            b',"entries":[',
            b",".join(page.entries),
            b'],"spend":',
            spend.encode(),
            b',"members":[',
            ",".join(page.members).encode(),
            b"]}",
        )
    )
