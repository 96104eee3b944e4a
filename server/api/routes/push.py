"""`POST /push`: a batch of a terminal's outbox, applied in one transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from fastapi import APIRouter

from pos_loyalty.wire.push import Gap, Problem, PushAnswer, PushRequest
from server.api import convert
from server.api.deps import SessionDep, TerminalDep
from server.api.errors import error_responses
from server.api.gate import ParsedBodyRoute
from server.api.wire_models import body, schema
from server.database import read_epoch
from server.errors import Forbidden
from server.push import apply_batch

if TYPE_CHECKING:
    PushBody = PushRequest
else:
    PushBody = body(PushRequest)

router = APIRouter(tags=["sync"], route_class=ParsedBodyRoute)


@router.post(
    "/push", response_model=schema(PushAnswer), responses=error_responses(400, 401, 403, 503)
)
def push(batch: PushBody, terminal: TerminalDep, session: SessionDep) -> PushAnswer:
    """Apply a batch of outbox messages, oldest first, all or nothing.

    Entries are stored once by UUID and by (terminal, sequence): one sent again with the same
    content counts as a duplicate; the same UUID with other content is a conflict and is
    listed in `problems` (so is a member or card change the server refuses, with the reason).
    Gaps in the terminal's sequence are listed and kept for `GET /status`. A batch holding
    an entry, sale or refund of another terminal is refused whole (403).
    """
    for message in batch.messages:
        writer = message.writer
        if writer is not None and writer != terminal.id:
            raise Forbidden(
                f"message {message.message_id} was written by terminal {writer}; this token "
                f"belongs to terminal {terminal.id}, which can only write as itself"
            )
    items = [convert.item(message) for message in batch.messages]
    result = apply_batch(session, terminal.id, items, datetime.now(UTC))
    epoch = read_epoch(session)
    session.commit()
    return PushAnswer(
        epoch=epoch,
        accepted=result.accepted,
        duplicates=result.duplicates,
        problems=tuple(
            Problem(
                message_id=r.message_id, kind=r.kind, key=r.key, status=r.status, reason=r.reason
            )
            for r in result.refusals
        ),
        gaps=tuple(Gap(first_seq=a, last_seq=b) for a, b in result.gaps),
    )
