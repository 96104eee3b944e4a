"""`GET /reports/{name}`: a chain-wide report, by store and in total, for a terminal to render.

The server builds the same document a terminal builds from its own database (`server.reports`
over the server's tables) and answers it in the lossless form of `pos_loyalty.reports.wire`:
kopecks and points as integers, exact ratios as "n/d" text, never a float. The terminal draws
the PDF, CSV and charts from it with its own renderers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response

from db import jsontext
from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.errors import NotFound as UnknownStore
from pos_loyalty.reports import Period, ReportRequest, build_document, resolve_scope
from pos_loyalty.reports.labels import labels_for
from pos_loyalty.reports.period import Language, Scope
from pos_loyalty.reports.wire import document_to_wire
from server.api.deps import ReadSessionDep, TerminalDep
from server.api.errors import error_responses
from server.api.types import Day
from server.errors import ApiError, NotFound
from server.reports import CHAIN_REPORTS, ServerReportQueries

router = APIRouter(tags=["reports"])

MAX_DAYS = 400
"""The longest period one request may cover (a year and a bit)."""


class ReportRefused(ApiError):
    """A report the server cannot make as asked."""

    status = 400
    code = "report_refused"


@dataclass(frozen=True, slots=True)
class Asked:
    """The query's choices besides the period."""

    store: str | None
    at: datetime | None
    language: Language
    limit: int
    days: int
    card: str | None = None


def _request(queries: ServerReportQueries, period: Period, asked: Asked) -> ReportRequest:
    if period.days > MAX_DAYS:
        raise InvalidInput(f"the period has {period.days} days: ask for at most {MAX_DAYS}")
    now = asked.at or datetime.now(UTC)
    chain = Scope(labels_for(asked.language)["word.chain"])
    return ReportRequest(
        period,
        resolve_scope(queries, asked.store) if asked.store else chain,
        now.tzinfo or UTC,
        now,
        asked.language,
        limit=asked.limit,
        inactive_days=asked.days,
        card=asked.card,
        chain=True,
    )


@router.get("/reports", responses=error_responses(401, 503))
def chain_catalogue(_terminal: TerminalDep, session: ReadSessionDep) -> dict[str, Any]:
    """List the reports the server makes and the chain's stores with their terminals."""
    known = ServerReportQueries(session).stores()
    return {
        "reports": list(CHAIN_REPORTS),
        "stores": [{"name": n, "terminals": list(ids)} for n, ids in sorted(known.items())],
    }


@router.get("/reports/{name}", responses=error_responses(400, 401, 404, 503))
def chain_report(
    name: Annotated[str, Path(description=f"One of {', '.join(CHAIN_REPORTS)}.")],
    _terminal: TerminalDep,
    session: ReadSessionDep,
    first: Annotated[Day, Query(alias="from", description="The first day of the period.")],
    last: Annotated[Day | None, Query(alias="to", description="The last day (or from).")] = None,
    store: Annotated[str | None, Query(max_length=128, description="Only this store.")] = None,
    lang: Annotated[Literal["ru", "en"], Query(description="The report's language.")] = "en",
    limit: Annotated[int, Query(ge=1, le=100_000, description="Rows in member lists.")] = 50,
    days: Annotated[int, Query(ge=1, le=3650, description="Inactive after, churn window.")] = 90,
    at: Annotated[
        datetime | None,
        Query(description="The terminal's clock with its UTC offset: 'today' and the zone."),
    ] = None,
    card: Annotated[
        str | None,
        Query(pattern=r"^[0-9]{13}$", description="The card, for a member's statement."),
    ] = None,
) -> Response:
    """Build a chain-wide report from what every terminal has pushed.

    The Z-report adds a table by store, the liability a table of points by store; members,
    cards and balances belong to the chain and are counted chain-wide. `store` limits the
    sales, entries and refunds counted to that store's terminals.
    """
    if name not in CHAIN_REPORTS:
        raise ReportRefused(
            f"the server makes {', '.join(CHAIN_REPORTS)}; make '{name}' at a terminal"
        )
    queries = ServerReportQueries(session)
    asked = Asked(store, at, "ru" if lang == "ru" else "en", limit, days, card)
    try:
        request = _request(queries, Period(first, last or first), asked)
        document = build_document(name, queries, request)
        body = jsontext.dumps(document_to_wire(document), "report")
    except UnknownStore as exc:
        raise NotFound(str(exc)) from exc
    except (InvalidInput, NotAllowed) as exc:
        raise ReportRefused(str(exc)) from exc
    return Response(content=body, media_type="application/json")
