"""Scrub the members erased before erasure reached every copy.

An erasure used to wipe the member row only: the outbox kept the member's `member_registered`
and `member_updated` payloads with name, phone, e-mail and birthday, and the name index kept
the words in its old segments. This step does for every member erased before it what an
erasure does now (`db.repositories.erasure`): wipe those payloads' personal fields and merge
the index's segments. Freed pages are zeroed from here on (`secure_delete`, db.engine).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

import json

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

WIPED = {"name": "", "phone": "", "email": "", "birthday": None, "consent_at": None}


def upgrade() -> None:
    """Wipe the erased members' personal fields in the outbox; merge the name index."""
    if op.get_context().as_sql:
        return  # SQL written out for review: the data step needs the rows, it runs online only
    bind = op.get_bind()
    erased = {
        row[0] for row in bind.exec_driver_sql("SELECT id FROM members WHERE erased_at IS NOT NULL")
    }
    if not erased:
        return
    rows = bind.exec_driver_sql(
        "SELECT id, payload FROM outbox WHERE kind IN ('member_registered', 'member_updated')"
    ).all()
    for message_id, text in rows:
        payload = json.loads(text)
        if payload.get("id") in erased:
            scrubbed = {**payload, **WIPED, "erased": True}
            bind.exec_driver_sql(
                "UPDATE outbox SET payload = ? WHERE id = ?",
                (json.dumps(scrubbed, ensure_ascii=False, separators=(",", ":")), message_id),
            )
    bind.exec_driver_sql("INSERT INTO members_fts (members_fts) VALUES ('optimize')")


def downgrade() -> None:
    """Nothing to undo: the personal data is gone on purpose."""
