"""The Import and export tab over a real store file: dry run, all-or-nothing import, exports."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import text

from pos_loyalty.domain.cards import card_number_for
from pos_loyalty.services.lookup import lookup_card
from tests.ui.conftest import WAIT_MS, Store, clock, count
from ui.backoffice.context import BackOffice
from ui.backoffice.transfer import ImportPanel
from ui.backoffice.window import BackOfficeWindow

HEADER = "name;phone;email;birthday;consent_date;card;card_type;card_state;points;spend"
TABLES = ("members", "cards", "ledger_entries", "balances", "outbox", "audit_log")


@pytest.fixture
def panel(qtbot: Any, backoffice: BackOffice) -> ImportPanel:
    panel = ImportPanel(backoffice)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "members.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8-sig")
    return path


def _snapshot(store: Store) -> dict[str, int]:
    return {table: count(store, table) for table in TABLES}


def _run(qtbot: Any, panel: ImportPanel, path: Path, button: str) -> None:
    box = panel.import_box
    box.path_edit.setText(str(path))
    getattr(box, button).click()
    qtbot.waitUntil(lambda: not box.job.running, timeout=WAIT_MS * 3)


def _table(panel: ImportPanel) -> list[tuple[Any, ...]]:
    model = panel.import_box.problems
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def _bad_file(tmp_path: Path) -> Path:
    good = card_number_for(5000)
    wrong = good[:12] + str((int(good[12]) + 1) % 10)
    return _file(
        tmp_path,
        "Иван Петров;+7 900 111-22-33;;;2024-01-10;;;;150;",
        "Иван Двойник;89001112233;;;2024-01-10;;;;0;",
        f"Пётр Ошибкин;+7 900 222-33-44;;;2024-01-10;{wrong};;;0;",
        "Анна Повтор;+7 912 000-00-01;;;2024-01-10;;;;0;",
        "Без Согласия;+7 900 333-44-55;;;;;;;0;",
        "Минус Баллы;+7 900 444-55-66;;;2024-01-10;;;;-5;",
        "Короткая;строка",
    )


def test_a_dry_run_lists_every_bad_row_and_writes_nothing(
    qtbot: Any, panel: ImportPanel, store: Store, tmp_path: Path
) -> None:
    path = _bad_file(tmp_path)
    before = _snapshot(store)
    _run(qtbot, panel, path, "check_button")
    box = panel.import_box
    rows = _table(panel)
    assert [(line, column) for line, column, _ in rows] == [
        (3, "phone"),
        (4, "card"),
        (5, "phone"),
        (6, "consent_date"),
        (7, "points"),
        (8, "row"),
    ]
    assert "79001112233 is also on line 2" in rows[0][2]
    assert "has a wrong check digit" in rows[1][2]
    assert "already belongs to a member in the database" in rows[2][2]
    assert box.count_label.text() == "6 problems" and box.table.isVisibleTo(panel)
    assert box.notice.kind == "error"
    assert "6 of 7 rows have problems" in box.notice.text()
    assert "Fix the rows listed below in the file" in box.notice.text()
    assert _snapshot(store) == before


def test_an_import_of_a_file_with_bad_rows_is_refused_and_writes_nothing(
    qtbot: Any, panel: ImportPanel, store: Store, tmp_path: Path
) -> None:
    path = _bad_file(tmp_path)
    before = _snapshot(store)
    _run(qtbot, panel, path, "import_button")
    box = panel.import_box
    assert box.notice.kind == "error"
    assert box.notice.text().startswith("Nothing was imported: 6 of 7 rows have problems.")
    assert len(_table(panel)) == 6
    assert _snapshot(store) == before


def test_a_good_file_is_imported_with_its_progress_reaching_the_end(
    qtbot: Any, panel: ImportPanel, store: Store, tmp_path: Path
) -> None:
    card = card_number_for(7000)
    path = _file(
        tmp_path,
        f"Иван Петров;+7 900 111-22-33;ivan@example.com;17.05.1990;2024-01-10;{card};"
        "bonus;active;150;12345.67",
        "Анна Сидорова;89001112244;;;01.02.2024;;;;0;",
        "Борис Лебедев;+79005556677;;1985-11-30;2024-03-01;;club;blocked;20;",
    )
    members_before = count(store, "members")
    box = panel.import_box
    seen: list[int] = []
    box.progress.valueChanged.connect(seen.append)
    _run(qtbot, panel, path, "check_button")
    assert box.notice.kind == "ok" and "Nothing was written yet" in box.notice.text()
    assert count(store, "members") == members_before
    assert seen[-1] == 1000  # the check read the whole file

    seen.clear()
    _run(qtbot, panel, path, "import_button")
    assert box.notice.kind == "ok", box.notice.text()
    assert box.notice.text() == (
        "Imported: members: 3, cards: 3 (new numbers: 2), points: 170, qualifying spend: 12,345.67."
    )
    assert seen == [0, 250, 1000]  # started, the file read and checked, the members written
    assert box.progress.value() == box.progress.maximum() == 1000
    assert count(store, "members") == members_before + 3
    view = lookup_card(store.uow(), card, clock)
    assert view.member is not None and view.member.name == "Иван Петров"
    assert view.standing is not None and view.standing.balance == 150
    with store.db.engine.connect() as connection:
        batches = connection.execute(text("SELECT file_name, members FROM import_batches")).all()
    assert [tuple(b) for b in batches] == [("members.csv", 3)]
    assert _table(panel) == [] and not box.table.isVisibleTo(panel)


def test_a_missing_file_or_no_file_says_what_to_do(
    qtbot: Any, panel: ImportPanel, tmp_path: Path
) -> None:
    box = panel.import_box
    box.check_button.click()
    assert box.notice.kind == "error" and box.notice.text() == "Choose the member file first."
    _run(qtbot, panel, tmp_path / "nowhere.csv", "check_button")
    assert box.notice.kind == "error"
    assert "nowhere.csv" in box.notice.text() and "No such file" in box.notice.text()


def test_a_file_that_is_not_utf8_is_refused_with_what_to_do(
    qtbot: Any, panel: ImportPanel, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "excel.csv"
    row = "Иван Петров;+7 900 111-22-33;;;2024-01-10;;;;0;"
    path.write_bytes(f"{HEADER}\n{row}\n".encode("cp1251"))
    before = _snapshot(store)
    _run(qtbot, panel, path, "import_button")
    box = panel.import_box
    assert box.notice.kind == "error"
    assert box.notice.text() == ("the file is not UTF-8 text: save it as 'CSV UTF-8' and try again")
    assert _snapshot(store) == before


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_the_members_export_is_read_back_with_its_row_count(
    qtbot: Any, panel: ImportPanel, store: Store, tmp_path: Path
) -> None:
    box = panel.export_box
    path = tmp_path / "out" / "members.csv"
    path.parent.mkdir()
    assert box.export_members(path)
    qtbot.waitUntil(lambda: not box.job.running, timeout=WAIT_MS)
    rows = _read(path)
    assert rows[0][:2] == ["name", "phone"]
    names = sorted(r[0] for r in rows[1:])
    assert names == ["Анна Смирнова", "Борис Орлов", "Вера Лосева", "Глеб Новиков"]
    assert box.notice.kind == "ok"
    assert box.notice.text() == f"4 rows written to {path}."
    assert sorted(p.name for p in path.parent.iterdir()) == ["members.csv"]


def test_the_ledger_export_takes_the_period(
    qtbot: Any, panel: ImportPanel, store: Store, tmp_path: Path
) -> None:
    box = panel.export_box
    assert box.first_edit.date() == QDate(2026, 11, 1)
    assert box.last_edit.date() == QDate(2026, 11, 2)
    path = tmp_path / "ledger.csv"
    assert box.export_ledger(path)
    qtbot.waitUntil(lambda: not box.job.running, timeout=WAIT_MS)
    rows = _read(path)
    entries = count(store, "ledger_entries")
    assert entries > 0 and len(rows) == entries + 1
    assert rows[0][:3] == ["id", "terminal_id", "seq"]
    assert entries > 1 and box.notice.text() == f"{entries} rows written to {path}."

    box.first_edit.setDate(QDate(2026, 11, 3))
    box.last_edit.setDate(QDate(2026, 11, 30))
    assert box.export_ledger(path)
    qtbot.waitUntil(lambda: not box.job.running, timeout=WAIT_MS)
    assert len(_read(path)) == 1 and box.notice.text() == f"0 rows written to {path}."

    box.first_edit.setDate(QDate(2026, 12, 1))
    assert not box.export_ledger(path)
    assert box.notice.kind == "error" and "swap them" in box.notice.text()


def test_a_failed_export_leaves_no_file_behind(
    qtbot: Any, panel: ImportPanel, tmp_path: Path
) -> None:
    box = panel.export_box
    path = tmp_path / "missing-folder" / "members.csv"
    assert box.export_members(path)
    qtbot.waitUntil(lambda: not box.job.running, timeout=WAIT_MS)
    assert box.notice.kind == "error" and "missing-folder" in box.notice.text()
    assert not path.parent.exists()


def test_the_back_office_window_has_the_cards_and_import_tabs(
    qtbot: Any, backoffice: BackOffice
) -> None:
    window = BackOfficeWindow(backoffice)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert {"Cards", "Import and export"} <= set(titles)
    assert isinstance(window.panel("Import and export"), ImportPanel)


def test_the_tabs_speak_russian(
    qtbot: Any, qapp: Any, backoffice: BackOffice, store: Store, tmp_path: Path
) -> None:
    from ui.i18n import install_translator

    assert install_translator(qapp, "ru") == "ru"
    try:
        window = BackOfficeWindow(backoffice)
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert {"Карты", "Импорт и экспорт"} <= set(titles)
        panel = window.panel("Import and export")
        assert isinstance(panel, ImportPanel)
        _run(qtbot, panel, _bad_file(tmp_path), "check_button")
        assert panel.import_box.count_label.text() == "6 ошибок"
        assert panel.import_box.check_button.text() == "Проверить (без записи)"
        assert panel.import_box.problems.headerData(0, Qt.Orientation.Horizontal) == "Строка"
    finally:
        install_translator(qapp, "en")
