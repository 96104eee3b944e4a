"""A real server for tests: uvicorn in a thread on 127.0.0.1, and terminals with real databases.

`LiveServer` serves an app over HTTP on an ephemeral loopback port (it can be stopped and
started again on the same port). `Till` is a terminal: its own SQLite file, the core's use cases
committing registrations and sales, and the sync talking to the server over HTTP.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine

from db import Database, open_database
from pos_loyalty.domain.checkout import CheckLine, RedeemRequest
from pos_loyalty.services.checkout import Checkout, Committed, commit_checkout
from pos_loyalty.services.members import Registered, Registration, register_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template
from server.store.terminals import add_enrolment
from sync import SyncClient, client_for, enrol, sync_once
from sync.link import current
from sync.worker import SyncReport

STORE_TZ = timezone(timedelta(hours=3))
START = datetime(2026, 4, 1, 9, 0, tzinfo=STORE_TZ)


class LiveServer:
    """uvicorn serving `app` on 127.0.0.1 in a daemon thread."""

    def __init__(self, app: FastAPI, port: int = 0, tls: tuple[Path, Path] | None = None) -> None:
        self.app = app
        self.scheme = "https" if tls else "http"
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", port))
        self.port = self._sock.getsockname()[1]
        certificate, key = tls if tls else (None, None)
        config = uvicorn.Config(
            app,
            log_level="warning",
            lifespan="off",
            access_log=False,
            ssl_certfile=certificate,
            ssl_keyfile=key,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)

    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self._server.should_exit = True
        self._thread.join(10)
        self._sock.close()


def enrolment_code(engine: Engine, store: str) -> str:
    """Make a one-time enrolment code the way `pos-loyalty-server terminal add` does."""
    with engine.begin() as connection:
        code, _, _ = add_enrolment(connection, store, datetime.now(UTC))
    return code


@dataclass
class Till:
    """A terminal: its database, its id, a clock the test moves, and its sync."""

    db: Database
    terminal_id: str
    now: datetime = START
    url: str = ""
    cards: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, path: Path, terminal_id: str) -> Till:
        """Create a terminal database with the bonus programme."""
        db = open_database(path)
        uow = db.uow()
        with uow:
            uow.settings.put("terminal", {"id": terminal_id, "store": "Store"})
            uow.commit()
        with uow.read_only():
            existing = uow.programmes.current()
        if existing is None:
            save_programme(template("bonus"), uow=db.uow())
        return cls(db, terminal_id)

    def clock(self) -> datetime:
        """The terminal's time."""
        return self.now

    def actor(self) -> Actor:
        """This terminal and a cashier."""
        return Actor(self.terminal_id, "cashier")

    def enrol(self, url: str, code: str) -> None:
        """Enrol with the server over HTTP."""
        self.url = url
        enrol(self.db, url, code, self.terminal_id)

    def register(self, name: str, phone: str, card: str | None = None) -> Registered:
        """Register a member with the real use case."""
        cmd = Registration(name, phone, True, card_number=card)
        return register_member(cmd, uow=self.db.uow(), clock=self.clock, actor=self.actor())

    def checkout(
        self, card: str, total: int, redeem: RedeemRequest = None, category: str = ""
    ) -> Committed:
        """Record a sale (total in kopecks) with the real use case."""
        cmd = Checkout(card, (CheckLine(total, category),), redeem)
        return commit_checkout(cmd, uow=self.db.uow(), clock=self.clock, actor=self.actor())

    def balance(self, member_id: str) -> int:
        """The member's balance on this terminal."""
        uow = self.db.uow()
        with uow.read_only():
            return uow.wallets.get(member_id).balance

    def client(self, url: str | None = None, timeout: float = 10.0) -> SyncClient:
        """A sync client for this terminal's enrolment."""
        return client_for(current(self.db), url or self.url, timeout=timeout)

    def headers(self) -> dict[str, str]:
        """The Authorization header this terminal sends."""
        return {"Authorization": f"Bearer {current(self.db).token}"}

    def sync(self, url: str | None = None) -> SyncReport:
        """One round of push and pull."""
        with self.client(url) as client:
            return sync_once(self.db, client, clock=self.clock)

    def today(self) -> date:
        """The store's date on this terminal."""
        return self.now.date()
