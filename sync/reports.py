"""Chain-wide reports from the central server, read back into the terminal's report documents.

    document = chain_report(db, ChainAsk("z", period, "en", now))
    render_pdf(document, "z.pdf")          # the same renderers as a local report

The server makes the report from what every terminal pushed (`GET /reports/NAME`) and sends the
document in the lossless form of `pos_loyalty.reports.wire`; nothing is rounded on the way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from db import Database
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.reports.document import Document
from pos_loyalty.reports.period import Language, Period
from pos_loyalty.reports.wire import document_from_wire
from sync.errors import NotEnrolled, ProtocolError
from sync.link import client_for, current

CHAIN_TIMEOUT = 300.0
"""Seconds a chain report may take: the server sums every store's data."""


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
        return params


def is_enrolled(db: Database) -> bool:
    """True when this terminal has a server to ask."""
    try:
        current(db)
    except NotEnrolled:
        return False
    return True


def chain_report(db: Database, ask: ChainAsk, server_url: str | None = None) -> Document:
    """Ask the enrolled server for a chain-wide report; raise a SyncError saying what to do."""
    with client_for(current(db), server_url, timeout=CHAIN_TIMEOUT) as client:
        data = client.report(ask.name, ask.params())
    try:
        return document_from_wire(data)
    except InvalidInput as exc:
        raise ProtocolError(str(exc)) from exc
