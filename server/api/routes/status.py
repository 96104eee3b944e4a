"""`GET /status` (the calling terminal as the server sees it) and `GET /health`."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from pos_loyalty.wire.push import Gap, TerminalStatus
from server.api.deps import ReadSessionDep, TerminalDep
from server.api.errors import error_responses
from server.api.schemas import Health
from server.api.wire_models import schema
from server.database import read_epoch
from server.models import terminals
from server.store.gaps import gaps_of

router = APIRouter(tags=["status"])


@router.get("/status", response_model=schema(TerminalStatus), responses=error_responses(401, 503))
def terminal_status(terminal: TerminalDep, session: ReadSessionDep) -> TerminalStatus:
    """Return what the server has of this terminal: the highest sequence and any gaps."""
    row = session.execute(select(terminals).where(terminals.c.id == terminal.id)).one()
    gaps = gaps_of(session, terminal.id)
    return TerminalStatus(
        terminal_id=terminal.id,
        store=terminal.store,
        epoch=read_epoch(session),
        last_seq=row.last_seq,
        missing=row.missing,
        gaps=tuple(Gap(first_seq=a, last_seq=b) for a, b in gaps),
        last_seen_at=row.last_seen_at,
    )


@router.get("/health", response_model=Health, responses=error_responses(503))
def health(session: ReadSessionDep) -> Health:
    """Answer if the server and its database are up (for the reverse proxy; no token)."""
    session.execute(select(1))
    return Health(status="ok", epoch=read_epoch(session))
