"""The server's epoch: a random id that says "this history", carried in every pull cursor.

A restored server has lost the changes made after its backup, and its change-log positions
will be handed out again. A cursor from before the restore would then skip rows silently, so
the epoch is renewed after a restore: terminals holding a cursor of the old epoch are told to
resync from scratch and to send their whole outbox again (the server keeps what it already
has and takes back what it lost). A new epoch also holds new blocks of card numbers back until
every terminal has shown the blocks it holds (`server.store.card_blocks`).

On PostgreSQL the server knows the database it last ran on (`server_meta`, key `database`):
the cluster's system identifier, the database's oid, the timeline and the oid of the
`server_meta` table itself. A restore changes one of them: a dump loaded into another cluster
(the identifier), into another database of the same cluster (the database's oid), into the
same database after dropping the tables (the table's oid), a point-in-time recovery or a
promoted standby (the timeline). `check_epoch`, run at every start-up, then renews the epoch.
A dump restored into another cluster may also carry transaction ids above the new cluster's
counter, so new change-log rows would sort before old ones: a renewal sets the old rows'
transaction ids to 0, so that everything written later sorts after them. On SQLite nothing
tells a copy of the file from the original: run `pos-loyalty-server epoch renew` after
restoring one (docs/deploy.md).
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, insert, select, text, update

from server.models import server_meta
from server.store.card_blocks import wait_for_showings

IDENTITY_KEY = "database"
_IDENTITY = text(
    "SELECT concat_ws('/',"
    " (SELECT system_identifier FROM pg_control_system()),"
    " (SELECT oid FROM pg_database WHERE datname = current_database()),"
    " ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int,"
    " 'server_meta'::regclass::oid)"
)
"""Functions any role may call (no superuser needed), checked on PostgreSQL 15. The timeline
is that of the WAL being written (the first 8 hex digits of its file name): the last
checkpoint's (`pg_control_checkpoint()`) keeps the old one after a promote until the next
checkpoint ends, while a point-in-time recovery checkpoints before it lets anyone in."""
_NEWEST_XID = text("SELECT xid::text FROM change_log ORDER BY xid DESC NULLS LAST LIMIT 1")
_CURRENT_XID = text("SELECT pg_current_xact_id()::text")
_RESET_XIDS = text("UPDATE change_log SET xid = '0'::xid8 WHERE xid IS NOT NULL")


def renew_epoch(connection: Connection) -> str:
    """Give the server a new epoch (after a restore); return it."""
    epoch = uuid.uuid4().hex
    connection.execute(update(server_meta).where(server_meta.c.key == "epoch").values(value=epoch))
    if connection.dialect.name == "postgresql":
        connection.execute(_RESET_XIDS)
    wait_for_showings(connection, epoch)
    return epoch


def database_identity(connection: Connection) -> str:
    """What changes when this PostgreSQL database is restored somewhere, or recovered."""
    return str(connection.execute(_IDENTITY).scalar_one())


def check_epoch(connection: Connection) -> bool:
    """Renew the epoch if this is not the database the server last ran on (PostgreSQL)."""
    if connection.dialect.name != "postgresql":
        return False
    # Workers starting together take turns here: the first renews, the others see its record.
    connection.execute(
        select(server_meta.c.value).where(server_meta.c.key == "epoch").with_for_update()
    )
    current = database_identity(connection)
    known = select(server_meta.c.value).where(server_meta.c.key == IDENTITY_KEY)
    stored = connection.execute(known).scalar()
    if stored is None:
        connection.execute(insert(server_meta).values(key=IDENTITY_KEY, value=current))
    elif stored != current:
        connection.execute(
            update(server_meta).where(server_meta.c.key == IDENTITY_KEY).values(value=current)
        )
    if stored not in (None, current) or _change_log_ahead(connection):
        renew_epoch(connection)
        return True
    return False


def _change_log_ahead(connection: Connection) -> bool:
    """True if the change log holds transaction ids this cluster has not reached."""
    newest = connection.execute(_NEWEST_XID).scalar()
    if newest is None:
        return False
    return int(newest) >= int(connection.execute(_CURRENT_XID).scalar_one())
