"""Exports to CSV: the members (in the import file's format) and the points ledger.

Both stream from one read transaction straight into the output, a row at a time, so memory
stays the same for ten members or ten million entries. The files use `;` between fields (what
spreadsheet programs expect in Russian-speaking locales); the caller opens the file with a
UTF-8 byte order mark so that they recognise the encoding. A member file exported here can be
imported again into an empty database: the points are the current balance (an import refuses a
negative one) and the spend is the qualifying spend of the current tier window.
"""

from __future__ import annotations

import csv
import json
from dataclasses import fields
from datetime import date, tzinfo
from typing import Protocol

from pos_loyalty.domain.import_rows import COLUMNS
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.domain.money import format_money
from pos_loyalty.services.audit import BATCH, Progress, all_records
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.payloads import entry_to_dict
from pos_loyalty.services.ports import Clock, MemberSummary, UnitOfWork

DELIMITER = ";"
LEDGER_COLUMNS = tuple(f.name for f in fields(LedgerEntry))
"""The ledger file's columns: every field of an entry, in order."""


class TextSink(Protocol):
    """Where CSV text goes (an open text file, a StringIO)."""

    def write(self, text: str, /) -> int: ...


def export_members(out: TextSink, *, uow: UnitOfWork, clock: Clock) -> int:
    """Write every member (not erased, not merged) in registration order; return the count."""
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    now = clock()
    count = 0
    with uow.read_only():
        first_day = require_programme(uow).window_start(now.date())
        for summary in uow.exports.members(first_day):
            writer.writerow(member_fields(summary, now.tzinfo))
            count += 1
    return count


def export_ledger(
    out: TextSink,
    *,
    uow: UnitOfWork,
    first_day: date | None = None,
    last_day: date | None = None,
) -> int:
    """Write the ledger entries of business days first_day..last_day (both included)."""
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(LEDGER_COLUMNS)
    count = 0
    with uow.read_only():
        for entry in uow.exports.ledger(first_day, last_day):
            data = entry_to_dict(entry)
            writer.writerow(["" if data[c] is None else data[c] for c in LEDGER_COLUMNS])
            count += 1
    return count


def member_fields(summary: MemberSummary, zone: tzinfo | None) -> list[str]:
    """One member as the fields of a member file row, in the order of COLUMNS."""
    m, card = summary.member, summary.card
    consent = m.consent_at.astimezone(zone).date() if m.consent_at else m.registered_on
    values = {
        "name": m.name,
        "phone": m.phone,
        "email": m.email,
        "birthday": m.birthday.isoformat() if m.birthday else "",
        "consent_date": consent.isoformat() if consent else "",
        "card": card.number if card else "",
        "card_type": card.card_type.value if card else "",
        "card_state": card.state.value if card else "",
        "points": str(summary.balance),
        "spend": format_money(summary.spend),
    }
    return [values[column] for column in COLUMNS]


AUDIT_COLUMNS = (
    "seq",
    "at",
    "terminal_id",
    "staff_id",
    "approved_by",
    "action",
    "details",
    "prev_hash",
    "hash",
)


def export_audit(
    out: TextSink, *, uow: UnitOfWork, action: str | None = None, progress: Progress | None = None
) -> int:
    """Write the audit log (of `action` only, if given), oldest first; return the count.

    Details are JSON text. The records stream in batches, so memory stays flat however long
    the log is.
    """
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(AUDIT_COLUMNS)
    count = 0
    with uow.read_only():
        total = uow.audit.count(action)
        for r in all_records(uow):
            if action is not None and r.action != action:
                continue
            details = json.dumps(r.details, ensure_ascii=False, sort_keys=True)
            head = [r.seq, r.at.isoformat(), r.terminal_id, r.staff_id, r.approved_by, r.action]
            writer.writerow([*head, details, r.prev_hash, r.hash])
            count += 1
            if progress is not None and count % BATCH == 0:
                progress(count, total)
    if progress is not None:
        progress(count, count)
    return count
