"""Stores, terminals, one-time enrolment codes and bearer tokens.

An enrolment code is made by an operator for a store and can be exchanged once, before it
expires, for a terminal token. Codes and tokens are random; the server keeps only their
SHA-256 (they are not passwords people choose, so a fast hash is enough).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update

from server.errors import EnrolmentRefused, Unauthorized
from server.models import enrolment_codes, stores, terminals

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
DEFAULT_CODE_LIFETIME = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Terminal:
    """An enrolled terminal, as the token that authenticated the request names it."""

    id: str
    store_id: int
    store: str


def digest(secret: str) -> str:
    """The SHA-256 of a code or token, as stored."""
    return hashlib.sha256(secret.encode()).hexdigest()


def new_code() -> str:
    """A one-time code people can read out and type: XXXX-XXXX-XXXX."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normal_code(code: str) -> str:
    """The code as stored: capitals, without dashes or spaces."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def store_id(connection: Connection, name: str, now: datetime) -> tuple[int, bool]:
    """Return the store's id and whether it was created now."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a store needs a name")
    found = connection.execute(select(stores.c.id).where(stores.c.name == name)).scalar()
    if found is not None:
        return int(found), False
    row = connection.execute(insert(stores).values(name=name, created_at=now))
    key = row.inserted_primary_key
    assert key is not None
    return int(key[0]), True


def add_enrolment(
    connection: Connection, store: str, now: datetime, lifetime: timedelta = DEFAULT_CODE_LIFETIME
) -> tuple[str, datetime, bool]:
    """Make a one-time code for a terminal of `store`; return (code, expiry, store created)."""
    sid, created = store_id(connection, store, now)
    code = new_code()
    expires = now + lifetime
    connection.execute(
        insert(enrolment_codes).values(
            code_hash=digest(normal_code(code)), store_id=sid, created_at=now, expires_at=expires
        )
    )
    return code, expires, created


def enrol(connection: Connection, code: str, terminal_id: str, now: datetime) -> Terminal:
    """Spend an enrolment code on a terminal; the caller stores the token hash with `bind`."""
    found = connection.execute(
        select(enrolment_codes, stores.c.name)
        .join(stores, stores.c.id == enrolment_codes.c.store_id)
        .where(enrolment_codes.c.code_hash == digest(normal_code(code)))
    ).first()
    if found is None:
        raise EnrolmentRefused(
            "unknown enrolment code: check it, or make a new one with "
            "'pos-loyalty-server terminal add --store NAME'"
        )
    if found.used_at is not None:
        raise EnrolmentRefused(
            f"this enrolment code was already used by terminal {found.terminal_id}: "
            "make a new one with 'pos-loyalty-server terminal add --store NAME'"
        )
    if found.expires_at <= now:
        raise EnrolmentRefused(
            f"this enrolment code expired at {found.expires_at.isoformat(timespec='minutes')}: "
            "make a new one with 'pos-loyalty-server terminal add --store NAME'"
        )
    connection.execute(
        update(enrolment_codes)
        .where(enrolment_codes.c.code_hash == found.code_hash)
        .values(used_at=now, terminal_id=terminal_id)
    )
    return Terminal(terminal_id, int(found.store_id), str(found.name))


def bind_token(connection: Connection, terminal: Terminal, now: datetime) -> str:
    """Give the terminal a new token (refused if the id is enrolled and not revoked)."""
    existing = connection.execute(
        select(terminals.c.revoked_at).where(terminals.c.id == terminal.id)
    ).first()
    if existing is not None and existing.revoked_at is None:
        raise EnrolmentRefused(
            f"terminal {terminal.id} is already enrolled: revoke it first with "
            f"'pos-loyalty-server terminal revoke {terminal.id}' if this really is that terminal"
        )
    token = "plt_" + secrets.token_urlsafe(32)
    values = {
        "store_id": terminal.store_id,
        "token_hash": digest(token),
        "enrolled_at": now,
        "revoked_at": None,
        "audit_key": None,  # a terminal enrolled again gets a new audit key (see store.evidence)
    }
    if existing is None:
        connection.execute(
            insert(terminals).values(id=terminal.id, last_seq=0, missing=0, **values)
        )
    else:
        connection.execute(update(terminals).where(terminals.c.id == terminal.id).values(values))
    return token


def authenticate(connection: Connection, token: str) -> Terminal:
    """Return the terminal a bearer token belongs to; refuse unknown and revoked tokens."""
    row = connection.execute(
        select(terminals.c.id, terminals.c.store_id, terminals.c.revoked_at, stores.c.name)
        .join(stores, stores.c.id == terminals.c.store_id)
        .where(terminals.c.token_hash == digest(token))
    ).first()
    if row is None:
        raise Unauthorized("unknown terminal token: enrol the terminal again")
    if row.revoked_at is not None:
        raise Unauthorized(
            f"the token of terminal {row.id} was revoked: ask for a new enrolment code"
        )
    return Terminal(row.id, int(row.store_id), row.name)


def revoke(connection: Connection, terminal_id: str, now: datetime) -> bool:
    """Revoke a terminal's token; return False if there is no such enrolled terminal."""
    done = connection.execute(
        update(terminals)
        .where(terminals.c.id == terminal_id, terminals.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return done.rowcount == 1
