"""The members of one RFM segment who agreed to receive offers, as a CSV file for a mailing.

The segment is the RFM report's for the same period and terminals (`pos_loyalty.domain.segments`).
Only members with a marketing consent are written; the others of the segment are counted by
why they were left out: their personal data was erased, or they never agreed to offers (or
withdrew). The buyers are read twice from one snapshot: once for the scales, once to pick the
segment's members, whose contacts are then read a batch at a time, so memory stays small on a
store of a million members. The file uses `;` between fields, like the other exports.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from pos_loyalty.domain.money import format_money
from pos_loyalty.domain.segments import Buyer, Purchases, Scales, Segment
from pos_loyalty.reports.period import Period, Progress, no_progress

DELIMITER = ";"
COLUMNS = ("card", "name", "phone", "email", "segment", "recency_days", "frequency", "money")
BATCH = 500
"""Members whose contacts are read in one query."""
STEP = 5000
"""Buyers scored between two progress reports (a smaller export reports none)."""


@dataclass(frozen=True, slots=True)
class Contact:
    """How to reach a member, and whether we may."""

    member_id: str
    card_number: str | None
    name: str
    phone: str
    email: str
    marketing_consent: bool
    erased: bool


class SegmentSource(Protocol):
    """What the export reads, inside one read snapshot (`db.reports` implements it)."""

    def rfm_buyers(self, period: Period, terminals: tuple[str, ...] | None) -> Iterable[Buyer]:
        """The period's buyers; iterating again reads them again."""
        ...

    def contacts(self, member_ids: Iterable[str]) -> dict[str, Contact]:
        """The contacts of these members, by id (a member not stored is missing)."""
        ...


class TextSink(Protocol):
    """Where CSV text goes (an open text file, a StringIO)."""

    def write(self, text: str, /) -> int: ...


@dataclass(frozen=True, slots=True)
class SegmentExport:
    """What was written, and who was left out and why."""

    segment: Segment
    period: Period
    members: int
    """Members in the segment."""
    written: int
    no_consent: int
    """Left out: no consent to receive offers."""
    erased: int
    """Left out: their personal data was erased."""
    unknown: int = 0
    """Left out: bought under an id this database holds no member for."""


def export_segment(
    out: TextSink,
    source: SegmentSource,
    segment: Segment,
    period: Period,
    *,
    terminals: tuple[str, ...] | None = None,
    progress: Progress = no_progress,
) -> SegmentExport:
    """Write the consenting members of `segment` to `out`; say who was left out and why."""
    buyers = source.rfm_buyers(period, terminals)
    scales = Scales.of(b.measures(period.last) for b in buyers)
    total = len(scales)
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    tally = _Tally(segment, writer)
    chosen: list[tuple[str, Purchases]] = []
    for done, buyer in enumerate(buyers, 1):
        measures = buyer.measures(period.last)
        if scales.segment(measures) is segment:
            chosen.append((buyer.member_id, measures))
        if len(chosen) == BATCH:
            tally.write(source.contacts(m for m, _ in chosen), chosen)
            chosen = []
        if done % STEP == 0:
            progress(done, total)
    tally.write(source.contacts(m for m, _ in chosen), chosen)
    if total >= STEP:
        progress(total, total)
    return SegmentExport(
        segment, period, tally.members, tally.written, tally.no_consent, tally.erased, tally.unknown
    )


class _Tally:
    """Writes a batch of the segment's members and counts those left out."""

    def __init__(self, segment: Segment, writer: _Writer) -> None:
        self.segment, self.writer = segment, writer
        self.members = self.written = self.no_consent = self.erased = self.unknown = 0

    def write(self, found: dict[str, Contact], chosen: list[tuple[str, Purchases]]) -> None:
        for member_id, p in chosen:
            self.members += 1
            contact = found.get(member_id)
            if contact is None:
                self.unknown += 1
            elif contact.erased:
                self.erased += 1
            elif not contact.marketing_consent:
                self.no_consent += 1
            else:
                self.writer.writerow(_row(contact, self.segment, p))
                self.written += 1


class _Writer(Protocol):
    def writerow(self, row: Iterable[object], /) -> object: ...


def _row(c: Contact, segment: Segment, p: Purchases) -> list[str]:
    phone = f"+{c.phone}" if c.phone else ""
    money = format_money(p.money)
    values = (c.card_number or "", c.name, phone, c.email, segment.value)
    return [*values, str(p.recency_days), str(p.frequency), money]
