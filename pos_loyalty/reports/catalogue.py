"""Every report by name: how to build it from the queries and turn it into a document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.reports.document import Document, Note
from pos_loyalty.reports.kpi import build_kpi
from pos_loyalty.reports.kpi_document import kpi_document
from pos_loyalty.reports.labels import labels_for
from pos_loyalty.reports.ledger_export import ledger_document
from pos_loyalty.reports.liability import build_liability, liability_document
from pos_loyalty.reports.members import (
    build_inactive,
    build_top,
    inactive_document,
    top_document,
)
from pos_loyalty.reports.period import Progress, ReportRequest, no_progress
from pos_loyalty.reports.ports import ReportQueries
from pos_loyalty.reports.rfm import build_rfm, rfm_document
from pos_loyalty.reports.statement import build_statement
from pos_loyalty.reports.statement_document import statement_document
from pos_loyalty.reports.tiers import build_tiers, tiers_document
from pos_loyalty.reports.z import build_z, z_document

Builder = Callable[[ReportQueries, ReportRequest, Progress], Document]


def _z(q: ReportQueries, r: ReportRequest, p: Progress) -> Document:
    return z_document(build_z(q, r, p), r)


def _liability(q: ReportQueries, r: ReportRequest, p: Progress) -> Document:
    return liability_document(build_liability(q, r, p), r)


def _tiers(q: ReportQueries, r: ReportRequest, p: Progress) -> Document:
    return tiers_document(build_tiers(q, r, p), r)


def _kpi(q: ReportQueries, r: ReportRequest, p: Progress) -> Document:
    return kpi_document(build_kpi(q, r, p), r)


def _top(q: ReportQueries, r: ReportRequest, p: Progress) -> Document:
    return top_document(build_top(q, r, p), r)


def _inactive(q: ReportQueries, r: ReportRequest, p: Progress) -> Document:
    return inactive_document(build_inactive(q, r, p), r)


def _rfm(q: ReportQueries, r: ReportRequest, p: Progress) -> Document:
    return rfm_document(build_rfm(q, r, p), r)


def _statement(q: ReportQueries, r: ReportRequest, p: Progress) -> Document:
    return statement_document(build_statement(q, r, p), r)


REPORTS: dict[str, Builder] = {
    "z": _z,
    "liability": _liability,
    "tiers": _tiers,
    "kpi": _kpi,
    "top": _top,
    "inactive": _inactive,
    "rfm": _rfm,
    "statement": _statement,
    "ledger": ledger_document,
}
"""The reports in the order menus list them."""

CHAIN_REPORTS = ("z", "liability", "tiers", "kpi", "top", "inactive", "statement")
"""The reports the central server makes chain-wide. A whole chain's ledger export is made from
the server's database, not sent over HTTP."""


def build_document(
    name: str, queries: ReportQueries, request: ReportRequest, progress: Progress = no_progress
) -> Document:
    """Build the report called `name` for this request."""
    builder = REPORTS.get(name)
    if builder is None:
        raise InvalidInput(f"no report '{name}': choose {', '.join(REPORTS)}")
    document = builder(queries, request, progress)
    if not request.chain:
        return document
    chain_note = Note(labels_for(request.language)["note.chain"])
    return replace(document, blocks=(*document.blocks, chain_note))
