"""Chain-wide reports from the central server, read back into the terminal's report documents.

    document = ChainReports(db.uow).fetch(ChainAsk("z", period, "en", now))
    render_pdf(document, "z.pdf")          # the same renderers as a local report

The server makes the report from what every terminal pushed (`GET /reports/NAME`) and sends the
document in the lossless form of `pos_loyalty.reports.wire`; nothing is rounded on the way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from db import Database
from db.repositories.sync_state import SqlAlchemySyncState, SyncLink
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.reports.document import Document
from pos_loyalty.reports.period import Language, Period
from pos_loyalty.reports.wire import document_from_wire
from sync.client import SyncClient
from sync.errors import NotEnrolled, ProtocolError
from sync.link import client_for

CHAIN_TIMEOUT = 300.0
"""Seconds a chain report may take: the server sums every store's data."""
STORES_TIMEOUT = 5.0
"""Seconds the list of stores may take (the reports window asks when it opens)."""


@dataclass(frozen=True, slots=True)
class ChainAsk:
    """What to ask the server for."""

    name: str
    period: Period
    language: Language
    now: datetime
    store: str | None = None
    limit: int = 50
    days: int = 90
    card: str | None = None

    def __post_init__(self) -> None:
        if not 0 < self.limit <= 100_000:
            raise InvalidInput(f"--limit {self.limit}: give 1 to 100000")
        if self.days < 1:
            raise InvalidInput(f"--days {self.days}: give at least 1 day")
        if self.now.tzinfo is None:
            raise InvalidInput("a chain report needs the terminal's clock with its time zone")

    def params(self) -> dict[str, Any]:
        """The query string of `GET /reports/NAME`."""
        params: dict[str, Any] = {
            "from": self.period.first.isoformat(),
            "to": self.period.last.isoformat(),
            "lang": self.language,
            "limit": self.limit,
            "days": self.days,
            "at": self.now.isoformat(),
        }
        if self.store:
            params["store"] = self.store
        if self.card:
            params["card"] = self.card
        return params


STORE_TERMINALS = "store_terminals"
"""The setting that names each store's terminals, as the server last listed them."""


class ChainReports:
    """The chain-wide reports of the server this terminal is enrolled with.

    Takes what makes units of work (`Database.uow`, or the window's factory); each call reads
    the enrolment in a short read transaction of its own, so it can run on any thread.
    """

    def __init__(self, uow_factory: Callable[[], Any], server_url: str | None = None) -> None:
        self._uow_factory = uow_factory
        self._server_url = server_url

    def _link(self) -> SyncLink | None:
        uow = self._uow_factory()
        with uow.read_only():
            found: SyncLink | None = SqlAlchemySyncState(uow.connection).link()
        return found

    def enrolled(self) -> bool:
        """True when this terminal has a server to ask."""
        return self._link() is not None

    def _client(self, timeout: float) -> SyncClient:
        link = self._link()
        if link is None:
            raise NotEnrolled()
        return client_for(link, self._server_url, timeout=timeout)

    def stores(self) -> list[str]:
        """The chain's stores, as the server names them; raise a SyncError if it cannot say.

        Their terminals are kept in the `store_terminals` setting too, so that a local report
        can be limited to another store's terminals (`--store`).
        """
        with self._client(STORES_TIMEOUT) as client:
            data = client.reports()
        try:
            known = {str(s["name"]): [str(t) for t in s["terminals"]] for s in data["stores"]}
        except (KeyError, TypeError) as exc:
            raise ProtocolError(f"the server's list of stores could not be read ({exc!r})") from exc
        uow = self._uow_factory()
        with uow:
            uow.settings.put(STORE_TERMINALS, known)
            uow.commit()
        return list(known)

    def fetch(self, ask: ChainAsk) -> Document:
        """Ask the server for a chain-wide report; raise a SyncError saying what to do."""
        with self._client(CHAIN_TIMEOUT) as client:
            data = client.report(ask.name, ask.params())
        try:
            return document_from_wire(data)
        except InvalidInput as exc:
            raise ProtocolError(str(exc)) from exc


def chain_report(db: Database, ask: ChainAsk, server_url: str | None = None) -> Document:
    """Ask the server `db` is enrolled with for a chain-wide report (see `ChainReports`)."""
    return ChainReports(db.uow, server_url).fetch(ask)
