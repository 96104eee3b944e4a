"""The demo store on a real SQLite file: its sales were recorded by the counter's use cases, so
the projection check finds nothing to correct and a scanned card shows the ledger's sum."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from db import open_database
from db.reports import SqlAlchemyReportSource
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.projections import projection_check
from ui import launch
from ui.cli.context import App
from ui.demo_store import demo_programme, fill_demo_store

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


def test_the_demo_programme_offers_rewards_and_a_challenge_in_the_stores_language(
    tmp_path: Path,
) -> None:
    db = open_database(tmp_path / "demo.sqlite3")
    try:
        fill_demo_store(db, 5, today=TODAY, seed=3)
        uow = db.uow()
        with uow.read_only():
            programme = uow.programmes.current()
        assert programme is not None
        assert [(r.id, r.points, r.stock) for r in programme.rewards] == [
            ("mug", 300, 50),
            ("tote", 500, None),
        ]
        (challenge,) = programme.challenges
        assert (challenge.code, challenge.starts_on, challenge.ends_on) == (
            "five-visits",
            date(2026, 11, 1),
            date(2027, 1, 29),
        )
    finally:
        db.close()
    russian = demo_programme("ru", TODAY)
    assert [r["name"] for r in russian["rewards"]] == ["Кружка с логотипом", "Сумка-шоппер"]
    assert russian["challenges"][0]["name"] == "Пять покупок"


def test_the_demo_store_names_its_one_store_in_its_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store list of the reports holds the demo's store by its header's name (a terminal
    not enrolled anywhere has no store name of its own)."""
    monkeypatch.setattr(launch, "DEMO_MEMBERS", 12)
    app = App(db_path=tmp_path / "demo.sqlite3")
    try:
        launch.prepare_demo(app)
        with SqlAlchemyReportSource(app.uow).open() as queries:
            assert queries.stores() == {"Демо-магазин": (app.terminal_id(),)}
            assert queries.store_name() == "Демо-магазин"
    finally:
        app.close()
