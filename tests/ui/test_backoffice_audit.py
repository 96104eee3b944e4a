"""The Audit log tab over the real store file: the records newest first, a page at a time, with
who did them; Verify finds an altered or a deleted record; Export writes a CSV read back here.

Tampering is done as someone holding the file would: drop the protective trigger, then UPDATE or
DELETE with plain sqlite3.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget

from pos_loyalty.domain.staff import Role
from pos_loyalty.services.bonuses import ManualPoints, ManualReason, give_points
from pos_loyalty.services.staff import add_staff
from pos_loyalty.services.staff_accounts import change_role, release_lockout, set_active
from tests.ui.backoffice_helpers import settle
from tests.ui.conftest import Store, clock
from ui.backoffice.audit import AuditPanel
from ui.backoffice.audit.table import ACTION, APPROVED, SEQ, WHO
from ui.backoffice.context import BackOffice
from ui.backoffice.window import BackOfficeWindow

WHEN, TERMINAL, DETAILS = 1, 2, 6


def _db_path(store: Store) -> Path:
    return Path(str(store.db.engine.url.database))


def _sql(store: Store, *statements: str) -> None:
    with sqlite3.connect(_db_path(store)) as raw:
        for statement in statements:
            raw.execute(statement)


@pytest.fixture
def logged(store: Store, backoffice: BackOffice) -> Store:
    """Six staff changes by the manager, and a bonus approved by a second manager.

    They follow the store's own set-up record (record 1: a card replaced).
    """
    actor = backoffice.actor
    second = add_staff(
        "Павел",
        Role.MANAGER,
        "654321",
        uow=store.uow(),
        hasher=store.hasher,
        clock=clock,
        actor=actor,
    )  # 1
    cashier = store.cashier.id
    change_role(cashier, Role.MANAGER, uow=store.uow(), clock=clock, actor=actor)  # 2
    change_role(cashier, Role.CASHIER, uow=store.uow(), clock=clock, actor=actor)  # 3
    set_active(cashier, False, uow=store.uow(), clock=clock, actor=actor)  # 4
    set_active(cashier, True, uow=store.uow(), clock=clock, actor=actor)  # 5
    release_lockout(cashier, uow=store.uow(), clock=clock, actor=actor)  # 6
    uow = store.uow()
    with uow.read_only():
        card = uow.cards.get(store.cards["anna"])
    assert card is not None and card.member_id is not None
    bonus = ManualPoints(card.member_id, 700, ManualReason.COMPLAINT, "жалоба", second.id)
    give_points(bonus, uow=store.uow(), clock=clock, actor=backoffice.actor)  # 7
    return store


def _panel(qtbot: Any, context: BackOffice, **kwargs: Any) -> AuditPanel:
    panel = AuditPanel(context, **kwargs)
    qtbot.addWidget(panel)
    panel.show()
    settle(qtbot, context)
    return panel


def _seqs(panel: AuditPanel) -> list[int]:
    return [int(row[SEQ]) for row in panel.table.rows()]


def test_the_records_are_listed_newest_first_with_who_did_them(
    qtbot: Any, logged: Store, backoffice: BackOffice
) -> None:
    panel = _panel(qtbot, backoffice)
    rows = panel.table.rows()
    assert _seqs(panel) == [8, 7, 6, 5, 4, 3, 2, 1]
    assert [row[ACTION] for row in rows] == [
        "Bonus given",
        "Staff lockout released",
        "Staff account reactivated",
        "Staff account deactivated",
        "Staff role changed",
        "Staff role changed",
        "Staff account added",
        "Card replaced",
    ]
    assert {row[WHO] for row in rows[:7]} == {"Менеджер"}
    assert rows[0][APPROVED] == "Павел" and rows[1][APPROVED] == ""
    assert rows[0][WHEN] == "2026-11-02 12:00:00" and rows[0][TERMINAL] == "T-TEST"
    assert "name: Павел" in rows[6][DETAILS] and "role: manager" in rows[6][DETAILS]
    assert panel.page_label.text() == "page 1 of 1, records: 8"


def test_the_log_is_read_a_page_at_a_time(
    qtbot: Any, logged: Store, backoffice: BackOffice
) -> None:
    panel = _panel(qtbot, backoffice, page_size=3)
    assert _seqs(panel) == [8, 7, 6] and not panel.newer_button.isEnabled()
    assert panel.page_label.text() == "page 1 of 3, records: 8"
    panel.older_button.click()
    settle(qtbot, backoffice)
    assert _seqs(panel) == [5, 4, 3] and panel.newer_button.isEnabled()
    panel.older_button.click()
    settle(qtbot, backoffice)
    assert _seqs(panel) == [2, 1] and not panel.older_button.isEnabled()
    assert panel.page_label.text() == "page 3 of 3, records: 8"
    panel.newer_button.click()
    settle(qtbot, backoffice)
    assert _seqs(panel) == [5, 4, 3]


def test_the_filter_shows_one_action(qtbot: Any, logged: Store, backoffice: BackOffice) -> None:
    panel = _panel(qtbot, backoffice, page_size=1)
    box = panel.action_box
    assert [box.itemData(i) for i in range(box.count())] == [
        None,
        "bonus",
        "card_replace",
        "staff_add",
        "staff_deactivate",
        "staff_reactivate",
        "staff_role",
        "staff_unlock",
    ]
    panel.choose_action("staff_role")
    settle(qtbot, backoffice)
    assert _seqs(panel) == [4] and panel.page_label.text() == "page 1 of 2, records: 2"
    panel.older_button.click()
    settle(qtbot, backoffice)
    assert _seqs(panel) == [3] and box.currentData() == "staff_role"
    panel.choose_action(None)
    settle(qtbot, backoffice)
    assert _seqs(panel) == [8]


def test_verify_says_the_log_is_intact(qtbot: Any, logged: Store, backoffice: BackOffice) -> None:
    panel = _panel(qtbot, backoffice)
    told: list[tuple[int, int]] = []
    panel.job.progressed.connect(lambda done, total: told.append((done, total)))
    panel.verify_button.click()
    assert not panel.verify_button.isEnabled() and panel.progress.isVisible()
    settle(qtbot, backoffice)
    # the 8 records, then each member's balance and lots recomputed from the ledger
    assert told[0] == (8, told[0][1]) and told[-1][0] == told[-1][1]
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    assert panel.notice.text() == (
        "The log is intact (8 records). Balances and points of 4 members match the ledger.\n"
        "Not compared with a central server: this terminal is not enrolled."
    )
    assert panel.notice.kind == "ok" and panel.verify_button.isEnabled()
    assert panel.progress.isHidden()


def _row_colour(panel: AuditPanel, seq: int) -> QColor:
    row = _seqs(panel).index(seq)
    item = panel.table.item(row, ACTION)
    assert item is not None
    return item.background().color()


def test_verify_names_a_record_altered_with_raw_sql(
    qtbot: Any, logged: Store, backoffice: BackOffice
) -> None:
    details = json.dumps({"name": "Кассир", "role": "manager"}, separators=(",", ":"))
    _sql(
        logged,
        "DROP TRIGGER audit_log_no_update",
        f"UPDATE audit_log SET details = '{details}' WHERE seq = 4",
    )
    panel = _panel(qtbot, backoffice)
    panel.verify()
    settle(qtbot, backoffice)
    assert panel.notice.kind == "error"
    assert panel.notice.text().splitlines() == [
        "The log was tampered with:",
        "Record 4 was altered after it was written.",
        "Not compared with a central server: this terminal is not enrolled.",
    ]
    assert "c62828" in panel.notice.styleSheet()
    assert _row_colour(panel, 4) == QColor("#ffcdd2")
    assert _row_colour(panel, 5) != QColor("#ffcdd2")


def test_verify_names_a_deleted_record(qtbot: Any, logged: Store, backoffice: BackOffice) -> None:
    _sql(logged, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 2")
    panel = _panel(qtbot, backoffice)
    assert _seqs(panel) == [8, 7, 6, 5, 4, 3, 1]
    panel.verify()
    settle(qtbot, backoffice)
    assert panel.notice.kind == "error"
    assert panel.notice.text().splitlines() == [
        "The log was tampered with:",
        "Record 2 was deleted (record 3 stands in its place).",
        "Record 3 does not follow the record before it.",
        "Not compared with a central server: this terminal is not enrolled.",
    ]
    assert _row_colour(panel, 3) == QColor("#ffcdd2")


def test_the_export_writes_a_csv_that_reads_back(
    qtbot: Any, logged: Store, backoffice: BackOffice, tmp_path: Path
) -> None:
    panel = _panel(qtbot, backoffice)
    target = tmp_path / "audit.csv"
    panel.export_to(target)
    settle(qtbot, backoffice)
    assert panel.notice.text() == f"8 records written to {target}."
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert [int(r["seq"]) for r in rows] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert {r["staff_id"] for r in rows[1:]} == {logged.manager.id}
    assert rows[0]["action"] == "card_replace"  # the store's own set-up
    assert rows[1]["action"] == "staff_add" and json.loads(rows[1]["details"])["name"] == "Павел"
    assert rows[7]["approved_by"] != "" and rows[1]["prev_hash"] == rows[0]["hash"]
    assert not (tmp_path / "audit.csv.part").exists()


def test_the_export_of_one_action(
    qtbot: Any, logged: Store, backoffice: BackOffice, tmp_path: Path
) -> None:
    panel = _panel(qtbot, backoffice)
    panel.choose_action("staff_role")
    settle(qtbot, backoffice)
    target = tmp_path / "roles.csv"
    panel.export_to(target)
    settle(qtbot, backoffice)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and all(";staff_role;" in line for line in lines[1:])


def test_a_change_made_on_the_staff_tab_shows_on_the_audit_tab(
    qtbot: Any, store: Store, backoffice: BackOffice
) -> None:
    window = BackOfficeWindow(backoffice)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, backoffice)
    tabs = window.findChild(QTabWidget, "backOfficeTabs")
    assert tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())][-2:] == ["Staff", "Audit log"]
    staff = window.panel("Staff")
    staff.table.select_name("Кассир")
    staff.active_button.click()
    settle(qtbot, backoffice)
    audit = window.panel("Audit log")
    assert isinstance(audit, AuditPanel)
    assert [row[ACTION] for row in audit.table.rows()] == ["Card replaced"]  # read when built
    tabs.setCurrentIndex(tabs.count() - 1)  # coming into view, the tab reads the log again
    settle(qtbot, backoffice)
    row = audit.table.rows()[0]
    assert (row[ACTION], row[WHO]) == ("Staff account deactivated", "Менеджер")
    audit.verify()
    settle(qtbot, backoffice)
    assert audit.notice.text().splitlines() == [
        "The log is intact (2 records). Balances and points of 4 members match the ledger.",
        "Not compared with a central server: this terminal is not enrolled.",
    ]


def test_an_export_that_fails_says_why_and_leaves_no_file(
    qtbot: Any, logged: Store, backoffice: BackOffice, tmp_path: Path
) -> None:
    panel = _panel(qtbot, backoffice)
    target = tmp_path / "no such folder" / "audit.csv"
    panel.export_to(target)
    settle(qtbot, backoffice)
    assert panel.notice.kind == "error" and "No such file or directory" in panel.notice.text()
    assert not target.parent.exists() and panel.export_button.isEnabled()
