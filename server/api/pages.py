"""A pull page as JSON, written straight from the rows.

Pages are the sync's bulk path (thousands of rows each), so they skip building and
re-validating pydantic objects: the fields below are exactly those of `PullResponse`, and the
API fuzz test checks every answer against that schema. Members, by far the most rows, come
as JSON text written by the database (`server.store.pull`) and are spliced in as they are.
"""

from __future__ import annotations

import json

from pos_loyalty.services.payloads import entry_to_dict
from server.store.pull import Page


def page_json(page: Page, epoch: str, cursor: str) -> bytes:
    """The page as the JSON body of `GET /pull`."""
    body = {
        "epoch": epoch,
        "cursor": cursor,
        "more": page.more,
        "cards": [
            {
                "number": r.number,
                "type": r.card_type,
                "state": r.state,
                "member_id": r.member_id,
                "replaced_by": r.replaced_by,
                "block_reason": r.block_reason,
            }
            for r in page.cards
        ],
        "programmes": [{"version": v, "data": d} for v, d in page.programmes],
        "staff": [
            {"id": r.id, "name": r.name, "role": r.role, "pin_hash": r.pin_hash, "active": r.active}
            for r in page.staff
        ],
        "entries": [entry_to_dict(e) for e in page.entries],
        "spend": [
            {
                "member_id": r.member_id,
                "day": r.day.isoformat(),
                "terminal_id": r.terminal_id,
                "amount": r.amount,
            }
            for r in page.spend
        ],
    }
    head = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return f'{head[:-1]},"members":[{",".join(page.members)}]}}'.encode()
