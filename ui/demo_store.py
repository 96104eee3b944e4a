"""Filling a database with a demo store (used by `pos-loyalty demo` and `pos-loyalty --demo`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
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
        programme = save_programme(demo_programme(language, today), uow=db.uow())
    return _write(db, programme, members, today, seed, progress)


def demo_programme(language: str, today: date) -> dict[str, Any]:
    """The tiered template with two rewards for points and a challenge running this month, so
    the demo shows them at the counter (Ctrl+R, the member panel) and on the slip.

    Their names are programme data, written in the store's language like the tier names."""
    ru = language == "ru"
    data = template("tiered", language)
    data["rewards"] = [
        {
            "id": "mug",
            "name": "Кружка с логотипом" if ru else "Mug with the logo",
            "points": 300,
            "stock": 50,
            "offline_share": 2,
        },
        {"id": "tote", "name": "Сумка-шоппер" if ru else "Tote bag", "points": 500},
    ]
    first = today.replace(day=1)
    data["challenges"] = [
        {
            "code": "five-visits",
            "name": "Пять покупок" if ru else "Five visits",
            "kind": "purchases",
            "starts_on": first.isoformat(),
            "ends_on": (first + timedelta(days=89)).isoformat(),
            "purchases": 5,
            "min_check": "300.00",
            "period_days": 30,
            "bonus_points": 200,
        }
    ]
    return data


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
