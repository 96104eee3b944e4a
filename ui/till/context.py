"""What the till API's routes share: the store, who the till acts as, the clock, the token.

The till acts as one staff account named in the `till_api` setting (`staff`): the sales and
refunds it records are that account's, and the approval policy applies to it as at the counter.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Any

from fastapi import Header, HTTPException, Request

from db import Database
from db.uow import SqlAlchemyUnitOfWork
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.ports import UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.slips import StoreHeader

SETTING = "till_api"
"""The setting: {"host", "port", "token_sha256", "staff", "start_with_window"}.

Only the token's SHA-256 is kept, so the settings and their audit log never show the token.
"""

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
DEFAULT_PORT = 8765


@dataclass(frozen=True, slots=True)
class TillSettings:
    """Where the till API listens, the token a till must send, the account it acts as."""

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    token: str = ""
    """The SHA-256 (hex) of the token a till must send; "" for none."""
    staff: str = ""
    start_with_window: bool = False

    @staticmethod
    def read(uow: UnitOfWork) -> TillSettings:
        """The `till_api` setting (defaults where nothing was saved)."""
        with uow.read_only():
            raw: dict[str, Any] = uow.settings.get(SETTING) or {}
        return TillSettings(
            host=str(raw.get("host", "127.0.0.1")),
            port=int(raw.get("port", DEFAULT_PORT)),
            token=str(raw.get("token_sha256", "")),
            staff=str(raw.get("staff", "")),
            start_with_window=bool(raw.get("start_with_window", False)),
        )

    def require_safe(self) -> None:
        """Refuse to listen beyond this machine without a token."""
        if self.host not in LOOPBACK and not self.token:
            raise InvalidInput(
                f"the till API would listen on {self.host} with no token: set one with "
                "pos-loyalty till configure --token TOKEN, or listen on 127.0.0.1",
                code="till_no_token",
            )


def till_actor(uow: UnitOfWork, terminal_id: str, staff_name: str) -> Actor:
    """The staff account the till acts as, by the name in the setting."""
    if not staff_name:
        raise InvalidInput(
            "no staff account for the till: name one with pos-loyalty till configure "
            "--staff NAME, or serve with --account NAME",
            code="till_no_staff",
        )
    with uow.read_only():
        person = uow.staff.by_name(staff_name)
    if person is None or not person.active:
        raise InvalidInput(
            f"no active staff account {staff_name!r} for the till: check the name "
            "(pos-loyalty staff list) and set it with pos-loyalty till configure --staff NAME",
            code="till_staff_unknown",
        )
    return Actor(terminal_id=terminal_id, staff_id=person.id)


@dataclass(frozen=True)
class TillContext:
    """Everything a route needs, made once by the composition root."""

    database: Database
    actor: Actor
    store: StoreHeader
    clock: Callable[[], datetime]
    real_clock: Callable[[], datetime]
    token: str = ""
    """The SHA-256 (hex) of the token a till must send; "" for none."""
    language: str = "ru"
    hasher: Argon2PinHasher = field(default_factory=Argon2PinHasher)
    listener: Callable[[object], None] | None = None
    """Told of each check calculated, confirmed or cancelled (the counter window shows it). It
    runs on the server's thread, so it only hands the news over (a queued Qt signal)."""

    def uow(self) -> SqlAlchemyUnitOfWork:
        """A fresh unit of work for one request."""
        return self.database.uow()

    def tell(self, news: object) -> None:
        """Hand what a route did to the listener, if there is one."""
        if self.listener is not None:
            self.listener(news)


def token_digest(token: str) -> str:
    """What the setting keeps of a token."""
    return hashlib.sha256(token.encode()).hexdigest()


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Refuse a request without the configured bearer token (none configured: all pass)."""
    token: str = request.app.state.till.token
    if not token:
        return
    sent = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(token_digest(sent).encode(), token.encode()):
        raise HTTPException(
            status_code=401,
            detail="send the till API token as 'Authorization: Bearer <token>' "
            "(the till_api setting's token)",
        )
