"""`pos-loyalty report NAME`: loyalty reports from this terminal's database, as PDF, CSV or JSON.

Long reports show their progress on stderr once they have run for a second.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

import click

from db.reports import SqlAlchemyReportSource
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.reports import (
    REPORTS,
    Document,
    Period,
    ReportRequest,
    build_document,
    document_to_plain,
    render_pdf,
    resolve_scope,
    write_csv,
)
from pos_loyalty.reports.catalogue import CHAIN_REPORTS
from pos_loyalty.reports.formatting import display
from pos_loyalty.reports.period import Language
from pos_loyalty.reports.ports import ReportQueries
from pos_loyalty.reports.rfm import default_period
from sync.errors import SyncError
from sync.reports import ChainAsk, chain_report
from ui.cli.context import App, Progress, emit, pass_app, system_clock
from ui.cli.main import common
from ui.cli.sync import EXIT_SYNC

TEXT_ROWS = 100
QUIET_SECONDS = 1.0


class Phases:
    """Progress on stderr for each phase (building, PDF, CSV), shown only after a second."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.started = time.monotonic()
        self._bar: Progress | None = None
        self._label = ""

    def phase(self, label: str) -> Any:
        """A progress callback for one phase."""

        def update(done: int, total: int) -> None:
            if time.monotonic() - self.started < QUIET_SECONDS:
                return
            if self._bar is None or self._label != label:
                self.close()
                self._bar, self._label = Progress(f"report {self.name}: {label}", total), label
            self._bar.total = max(total, 1)
            self._bar.update_to(min(done, self._bar.total))

        return update

    def close(self) -> None:
        """Finish the bar in use."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"{option} '{text}' is not a date: type it like 2026-03-31") from None


def _zone(now: datetime) -> tzinfo:
    """The store's zone: the clock's (the command line's clock is always zone-aware)."""
    zone = now.tzinfo
    if zone is None:
        raise InvalidInput("POS_LOYALTY_NOW needs a time zone, e.g. 2026-03-31T12:00:00+03:00")
    return zone


def _period(first: str | None, last: str | None, today: date, name: str = "") -> Period:
    start, end = _day(first, "--from"), _day(last, "--to")
    if name == "rfm":  # a day is no period to score buyers over: the year up to --to
        return default_period(start, end, today)
    start = start or end or today
    return Period(start, end or (start if first else today))


def text_lines(document: Document) -> list[str]:
    """The report as lines of text: the header, then each table (long ones cut short)."""
    lines = [document.title, f"{document.store}  {document.period.first} – {document.period.last}"]
    for table in document.tables:
        lines += ["", table.title, "  ".join(c.title for c in table.columns)]
        for count, row in enumerate(table.rows):
            if count == TEXT_ROWS:
                lines.append(f"… {(table.size or count) - count} more rows: use --csv or --pdf")
                break
            cells = zip(row, table.columns, strict=True)
            lines.append("  ".join(display(cell, c.kind, document.language) for cell, c in cells))
    return lines


def _said(app: App, document: Document, files: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The JSON or the lines the command prints about the report."""
    if app.as_json:
        return {**document_to_plain(document), "files": files}, []
    return {}, text_lines(document)


@click.command("report")
@click.argument("name", type=click.Choice(list(REPORTS)))
@click.option(
    "--from", "first", help="The first day, YYYY-MM-DD (default: today; rfm: 365 days to --to)."
)
@click.option("--to", "last", help="The last day, YYYY-MM-DD (default: --from, or today).")
@click.option("--store", help="Only the terminals of this store (where the data allows).")
@click.option("--terminal", "terminals", multiple=True, help="Only this terminal (repeatable).")
@click.option("--card", help="The card, for the member statement.")
@click.option("--chain", is_flag=True, help="Chain-wide, by store and in total, from the server.")
@click.option("--pdf", "pdf_path", type=click.Path(path_type=Path), help="Write a PDF here.")
@click.option("--csv", "csv_dir", type=click.Path(path_type=Path), help="Write CSVs here.")
@click.option("--lang", type=click.Choice(["ru", "en"]), default="en", show_default=True)
@click.option("--limit", default=50, show_default=True, help="Rows in member lists.")
@click.option("--days", "inactive_days", default=90, show_default=True, help="Inactive after.")
@common
@pass_app
def report(
    app: App,
    name: str,
    first: str | None,
    last: str | None,
    store: str | None,
    terminals: tuple[str, ...],
    card: str | None,
    chain: bool,
    pdf_path: Path | None,
    csv_dir: Path | None,
    lang: str,
    limit: int,
    inactive_days: int,
) -> None:
    """Make a loyalty report (z, liability, tiers, kpi, top, inactive, rfm, statement, ledger)."""
    now = system_clock()
    phases = Phases(name)
    asked = Asked(name, first, last, store, terminals, card, lang, limit, inactive_days)
    try:
        if chain:
            document = _from_server(app, asked, now)
            files = _write(document, pdf_path, csv_dir, phases)
            data, text = _said(app, document, files)
        else:
            with SqlAlchemyReportSource(app.db.uow).open() as queries:
                document = build_document(
                    name, queries, asked.request(queries, now), phases.phase("reading")
                )
                files = _write(document, pdf_path, csv_dir, phases)
                # A long table (the ledger export) streams its rows from the open store.
                data, text = _said(app, document, files)
    finally:
        phases.close()
    text += [f"PDF written to {files['pdf']}"] if "pdf" in files else []
    text += [f"CSV written to {csv_dir}"] if "csv" in files else []
    emit(app, data, text)


@dataclass(frozen=True, slots=True)
class Asked:
    """The command's choices."""

    name: str
    first: str | None
    last: str | None
    store: str | None
    terminals: tuple[str, ...]
    card: str | None
    lang: str
    limit: int
    inactive_days: int

    @property
    def language(self) -> Language:
        """The report's language."""
        return "ru" if self.lang == "ru" else "en"

    def request(self, queries: ReportQueries, now: datetime) -> ReportRequest:
        """The request for a report from this terminal's database."""
        return ReportRequest(
            _period(self.first, self.last, now.date(), self.name),
            resolve_scope(queries, self.store, self.terminals),
            _zone(now),
            now,
            self.language,
            self.card,
            self.limit,
            self.inactive_days,
        )


def _from_server(app: App, asked: Asked, now: datetime) -> Document:
    """The chain-wide report from the central server (one request: said on stderr)."""
    if asked.name not in CHAIN_REPORTS:
        raise InvalidInput(
            f"--chain makes {', '.join(CHAIN_REPORTS)}; make '{asked.name}' without --chain"
        )
    if asked.terminals:
        raise InvalidInput("--chain takes --store, not --terminal")
    ask = ChainAsk(
        asked.name,
        _period(asked.first, asked.last, now.date()),
        asked.language,
        now,
        asked.store,
        asked.limit,
        asked.inactive_days,
        asked.card,
    )
    click.echo(f"report {asked.name}: the central server is making it…", err=True)
    try:
        return chain_report(app.db, ask)
    except SyncError as exc:
        raise ChainFailed(str(exc)) from None


class ChainFailed(click.ClickException):
    """The server could not make the report (the message says why); exit status 7."""

    exit_code = EXIT_SYNC


def _write(
    document: Document, pdf_path: Path | None, csv_dir: Path | None, phases: Phases
) -> dict[str, Any]:
    files: dict[str, Any] = {}
    if pdf_path is not None:
        render_pdf(document, pdf_path, phases.phase("PDF"))
        files["pdf"] = str(pdf_path)
    if csv_dir is not None:
        files["csv"] = [str(p) for p in write_csv(document, csv_dir, phases.phase("CSV"))]
    return files


COMMANDS = [report]
