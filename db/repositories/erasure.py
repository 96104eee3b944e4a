"""Erasure on the terminal: an erased member's personal data leaves every copy, and the files.

The member row is wiped by the caller (the erasure itself, or a pulled erasure). Copies remain
elsewhere, and this module removes them in the same transaction:

- the outbox: `member_registered` and `member_updated` payloads of the member, sent or not,
  keep their ids and dates but lose name, phone, e-mail, birthday and consent (marked
  erased); a payload still unsent goes to the server without them;
- the name index: the wipe's trigger deletes the member's words from `members_fts`, but FTS5
  only marks them deleted in a new segment; 'optimize' merges the segments, dropping the old
  ones with the words;
- the files: with `secure_delete` (db.engine) freed space is zeroed, and `checkpoint_when_done`
  truncates the WAL after the commit, so the old pages leave the -wal file as well.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection

from db import jsontext
from db.engine import checkpoint_when_done

MEMBER_MESSAGES = ("member_registered", "member_updated")
WIPED: dict[str, Any] = {
    "name": "",
    "phone": "",
    "email": "",
    "birthday": None,
    "consent_at": None,
    "marketing_consent_at": None,
    "erased": True,
}
"""The personal fields of a member payload as they are after an erasure."""

_CANDIDATES = (
    "SELECT id, payload FROM outbox WHERE kind IN ('member_registered', 'member_updated')"
    " AND EXISTS (SELECT 1 FROM json_each(?) AS m WHERE instr(outbox.payload, m.value) > 0)"
)
_REWRITE = "UPDATE outbox SET payload = ? WHERE id = ?"
_OPTIMIZE = "INSERT INTO members_fts (members_fts) VALUES ('optimize')"


def forget_members(connection: Connection, member_ids: Collection[str]) -> int:
    """Remove these erased members' personal data from every copy; return payloads scrubbed."""
    if not member_ids:
        return 0
    scrubbed = scrub_outbox(connection, member_ids)
    connection.exec_driver_sql(_OPTIMIZE)
    checkpoint_when_done(connection)
    return scrubbed


def scrub_outbox(connection: Connection, member_ids: Collection[str]) -> int:
    """Wipe the personal fields of these members' outbox payloads (sent or not)."""
    wanted = set(member_ids)
    rows = connection.exec_driver_sql(_CANDIDATES, (json.dumps(sorted(wanted)),)).all()
    changed = []
    for message_id, text in rows:
        payload = jsontext.loads(text)
        if payload.get("id") in wanted and any(payload.get(k) != v for k, v in WIPED.items()):
            changed.append((jsontext.dumps({**payload, **WIPED}), message_id))
    if changed:
        connection.exec_driver_sql(_REWRITE, changed)
    return len(changed)
