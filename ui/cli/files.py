"""`pos-loyalty import members` and `pos-loyalty export members|ledger|segment`: CSV files.

Formats in docs/backoffice.md. Progress goes to stderr; a file with bad rows lists every problem
(line, column, reason) and exits with status 2, having written nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import click

from db.reports import SqlAlchemyReportSource
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.import_rows import parse_day
from pos_loyalty.domain.money import format_money
from pos_loyalty.domain.segments import segment_named
from pos_loyalty.reports.rfm import default_period
from pos_loyalty.reports.segment_export import SegmentExport, export_segment
from pos_loyalty.services.exporting import export_ledger, export_members
from pos_loyalty.services.importing import (
    ImportRefused,
    ImportReport,
    check_import,
    file_source,
    import_members,
)
from ui.cli.context import App, LazyProgress, Progress, emit, pass_app, system_clock
from ui.cli.main import EXIT_INPUT, common


@click.group("import")
def import_() -> None:
    """Bring members over from another loyalty system."""


@import_.command("members")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check every row and report; write nothing.")
@common
@pass_app
def members(app: App, path: Path, dry_run: bool) -> None:
    """Import members, cards and opening balances from a CSV file (all or nothing)."""
    source = file_source(path)
    if dry_run:
        report = check_import(source, uow=app.uow(), clock=system_clock)
        _emit_report(app, report, imported=False)
        if not report.ok:
            raise SystemExit(EXIT_INPUT)
        return
    click.echo(f"checking {path} ...", err=True)
    bar = _LazyProgress()
    try:
        report = import_members(
            source,
            uow=app.uow(),
            clock=system_clock,
            actor=app.actor(),
            file_name=path.name,
            progress=bar.update,
        )
    except ImportRefused as refused:
        bar.close()
        _emit_report(app, refused.report, imported=False)
        click.echo(f"error: {refused}", err=True)
        raise SystemExit(EXIT_INPUT) from None
    bar.close()
    _emit_report(app, report, imported=True)


class _LazyProgress:
    """A progress bar that appears once the total is known (after the file was checked)."""

    def __init__(self) -> None:
        self.bar: Progress | None = None

    def update(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = Progress("importing members", total)
        self.bar.update_to(done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _emit_report(app: App, report: ImportReport, *, imported: bool) -> None:
    data: dict[str, Any] = {
        "imported": imported and report.ok,
        "batch_id": report.batch_id or None,
        "rows": report.rows,
        "members": report.members,
        "new_cards": report.new_cards,
        "points": report.points,
        "spend": report.spend,
        "problems": [
            {"line": p.line, "column": p.column, "reason": p.reason} for p in report.problems
        ],
    }
    verb = "imported" if imported and report.ok else "would import"
    lines = [str(p) for p in report.problems]
    if report.ok:
        lines.append(
            f"{verb} {report.members} members ({report.new_cards} new card numbers), "
            f"{report.points} points, spend {format_money(report.spend)}"
        )
    else:
        lines.append(f"{len(report.problems)} problems in {report.rows} rows: nothing imported")
    emit(app, data, lines)


@click.group("export")
def export() -> None:
    """Write members or the points ledger to CSV files."""


@export.command("members")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@common
@pass_app
def export_members_(app: App, path: Path) -> None:
    """Export members in the import file's format (current card, balance, spend)."""
    app.actor()  # personal data leaves the till: only for a proven staff member
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        count = export_members(out, uow=app.uow(), clock=system_clock)
    emit(app, {"file": str(path), "rows": count}, f"{count} members written to {path}")


@export.command("ledger")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--from", "first", help="First business day, YYYY-MM-DD.")
@click.option("--to", "last", help="Last business day, YYYY-MM-DD (included).")
@common
@pass_app
def export_ledger_(app: App, path: Path, first: str | None, last: str | None) -> None:
    """Export the points ledger entries of a range of business days."""
    first_day, last_day = _day(first), _day(last)
    if first_day and last_day and first_day > last_day:
        raise InvalidInput("--from is after --to: swap them")
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        count = export_ledger(out, uow=app.uow(), first_day=first_day, last_day=last_day)
    emit(app, {"file": str(path), "rows": count}, f"{count} ledger entries written to {path}")


@export.command("segment")
@click.argument("name")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--from", "first", help="First business day, YYYY-MM-DD (default: 365 days to --to).")
@click.option("--to", "last", help="Last business day, YYYY-MM-DD (default: today).")
@common
@pass_app
def export_segment_(app: App, name: str, path: Path, first: str | None, last: str | None) -> None:
    """Export the members of an RFM segment who agreed to receive offers (the rfm report's)."""
    segment = segment_named(name)
    period = default_period(_day(first), _day(last), system_clock().date())
    app.actor()  # personal data leaves the till: only for a proven staff member
    bar = LazyProgress(f"exporting segment {segment.value}")
    try:
        with (
            SqlAlchemyReportSource(app.db.uow).open() as queries,
            path.open("w", encoding="utf-8-sig", newline="") as out,
        ):
            done = export_segment(out, queries, segment, period, progress=bar)
    finally:
        bar.close()
    emit(app, _segment_dict(done, path), _segment_lines(done, path))


def _segment_dict(done: SegmentExport, path: Path) -> dict[str, Any]:
    return {
        "file": str(path),
        "segment": done.segment.value,
        "from": done.period.first.isoformat(),
        "to": done.period.last.isoformat(),
        "members": done.members,
        "rows": done.written,
        "left_out": {
            "no_marketing_consent": done.no_consent,
            "erased": done.erased,
            "unknown": done.unknown,
        },
    }


def _segment_lines(done: SegmentExport, path: Path) -> list[str]:
    period = f"{done.period.first.isoformat()} to {done.period.last.isoformat()}"
    lines = [
        f"segment {done.segment.value} ({period}): {done.members} members",
        f"{done.written} members with consent to offers written to {path}",
    ]
    reasons = [
        (done.no_consent, "without consent to offers"),
        (done.erased, "personal data erased"),
        (done.unknown, "not a member in this database"),
    ]
    lines += [f"left out: {count} {why}" for count, why in reasons if count]
    return lines


def _day(text: str | None) -> date | None:
    return None if text is None else parse_day(text)


COMMANDS = [import_, export]
