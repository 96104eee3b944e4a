"""Erasure on the server: an erased member's personal data leaves every row that held it.

`member_erased` wipes the member row (see `commands`); the copies are here. Refused messages
kept for the operator (`rejections`) hold payloads as they came: those keyed by the member are
deleted, and any other payload that is the member's loses its personal fields. A refusal
recorded later (a terminal's edit of a member already erased) is stored without them too
(`without_personal_data`). On SQLite the freed space is zeroed (`secure_delete`) and the WAL
truncated after the commit; on PostgreSQL the old row versions stay in the table files until
VACUUM (docs/security.md, "Erasure").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, select, update

from db import jsontext
from db.engine import checkpoint_when_done
from db.repositories.erasure import WIPED
from server.models import members, rejections
from server.store.sql import chunks


def scrub_rejections(connection: Connection, member_id: str) -> None:
    """Delete the member's refused messages; wipe the member's data from any other payload."""
    connection.execute(delete(rejections).where(rejections.c.key == member_id))
    found = connection.execute(
        select(rejections.c.id, rejections.c.payload).where(
            rejections.c.payload.contains(member_id, autoescape=True)
        )
    )
    for row in found.all():
        payload = jsontext.loads(row.payload)
        if _is_member(payload, {member_id}):
            connection.execute(
                update(rejections)
                .where(rejections.c.id == row.id)
                .values(payload=jsontext.dumps({**payload, **WIPED}))
            )
    checkpoint_when_done(connection)


def without_personal_data(connection: Connection, payloads: dict[int, Any]) -> dict[int, Any]:
    """Refused payloads as they may be kept: an erased member's payload without personal data."""
    ids = sorted({str(p["id"]) for p in payloads.values() if _is_member(p, None)})
    erased: set[str] = set()
    for chunk in chunks(ids):
        query = select(members.c.id).where(
            members.c.id.in_(chunk), members.c.erased_at.is_not(None)
        )
        erased.update(connection.execute(query).scalars())
    return {
        message_id: {**p, **WIPED} if _is_member(p, erased) else p
        for message_id, p in payloads.items()
    }


def _is_member(payload: Any, ids: set[str] | None) -> bool:
    """True for a member payload (one with personal fields) of one of `ids` (None: anyone)."""
    if not isinstance(payload, dict) or "name" not in payload or "id" not in payload:
        return False
    return ids is None or str(payload["id"]) in ids
