"""Filling a database with a demo store (used by `pos-loyalty demo` and `pos-loyalty --demo`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from db import Database
from db.bulk import BulkWriter
from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.demo_data import generate
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template
from ui.station import load_station

CHUNK = 2_000


def fill_demo_store(
    db: Database,
    members: int,
    *,
    today: date,
    seed: int = 7,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Create the tiered demo programme and `members` members with a year of history."""
    uow = db.uow()
    with uow.read_only():
        if uow.members.find_by_phone("", 1):
            raise NotAllowed("this database already has members: give an empty one with --db")
        programme = uow.programmes.current()
    if programme is None:
        language = load_station(db.uow()).store.language  # tier names are printed on slips
        programme = save_programme(template("tiered", language), uow=db.uow())
    return _write(db, programme, members, today, seed, progress)


def _write(
    db: Database,
    programme: Programme,
    members: int,
    today: date,
    seed: int,
    progress: Callable[[int], None] | None,
) -> dict[str, Any]:
    counts = {"members": 0, "sales": 0, "ledger_entries": 0}
    sample = ""
    writer = BulkWriter(db.engine)
    batch = []
    for history in generate(programme, members, today, seed=seed):
        batch.append(history)
        sample = sample or history.card.number
        if len(batch) >= CHUNK:
            _flush(writer, batch, counts, progress)
    _flush(writer, batch, counts, progress)
    writer.finish()
    return {**counts, "sample_card": sample, "programme_version": programme.version}


def _flush(
    writer: BulkWriter,
    batch: list[Any],
    counts: dict[str, int],
    progress: Callable[[int], None] | None,
) -> None:
    if not batch:
        return
    writer.write_histories(batch)
    counts["members"] += len(batch)
    counts["sales"] += sum(len(h.sales) for h in batch)
    counts["ledger_entries"] += sum(len(h.entries) for h in batch)
    batch.clear()
    if progress is not None:
        progress(counts["members"])
