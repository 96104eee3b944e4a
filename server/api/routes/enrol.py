"""`POST /enrol`: exchange a one-time enrolment code for a terminal token.

`POST /card-blocks`: the next block of card numbers for a terminal that runs low.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter

from server.api.deps import SessionDep, TerminalDep
from server.api.errors import error_responses
from server.api.schemas import (
    CardBlock,
    CardBlocksRequest,
    CardBlocksResponse,
    EnrolRequest,
    EnrolResponse,
)
from server.database import read_epoch
from server.store import card_blocks, evidence
from server.store.terminals import bind_token, enrol

router = APIRouter(tags=["enrolment"])


@router.post("/enrol", response_model=EnrolResponse, responses=error_responses(400, 503))
def enrol_terminal(body: EnrolRequest, session: SessionDep) -> EnrolResponse:
    """Spend an enrolment code: the terminal gets its own bearer token, shown only now.

    The terminal sends the id it already uses in its ledger, so entries it wrote before
    enrolment are accepted as its own. An id that is enrolled and not revoked is refused.
    The answer carries the terminal's first block of card numbers (none while the server waits
    for the terminals' blocks after a restore) and the key of its audit chain (a terminal
    enrolled again after a revoke gets a new one). The terminal then shows the blocks it holds
    (`POST /card-blocks` with `size` 0).
    """
    now = datetime.now(UTC)
    terminal = enrol(session, body.code, body.terminal_id, now)
    token = bind_token(session, terminal, now)
    blocks = card_blocks.first_blocks(session, terminal.id, now)
    key = evidence.audit_key(session, terminal.id)
    epoch = read_epoch(session)
    session.commit()
    return EnrolResponse(
        terminal_id=terminal.id,
        store=terminal.store,
        token=token,
        epoch=epoch,
        card_blocks=[CardBlock(first_seq=b.first_seq, last_seq=b.last_seq) for b in blocks],
        audit_key=key,
    )


@router.post(
    "/card-blocks", response_model=CardBlocksResponse, responses=error_responses(400, 401, 503)
)
def top_up_card_blocks(
    body: CardBlocksRequest, terminal: TerminalDep, session: SessionDep
) -> CardBlocksResponse:
    """Hand the terminal a new block of card numbers (it issues new cards only from its blocks).

    Send the blocks the terminal holds: a block the server gave but the terminal never
    received (a lost answer) is sent again instead of a new one, and a held block the server
    does not know (after a restore) is recorded again if no other terminal has it since.
    `size` 0 only shows the blocks. After a restore no new block is given until every
    terminal has shown its blocks: the answer is then empty, ask again later.
    """
    now = datetime.now(UTC)
    held = [card_blocks.Block(b.first_seq, b.last_seq) for b in body.held]
    blocks = card_blocks.top_up(session, terminal.id, held, now, body.size)
    session.commit()
    return CardBlocksResponse(
        blocks=[CardBlock(first_seq=b.first_seq, last_seq=b.last_seq) for b in blocks]
    )
