"""The server's epoch: a random id that says "this history", carried in every pull cursor.

A restored server has lost the changes made after its backup, and its change-log positions
will be handed out again. A cursor from before the restore would then skip rows silently, so
the epoch is renewed after a restore: terminals holding a cursor of the old epoch are told to
resync from scratch and to send their whole outbox again (the server keeps what it already
has and takes back what it lost).

On PostgreSQL the change log orders rows by the id of the transaction that wrote them. A dump
restored into another cluster may carry ids above the new cluster's counter, so new rows
would sort before old ones: `check_epoch` notices and renews the epoch, setting the old rows'
transaction ids to 0 so that everything written later sorts after them. A point-in-time
recovery keeps the counter and cannot be noticed: run `pos-loyalty-server epoch renew` after
one (docs/server.md).
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, text, update

from server.models import server_meta

_NEWEST_XID = text("SELECT xid::text FROM change_log ORDER BY xid DESC NULLS LAST LIMIT 1")
_CURRENT_XID = text("SELECT pg_current_xact_id()::text")
_RESET_XIDS = text("UPDATE change_log SET xid = '0'::xid8 WHERE xid IS NOT NULL")


def renew_epoch(connection: Connection) -> str:
    """Give the server a new epoch (after a restore); return it."""
    epoch = uuid.uuid4().hex
    connection.execute(update(server_meta).where(server_meta.c.key == "epoch").values(value=epoch))
    if connection.dialect.name == "postgresql":
        connection.execute(_RESET_XIDS)
    return epoch


def check_epoch(connection: Connection) -> bool:
    """Renew the epoch if the change log is ahead of this cluster's transaction counter."""
    if connection.dialect.name != "postgresql":
        return False
    newest = connection.execute(_NEWEST_XID).scalar()
    if newest is None:
        return False
    current = int(connection.execute(_CURRENT_XID).scalar_one())
    if int(newest) < current:
        return False
    renew_epoch(connection)
    return True
