"""`GET /pull`: the next page of changes after a cursor."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from pos_loyalty.wire.pull import PullPage
from server import cursor
from server.api.deps import ReadSessionDep, TerminalDep
from server.api.errors import error_responses
from server.api.pages import page_json
from server.api.wire_models import schema
from server.database import read_epoch
from server.store.pull import cut

router = APIRouter(tags=["sync"])

CursorParam = Annotated[
    str | None,
    Query(max_length=512, description="The cursor of the previous page; none for the start."),
]
LimitParam = Annotated[int, Query(ge=1, le=10000, description="At most this many changes.")]


@router.get("/pull", response_model=schema(PullPage), responses=error_responses(400, 401, 409, 503))
def pull(
    terminal: TerminalDep,
    session: ReadSessionDep,
    after: CursorParam = None,
    limit: LimitParam = 2000,
) -> Response:
    """Return the changes after `after`: members, cards, programmes, staff, ledger entries.

    Pages follow the change log in an order that never skips a row: changes of a transaction
    still running wait for a later page. Store the page and its cursor together, then pull
    again while `more` is true. A cursor from before a server restore answers 409
    (`epoch_changed`): pull again from the start and push the whole outbox again.
    """
    epoch = read_epoch(session)
    page = cut(session, cursor.decode(after, epoch), limit, terminal.id)
    body = page_json(page, epoch, cursor.encode(epoch, page.position))
    return Response(content=body, media_type="application/json")
