"""Importing members from another loyalty system: a CSV file checked in full, then written at once.

The file format is in `pos_loyalty.domain.import_rows` (and docs/backoffice.md). Inside one
transaction, every row is checked (and, in chunks, whether its phone and card are already in the
database), collecting every problem with its line and column; a dry run stops there and writes
nothing. An import refuses the whole file if any row is bad; otherwise it computes, for batches
of members, exactly the rows the use cases would post (member, card, an `opening` bonus entry
with its lot and balance, spend, outbox messages) and hands them to the database's fast path.
One commit at the end: all or nothing. The checked rows are kept in memory between the two
steps (about half a kilobyte a member), so the file is read once.

Imported members get no welcome bonus: their opening balance is what they bring along.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from pos_loyalty.domain.cards import card_sequence
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.import_rows import (
    DuplicateCheck,
    MemberRecord,
    RowProblem,
    parse_record,
    read_csv,
)
from pos_loyalty.domain.money import Minor
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.import_batch import RowBuilder
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.ports import Clock, ImportBatch, UnitOfWork
from pos_loyalty.services.posting import Actor, new_id

Source = Callable[[], Iterable[str]]
"""Gives the file's lines (called once per check or import)."""
Progress = Callable[[int, int], None]
"""Called with (members written, members in the file) after each batch."""

CHECK_CHUNK = 2_000
WRITE_BATCH = 5_000


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What a file holds (or what was imported) and every problem found in it."""

    rows: int
    members: int
    new_cards: int
    points: int
    spend: Minor
    problems: tuple[RowProblem, ...]
    batch_id: str = ""

    @property
    def ok(self) -> bool:
        """True if no row has a problem."""
        return not self.problems


class ImportRefused(InvalidInput):
    """The file has bad rows: nothing was imported; `report` lists them."""

    def __init__(self, report: ImportReport) -> None:
        bad = len({p.line for p in report.problems})
        super().__init__(
            f"{bad} of {report.rows} rows have problems (first: {report.problems[0]}); "
            "nothing was imported: fix them and import again (--dry-run lists them all)"
        )
        self.report = report


def file_source(path: str | Path) -> Source:
    """A source reading a UTF-8 file (with or without a byte order mark)."""

    def lines() -> Iterator[str]:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            yield from handle

    return lines


def check_import(source: Source, *, uow: UnitOfWork, clock: Clock) -> ImportReport:
    """Check a file as an import would, report every bad row, and write nothing (a dry run)."""
    with uow.read_only():
        return _scan(source, uow, clock().date(), keep=False).report()


def import_members(
    source: Source,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    file_name: str = "",
    progress: Progress | None = None,
) -> ImportReport:
    """Import every member of the file in one transaction, or refuse the file and write nothing."""
    with uow:
        now = clock()
        scan = _scan(source, uow, now.date(), keep=True)
        report = scan.report()
        if not report.ok:
            raise ImportRefused(report)
        builder = RowBuilder(
            now=now,
            actor=actor,
            programme=require_programme(uow),
            seqs=uow.imports.reserve_ledger_seqs(actor.terminal_id, scan.entries),
            card_seqs=uow.imports.reserve_card_sequences(scan.new_cards, scan.max_card_seq),
        )
        _write(scan.records, uow, builder, progress)
        report = replace(report, batch_id=new_id())
        _log(uow, report, file_name, now, actor, clock)
        uow.commit()
    return report


def _log(
    uow: UnitOfWork, report: ImportReport, file_name: str, now: datetime, actor: Actor, clock: Clock
) -> None:
    uow.imports.add_batch(
        ImportBatch(
            id=report.batch_id,
            file_name=file_name,
            imported_at=now,
            terminal_id=actor.terminal_id,
            staff_id=actor.staff_id,
            members=report.members,
            points=report.points,
            spend=report.spend,
        )
    )
    details = {"batch_id": report.batch_id, "file": file_name, "members": report.members}
    record_action(uow, actor, "member_import", {**details, "points": report.points}, clock)


@dataclass
class _Scan:
    """What the checking pass learnt about the file."""

    rows: int = 0
    members: int = 0
    new_cards: int = 0
    entries: int = 0
    points: int = 0
    spend: Minor = 0
    max_card_seq: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    records: list[MemberRecord] = field(default_factory=list)

    def count(self, record: MemberRecord) -> None:
        """Add a good row to the totals."""
        self.members += 1
        self.points += record.points
        self.spend += record.spend
        self.entries += record.points > 0
        if record.card is None:
            self.new_cards += 1
        else:
            self.max_card_seq = max(self.max_card_seq, card_sequence(record.card))

    def report(self) -> ImportReport:
        """The report of what was found, problems in line order."""
        problems = tuple(sorted(self.problems, key=lambda p: p.line))
        return ImportReport(
            self.rows, self.members, self.new_cards, self.points, self.spend, problems
        )


def _scan(source: Source, uow: UnitOfWork, today: date, *, keep: bool) -> _Scan:
    header, rows = read_csv(source())
    scan, repeats = _Scan(), DuplicateCheck()
    pending: list[tuple[int, MemberRecord]] = []
    for line, fields in rows:
        scan.rows += 1
        result = parse_record(header, fields, line, today)
        if isinstance(result, list):
            scan.problems.extend(result)
            continue
        scan.problems.extend(repeats.check(result, line))
        scan.count(result)
        if keep:
            scan.records.append(result)
        pending.append((line, result))
        if len(pending) >= CHECK_CHUNK:
            scan.problems.extend(_already_stored(uow, pending))
            pending.clear()
    scan.problems.extend(_already_stored(uow, pending))
    return scan


def _already_stored(uow: UnitOfWork, rows: list[tuple[int, MemberRecord]]) -> list[RowProblem]:
    if not rows:
        return []
    phones = uow.imports.existing_phones({r.phone for _, r in rows})
    cards = uow.imports.existing_cards({r.card for _, r in rows if r.card is not None})
    problems = []
    for line, r in rows:
        if r.phone in phones:
            reason = f"{r.phone} already belongs to a member in the database"
            problems.append(RowProblem(line, "phone", reason))
        if r.card in cards:
            problems.append(RowProblem(line, "card", f"{r.card} is already in the database"))
    return problems


def _write(
    records: list[MemberRecord], uow: UnitOfWork, builder: RowBuilder, progress: Progress | None
) -> None:
    total = len(records)
    for done, record in enumerate(records, start=1):
        builder.add(record)
        if builder.size >= WRITE_BATCH or done == total:
            uow.imports.write(builder.take())
            _report(progress, done, total)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
