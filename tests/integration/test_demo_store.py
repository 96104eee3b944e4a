"""The demo store on a real SQLite file: its sales were recorded by the counter's use cases, so
the projection check finds nothing to correct and a scanned card shows the ledger's sum."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from db import open_database
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.projections import projection_check
from ui.demo_store import fill_demo_store

TODAY = date(2026, 11, 1)


def test_a_demo_store_of_60_members_agrees_with_its_own_ledger(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.sqlite3")
    try:
        summary = fill_demo_store(db, 60, today=TODAY, seed=3)
        assert summary["members"] == 60 and summary["sample_card"] == "0420000000013"
        uow = db.uow()
        with uow.read_only():
            checked, differences = projection_check(uow)
            rows = uow.connection.exec_driver_sql(
                "SELECT (SELECT count(*) FROM sales), (SELECT count(*) FROM ledger_entries),"
                " (SELECT sum(points) FROM ledger_entries), (SELECT sum(balance) FROM balances)"
            ).one()
        assert (checked, differences) == (60, [])
        sales, entries, points, balances = rows
        assert (sales, entries) == (summary["sales"], summary["ledger_entries"])
        assert points == balances
        view = lookup_card(db.uow(), "0420000000013", lambda: datetime(2026, 11, 1, 12, tzinfo=UTC))
        assert view.standing is not None and view.member is not None
        with uow.read_only():
            own = sum(e.points for e in uow.ledger.of_member(view.member.id))
        assert view.standing.balance == own
    finally:
        db.close()
