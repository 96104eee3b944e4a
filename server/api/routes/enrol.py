"""`POST /enrol`: exchange a one-time enrolment code for a terminal token."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter

from server.api.deps import SessionDep
from server.api.errors import error_responses
from server.api.schemas import EnrolRequest, EnrolResponse
from server.database import read_epoch
from server.store.terminals import bind_token, enrol

router = APIRouter(tags=["enrolment"])


@router.post("/enrol", response_model=EnrolResponse, responses=error_responses(400, 503))
def enrol_terminal(body: EnrolRequest, session: SessionDep) -> EnrolResponse:
    """Spend an enrolment code: the terminal gets its own bearer token, shown only now.

    The terminal sends the id it already uses in its ledger, so entries it wrote before
    enrolment are accepted as its own. An id that is enrolled and not revoked is refused.
    """
    now = datetime.now(UTC)
    terminal = enrol(session, body.code, body.terminal_id, now)
    token = bind_token(session, terminal, now)
    epoch = read_epoch(session)
    session.commit()
    return EnrolResponse(terminal_id=terminal.id, store=terminal.store, token=token, epoch=epoch)
